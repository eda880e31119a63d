import { circuitReachesGateway } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `circuit-reaches-gateway` (links resources across the stack): see the rule's description in RULES.md. */
export const circuitReachesGatewayPolicy = stackRulePolicy(circuitReachesGateway, { usesCatalog: true });
