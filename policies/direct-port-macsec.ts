import { directPortMacsec } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { PORT } from "./adapter/types";

/** Resource policy `direct-port-macsec`: see the rule's description in RULES.md. */
export const directPortMacsecPolicy = resourceRulePolicy(directPortMacsec, [PORT]);
