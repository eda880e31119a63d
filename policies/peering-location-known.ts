import { peeringLocationKnown } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CIRCUIT } from "./adapter/types";

/** Resource policy `peering-location-known`: see the rule's description in RULES.md. */
export const peeringLocationKnownPolicy = resourceRulePolicy(peeringLocationKnown, [CIRCUIT], {
  usesCatalog: true,
});
