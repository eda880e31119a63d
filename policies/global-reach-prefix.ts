import { globalReachPrefix } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `global-reach-prefix` (links resources across the stack): see the rule's description in RULES.md. */
export const globalReachPrefixPolicy = stackRulePolicy(globalReachPrefix);
