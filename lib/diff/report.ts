import { formatFinding, type Finding } from "../core/findings";
import { PLAN_JSON_VERSION, violationText } from "../plan/plan-json";
import type { PlanResult } from "../plan/plan";
import type { ChangeAction, DiffResult, ResourceChange } from "./diff";
import { urnParts } from "./stack-export";

/** A diff's verdict: `pass` (exit 0) or `refused` (exit 1: a refused change, or a mandatory policy violation). */
export function diffVerdict(diff: DiffResult, plan: PlanResult): "pass" | "refused" {
  const refused = diff.findings.some((f) => f.severity === "mandatory");
  return refused || plan.violations.some((v) => v.level === "mandatory") ? "refused" : "pass";
}

const SIGN: Record<ChangeAction, string> = {
  create: "+",
  update: "~",
  replace: "+-",
  delete: "-",
  same: " ",
};

function line(r: ResourceChange): string[] {
  const because = r.replaceBecause.length ? ` (because ${r.replaceBecause.join(", ")} changes)` : "";
  const alias = r.stateUrn ? ` (was ${urnParts(r.stateUrn).name}, matched by its alias)` : "";
  return [
    `  ${SIGN[r.action].padEnd(2)} ${r.action.padEnd(7)} ${r.type} ${r.name}${because}${alias}`,
    ...r.changes.map(
      (c) =>
        `        ${c.path}: ${JSON.stringify(c.old) ?? "(not set)"} -> ${JSON.stringify(c.new) ?? "(not set)"}`,
    ),
  ];
}

function findingLines(findings: readonly Finding[]): string[] {
  return findings.map((f) => `    [${f.ruleId}] ${urnParts(f.resource).name}: ${formatFinding(f)}`);
}

/** The diff as text: each resource with its change (old -> new), then the refused changes and the warnings. */
export function diffText(diff: DiffResult, plan: PlanResult, stateFile: string): string {
  const changed = diff.resources.filter((r) => r.action !== "same");
  const unchanged = diff.resources.length - changed.length;
  const refused = diff.findings.filter((f) => f.severity === "mandatory");
  const warned = diff.findings.filter((f) => f.severity === "advisory");
  const mandatory = plan.violations.filter((v) => v.level === "mandatory");
  const verdict = diffVerdict(diff, plan);
  return [
    `Diff of ${plan.run.project.name} (stack ${diff.stack}) against ${stateFile}, under the mock runtime: nothing was deployed.`,
    "",
    `Changes (${changed.length}; ${unchanged} unchanged):`,
    ...changed.flatMap(line),
    "",
    `Refused changes: ${refused.length}`,
    ...findingLines(refused),
    `Warnings: ${warned.length}`,
    ...findingLines(warned),
    `Mandatory policy violations of the plan: ${mandatory.length}`,
    ...mandatory.map((v) => `    [${v.policy}] ${violationText(v.message)}`),
    "",
    verdict === "refused"
      ? "Result: REFUSED (a change Azure refuses or that causes an outage, or a mandatory violation)"
      : "Result: OK (no refused change)",
  ].join("\n");
}

/** The diff as one JSON document (exit code included). */
export function diffJson(diff: DiffResult, plan: PlanResult): object {
  const verdict = diffVerdict(diff, plan);
  return {
    version: PLAN_JSON_VERSION,
    verdict,
    exitCode: verdict === "refused" ? 1 : 0,
    stack: diff.stack,
    resources: diff.resources,
    refused: diff.findings.filter((f) => f.severity === "mandatory"),
    warnings: diff.findings.filter((f) => f.severity === "advisory"),
    violations: plan.violations.map((v) => ({
      policy: v.policy,
      level: v.level,
      urn: v.urn ?? null,
      message: violationText(v.message),
    })),
  };
}
