import { bgpMd5Key } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CIRCUIT, PEERING } from "./adapter/types";

/** Resource policy `bgp-md5-key-format`: see the rule's description in RULES.md. */
export const bgpMd5KeyFormatPolicy = resourceRulePolicy(bgpMd5Key, [CIRCUIT, PEERING]);
