import { parseViolationMessage } from "../policy-pack/adapter/violation-message";
import type { PlanResult } from "./plan";
import type { Refusal } from "./refusals";
import { printable } from "./secrets";
import { topologyData } from "./topology-data";

/**
 * The version of the `--json` document's shape (schemas/plan.schema.json). It changes only when a field is
 * removed or changes meaning; new fields may appear within a version.
 */
export const PLAN_JSON_VERSION = 1;

/** How a plan ended: `pass` (exit 0), `fail` (exit 1, a mandatory violation), `refused` or `error` (exit 2). */
export type Verdict = "pass" | "fail" | "refused" | "error";

export const EXIT_CODES: Readonly<Record<Verdict, number>> = { pass: 0, fail: 1, refused: 2, error: 2 };

/** The verdict of a plan that ran: fail when any violation is mandatory. */
export function verdictOf(result: PlanResult): "pass" | "fail" {
  return result.violations.some((v) => v.level === "mandatory") ? "fail" : "pass";
}

/** The last line of an engine diagnostic: the violation itself (the lines before repeat the policy's text). */
export function violationText(message: string): string {
  return message.split("\n").slice(-1)[0];
}

/**
 * The plan as one JSON document (schemas/plan.schema.json): the verdict; the pack; every resource with its
 * inputs; the topology; the stack outputs; every violation with its finding's fields; the level changes and
 * exemptions in force. Secrets and keys print as "[secret]", values unknown at preview as "[unknown]".
 */
export function planJson(result: PlanResult): object {
  const verdict = verdictOf(result);
  return {
    version: PLAN_JSON_VERSION,
    verdict,
    exitCode: EXIT_CODES[verdict],
    project: result.run.project.name,
    stack: result.run.stack,
    pack: result.pack,
    resources: result.run.resources.map((r) => ({
      urn: r.urn,
      type: r.type,
      name: r.name,
      parent: r.parent ?? null,
      protect: r.protect,
      inputs: printable(r.serializedInputs),
    })),
    topology: topologyData(result.model),
    outputs: printable(result.run.outputs),
    violations: result.violations.map((v) => ({
      policy: v.policy,
      level: v.level,
      urn: v.urn ?? null,
      message: violationText(v.message),
      finding: parseViolationMessage(violationText(v.message), v.policy, v.urn) ?? null,
    })),
    levelChanges: result.levelChanges,
    exemptions: result.exemptions,
  };
}

/** The document of a program that components refused: each refusal with its findings (exit 2). */
export function refusedJson(refusals: readonly Refusal[]): object {
  return {
    version: PLAN_JSON_VERSION,
    verdict: "refused",
    exitCode: EXIT_CODES.refused,
    refusals: refusals.map((r) => ({ component: r.component, name: r.name, findings: r.findings })),
  };
}

/** The document of a plan that could not run the program or the pack, with the reason (exit 2). */
export function errorJson(message: string): object {
  return { version: PLAN_JSON_VERSION, verdict: "error", exitCode: EXIT_CODES.error, error: message };
}
