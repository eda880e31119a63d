import { peeringVlan } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `peering-vlan-valid` (links resources across the stack): see the rule's description in RULES.md. */
export const peeringVlanValidPolicy = stackRulePolicy(peeringVlan, { usesVlanRange: true });
