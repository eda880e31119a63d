import { circuitKind } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CIRCUIT } from "./adapter/types";

/** Resource policy `circuit-provider-or-direct`: see the rule's description in RULES.md. */
export const circuitProviderOrDirectPolicy = resourceRulePolicy(circuitKind, [CIRCUIT]);
