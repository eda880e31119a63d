import { gatewayScaleBounds } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { GATEWAY } from "./adapter/types";

/** Resource policy `gateway-scale-bounds`: see the rule's description in RULES.md. */
export const gatewayScaleBoundsPolicy = resourceRulePolicy(gatewayScaleBounds, [GATEWAY]);
