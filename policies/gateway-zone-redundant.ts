import { gatewayZoneRedundant } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `gateway-zone-redundant` (links resources across the stack): see the rule's description in RULES.md. */
export const gatewayZoneRedundantPolicy = stackRulePolicy(gatewayZoneRedundant);
