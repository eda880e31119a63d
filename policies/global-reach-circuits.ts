import { globalReachCircuits } from "../lib/core/rules";
import { stackRulePolicy } from "./adapter/rule-policy";

/** Stack policy `global-reach-circuits` (links resources across the stack): see the rule's description in RULES.md. */
export const globalReachCircuitsPolicy = stackRulePolicy(globalReachCircuits, { usesCatalog: true });
