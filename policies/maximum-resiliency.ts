import { maximumResiliency } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `maximum-resiliency` (links resources across the stack): see the rule's description in RULES.md. */
export const maximumResiliencyPolicy = stackRulePolicy(maximumResiliency, { usesCatalog: true });
