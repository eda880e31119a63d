import { peeringDualBgp } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CIRCUIT, PEERING } from "./adapter/types";

/** Resource policy `peering-dual-bgp`: see the rule's description in RULES.md. */
export const peeringDualBgpPolicy = resourceRulePolicy(peeringDualBgp, [CIRCUIT, PEERING]);
