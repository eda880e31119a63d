import { circuitSku } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CIRCUIT } from "./adapter/types";

/** Resource policy `circuit-sku-valid`: see the rule's description in RULES.md. */
export const circuitSkuValidPolicy = resourceRulePolicy(circuitSku, [CIRCUIT]);
