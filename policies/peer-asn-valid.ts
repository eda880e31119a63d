import { peerAsn } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CIRCUIT, PEERING } from "./adapter/types";

/** Resource policy `peer-asn-valid`: see the rule's description in RULES.md. */
export const peerAsnValidPolicy = resourceRulePolicy(peerAsn, [CIRCUIT, PEERING]);
