import { privatePeeringVnetOverlap } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `private-peering-vnet-overlap` (links resources across the stack): see the rule's description in RULES.md. */
export const privatePeeringVnetOverlapPolicy = stackRulePolicy(privatePeeringVnetOverlap);
