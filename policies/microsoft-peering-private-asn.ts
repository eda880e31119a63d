import { microsoftPeeringPrivateAsn } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CIRCUIT, PEERING } from "./adapter/types";

/** Resource policy `microsoft-peering-private-asn`: see the rule's description in RULES.md. */
export const microsoftPeeringPrivateAsnPolicy = resourceRulePolicy(microsoftPeeringPrivateAsn, [
  CIRCUIT,
  PEERING,
]);
