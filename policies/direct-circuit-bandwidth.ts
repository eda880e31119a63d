import { directCircuitBandwidth } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `direct-circuit-bandwidth` (links resources across the stack): see the rule's description in RULES.md. */
export const directCircuitBandwidthPolicy = stackRulePolicy(directCircuitBandwidth);
