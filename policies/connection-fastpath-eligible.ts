import { connectionFastPath } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `connection-fastpath-eligible` (links resources across the stack): see the rule's description in RULES.md. */
export const connectionFastpathEligiblePolicy = stackRulePolicy(connectionFastPath);
