import { peeringOnePerType } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `peering-one-per-type` (links resources across the stack): see the rule's description in RULES.md. */
export const peeringOnePerTypePolicy = stackRulePolicy(peeringOnePerType);
