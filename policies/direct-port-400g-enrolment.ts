import { directPortEnrolment } from "../lib/core/rules";
import { resourceRulePolicy } from "./adapter/rule-policy";
import { PORT } from "./adapter/types";

/** Resource policy `direct-port-400g-enrolment`: see the rule's description in RULES.md. */
export const directPortFourhundredgEnrolmentPolicy = resourceRulePolicy(directPortEnrolment, [PORT]);
