import { localCircuitUnlimited } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CIRCUIT } from "./adapter/types";

/** Resource policy `local-circuit-unlimited`: see the rule's description in RULES.md. */
export const localCircuitUnlimitedPolicy = resourceRulePolicy(localCircuitUnlimited, [CIRCUIT]);
