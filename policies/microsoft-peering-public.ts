import { microsoftPeering } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CIRCUIT, PEERING } from "./adapter/types";

/** Resource policy `microsoft-peering-public`: see the rule's description in RULES.md. */
export const microsoftPeeringPublicPolicy = resourceRulePolicy(microsoftPeering, [CIRCUIT, PEERING]);
