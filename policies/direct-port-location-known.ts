import { directPortLocationKnown } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { PORT } from "./adapter/types";

/** Resource policy `direct-port-location-known`: see the rule's description in RULES.md. */
export const directPortLocationKnownPolicy = resourceRulePolicy(directPortLocationKnown, [PORT], {
  usesCatalog: true,
});
