import { connectionRoutingWeight } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CONNECTION } from "./adapter/types";

/** Resource policy `connection-routing-weight`: see the rule's description in RULES.md. */
export const connectionRoutingWeightPolicy = resourceRulePolicy(connectionRoutingWeight, [CONNECTION]);
