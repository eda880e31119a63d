import { providerBandwidth } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { CIRCUIT } from "./adapter/types";

/** Resource policy `provider-bandwidth-offered`: see the rule's description in RULES.md. */
export const providerBandwidthOfferedPolicy = resourceRulePolicy(providerBandwidth, [CIRCUIT]);
