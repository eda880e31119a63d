import type { RuleInfo } from "../core/findings";
import type { Reporter } from "../core/rules";
import type { EstateModel } from "./estate-model";

/**
 * A rule over a whole estate: the org's own ("every site uses two providers", "prod circuits are Premium"),
 * added with `estate.addRule`, or one of the estate's built-in rules. It reports like the library's rules
 * (construct path, value, allowed, fix, rule id), at its severity unless the estate's policy config says
 * otherwise. Its `source` is where the rule is written down (the org's standard, or Microsoft's article).
 */
export interface OrgRule extends RuleInfo {
  check(model: EstateModel, report: Reporter): void;
}
