import { connectionType } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CONNECTION } from "./adapter/types";

/** Resource policy `connection-type-expressroute`: see the rule's description in RULES.md. */
export const connectionTypeExpressroutePolicy = resourceRulePolicy(connectionType, [CONNECTION]);
