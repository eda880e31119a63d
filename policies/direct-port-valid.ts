import { directPort } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { PORT } from "./adapter/types";

/** Resource policy `direct-port-valid`: see the rule's description in RULES.md. */
export const directPortValidPolicy = resourceRulePolicy(directPort, [PORT], { usesCatalog: true });
