import { peeringType } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CIRCUIT, PEERING } from "./adapter/types";

/** Resource policy `peering-type-supported`: see the rule's description in RULES.md. */
export const peeringTypeSupportedPolicy = resourceRulePolicy(peeringType, [CIRCUIT, PEERING]);
