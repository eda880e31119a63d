/**
 * The ExpressRoute policy pack's policies, built from the rules in `lib/core/rules`. The pack directory
 * (`policies/`) constructs its `PolicyPack` from these, so the pack runs the library's rules whether it is
 * used in place, installed from npm, or published with `pulumi policy publish`.
 */
export { BINDINGS, expressRoutePolicies } from "./bindings";
export { resourceRulePolicy, stackRulePolicy, type RulePolicyOptions } from "./adapter/rule-policy";
export { ALL_KINDS } from "./adapter/types";
export { parseViolationMessage, violationMessage, type ViolationFinding } from "./adapter/violation-message";
export { rulesTable } from "./rules-table";

/** The pack's name, as `pulumi preview --policy-pack` reports it. */
export const POLICY_PACK_NAME = "expressroute";
