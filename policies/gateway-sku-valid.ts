import { gatewaySkuRule } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `gateway-sku-valid` (links resources across the stack): see the rule's description in RULES.md. */
export const gatewaySkuValidPolicy = stackRulePolicy(gatewaySkuRule);
