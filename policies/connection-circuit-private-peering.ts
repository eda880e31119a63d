import { connectionCircuitPrivatePeering } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `connection-circuit-private-peering` (links resources across the stack): see the rule's description in RULES.md. */
export const connectionCircuitPrivatePeeringPolicy = stackRulePolicy(connectionCircuitPrivatePeering);
