import { directPortMacsecXpn } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { PORT } from "./adapter/types";

/** Resource policy `direct-port-macsec-xpn`: see the rule's description in RULES.md. */
export const directPortMacsecXpnPolicy = resourceRulePolicy(directPortMacsecXpn, [PORT]);
