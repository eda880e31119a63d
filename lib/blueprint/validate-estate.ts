import type { IConstruct } from "constructs";
import { formatFinding, type Finding } from "../core/findings";
import { Reporter } from "../core/rules";
import { defaultCatalog, validateTopology } from "../core/validate";
import { REFUSED_BY_COMPONENTS } from "../components/circuit-component";
import type { AllocationProblem, AllocationResult } from "./allocation";
import { applyAspects } from "./aspects";
import { componentArgumentFindings } from "./component-args";
import type { Estate } from "./estate";
import { estateAllocation, estateModel, membersOf, pairKey } from "./estate-model";
import { applyPolicyConfig, policyConfigProblems } from "./estate-policy";
import type { OrgRule } from "./org-rule";
import { estateAllocationRule, estatePolicyConfigRule } from "./rules/estate-allocation";
import { siteResiliency } from "./rules/site-resiliency";

/** The estate's own rules, run with the library's and the org's. */
export const ESTATE_RULES: readonly OrgRule[] = [siteResiliency];

/** The construct a problem of the allocation file is about (its path), or the estate when none is. */
function ownerOf(estate: Estate, p: AllocationProblem): { resource: string; path: string } {
  const { circuits, reaches } = membersOf(estate);
  if (p.section === "peering" && circuits.some((c) => c.node.path === p.key))
    return { resource: p.key, path: "peeringPrefix (allocated)" };
  if (p.section === "globalReach") {
    const reach = reaches.find((r) => r.pairs().some(([a, b]) => pairKey(a, b) === p.key));
    if (reach) return { resource: reach.node.path, path: `pair ${p.key} (allocated)` };
  }
  if (p.section === "pools") return { resource: estate.node.path, path: `pools.${p.key}` };
  return { resource: estate.node.path, path: `allocations.${p.section}[${JSON.stringify(p.key)}]` };
}

function allocationFindings(estate: Estate, allocation: AllocationResult): Finding[] {
  return allocation.problems.map((p) => ({
    ruleId: estateAllocationRule.id,
    severity: estateAllocationRule.severity,
    message: p.message,
    value: p.value,
    allowed: p.allowed,
    fix: p.fix,
    ...ownerOf(estate, p),
  }));
}

function configFindings(estate: Estate): Finding[] {
  return policyConfigProblems(estate.props.policyConfig).map((problem) => ({
    ruleId: estatePolicyConfigRule.id,
    severity: estatePolicyConfigRule.severity,
    message: `${problem}.`,
    value: "the estate's policyConfig",
    allowed: "levels mandatory, advisory or disabled; exemptions with a construct path and a reason",
    fix: "Correct the estate's policyConfig.",
    resource: estate.node.path,
    path: "policyConfig",
  }));
}

/** Findings of a whole estate, cached while the tree does not change. */
const cache = new WeakMap<Estate, { size: number; revision: number; findings: Finding[] }>();

/**
 * Every finding of the whole estate, each on its construct's path: the allocation file and pools, every rule
 * of the library over the estate's topology model, the estate's own rules and the org's, with the estate's
 * policy config applied (levels, disabled rules, exemptions). Aspects are applied first.
 */
export function estateFindings(estate: Estate): Finding[] {
  applyAspects(estate);
  const size = estate.node.findAll().length;
  const cached = cache.get(estate);
  if (cached && cached.size === size && cached.revision === estate.revision) return cached.findings;
  const allocation = estateAllocation(estate);
  const model = estateModel(estate, allocation);
  const catalog = defaultCatalog();
  const own: Finding[] = [];
  for (const rule of [...ESTATE_RULES, ...estate.rules]) {
    const report = new Reporter(rule, { catalog });
    try {
      rule.check(model, report);
    } catch (e) {
      // A rule that throws is a finding of that rule, at its level (as in the policy pack).
      report.fail({ key: estate.node.path, origin: { resource: estate.node.path } }, "rules", {
        message: `The rule failed while checking the estate: ${e instanceof Error ? e.message : String(e)}.`,
        value: rule.id,
        allowed: "a rule that reports findings instead of throwing",
        fix: "Fix the rule (it received the estate model), or remove it.",
      });
    }
    own.push(...report.findings);
  }
  const findings = applyPolicyConfig(
    [
      ...configFindings(estate),
      ...allocationFindings(estate, allocation),
      ...componentArgumentFindings(estate, allocation),
      // What the components refuse (a provider not at its location), the estate refuses too: it renders them.
      ...validateTopology(model.topology, { catalog }).map((f) =>
        REFUSED_BY_COMPONENTS.includes(f.ruleId) && !f.unverifiable
          ? { ...f, severity: "mandatory" as const }
          : f,
      ),
      ...own,
    ],
    estate.props.policyConfig,
  );
  cache.set(estate, { size, revision: estate.revision, findings });
  return findings;
}

/**
 * What `node.validate()` reports for one construct: its mandatory findings (advisories are warnings, reported
 * when the estate is rendered), each as `path: finding`.
 */
export function messagesFor(estate: Estate, construct: IConstruct): string[] {
  return estateFindings(estate)
    .filter((f) => f.resource === construct.node.path && f.severity === "mandatory" && !f.unverifiable)
    .map((f) => `${f.resource}: ${formatFinding(f)}`);
}

/** Every construct's `node.validate()` messages, for the whole tree (what CDK's synth does). */
export function validateTree(root: IConstruct): string[] {
  return root.node.findAll().flatMap((c) => c.node.validate());
}
