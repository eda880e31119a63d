import { microsoftPeeringRouteFilter } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `microsoft-peering-route-filter` (links resources across the stack): see the rule's description in RULES.md. */
export const microsoftPeeringRouteFilterPolicy = stackRulePolicy(microsoftPeeringRouteFilter);
