import { gatewaySubnetSize } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `gateway-subnet-size` (links resources across the stack): see the rule's description in RULES.md. */
export const gatewaySubnetSizePolicy = stackRulePolicy(gatewaySubnetSize);
