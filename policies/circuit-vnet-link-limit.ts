import { circuitVnetLinkLimit } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `circuit-vnet-link-limit` (links resources across the stack): see the rule's description in RULES.md. */
export const circuitVnetLinkLimitPolicy = stackRulePolicy(circuitVnetLinkLimit);
