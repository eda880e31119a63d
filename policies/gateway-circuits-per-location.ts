import { gatewayCircuitsPerLocation } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `gateway-circuits-per-location` (links resources across the stack): see the rule's description in RULES.md. */
export const gatewayCircuitsPerLocationPolicy = stackRulePolicy(gatewayCircuitsPerLocation, {
  usesCatalog: true,
});
