import { localCircuitLocation } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CIRCUIT } from "./adapter/types";

/** Resource policy `local-circuit-location`: see the rule's description in RULES.md. */
export const localCircuitLocationPolicy = resourceRulePolicy(localCircuitLocation, [CIRCUIT], {
  usesCatalog: true,
});
