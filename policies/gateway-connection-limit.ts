import { gatewayConnectionLimit } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `gateway-connection-limit` (links resources across the stack): see the rule's description in RULES.md. */
export const gatewayConnectionLimitPolicy = stackRulePolicy(gatewayConnectionLimit);
