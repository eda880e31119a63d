import * as pulumi from "@pulumi/pulumi";
import { formatFinding, type Finding } from "../core/findings";
import { shapeFindings, typeOf, type Shape } from "./argument-shape";

/**
 * Thrown by a component whose arguments break ExpressRoute rules, before it creates any child resource.
 * Lists every mandatory problem at once; each names the argument as written, the bad value, what is allowed,
 * how to fix it and the rule id. The engine prints it as an input-properties error.
 */
export class ExpressRouteValidationError extends pulumi.InputPropertiesError {
  /** Every mandatory finding that made the component refuse its arguments. */
  readonly findings: readonly Finding[];

  constructor(
    /** The component's class name (`RedundantCircuit`). */
    readonly component: string,
    /** The name the program gave the component. */
    readonly componentName: string,
    findings: readonly Finding[],
  ) {
    // A finding about another part of the whole (an estate's construct) names it first.
    const where = (f: Finding) => (f.resource && f.resource !== componentName ? `${f.resource}: ` : "");
    const lines = findings.map((f) => `  - ${where(f)}${formatFinding(f)}`);
    super({
      message: `${component} "${componentName}" has ${findings.length} invalid argument${findings.length === 1 ? "" : "s"}:\n${lines.join("\n")}`,
      errors: findings.map((f) => ({ propertyPath: f.path, reason: formatFinding(f) })),
    });
    this.name = "ExpressRouteValidationError";
    this.findings = findings;
  }
}

/**
 * Findings without repeats: a component maps several model fields to one argument (both links of a port to
 * `macSec`), so the same finding can come twice.
 */
export function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = formatFinding(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Where `expressroute plan` collects refusals, so that it can list every component's at once: set only in the
 * plan's program thread (a global, because the program may load another copy of this library than the plan).
 */
export const REFUSAL_COLLECTOR = Symbol.for("pulumi-expressroute.refusals");

function collector(): ExpressRouteValidationError[] | undefined {
  const found = (globalThis as Record<symbol, unknown>)[REFUSAL_COLLECTOR];
  return Array.isArray(found) ? (found as ExpressRouteValidationError[]) : undefined;
}

/**
 * Throws {@link ExpressRouteValidationError} when any finding is mandatory and verifiable. Under
 * `expressroute plan`, a refusal of well-typed arguments is recorded instead and the program goes on, so the
 * plan lists every component's refusal, not only the first (`collectable: false` always throws).
 */
export function throwIfInvalid(
  component: string,
  name: string,
  findings: readonly Finding[],
  collectable = true,
): void {
  const blocking = uniqueFindings(findings.filter((f) => f.severity === "mandatory" && !f.unverifiable));
  if (blocking.length === 0) return;
  const error = new ExpressRouteValidationError(component, name, blocking);
  const refusals = collectable ? collector() : undefined;
  if (!refusals) throw error;
  refusals.push(error);
}

/** Logs each advisory (verifiable) finding once as a warning on the component. */
export function warnAdvisories(findings: readonly Finding[], resource: pulumi.Resource): void {
  for (const f of uniqueFindings(findings.filter((x) => x.severity === "advisory" && !x.unverifiable))) {
    void pulumi.log.warn(formatFinding(f), resource);
  }
}

/**
 * Refuses arguments of the wrong JavaScript shape (see {@link shapeFindings}) before anything is planned or
 * registered; returns them typed when they have it.
 */
export function checkArguments<T>(component: string, name: unknown, args: T, shape: Shape): T {
  const label = typeof name === "string" ? name : String(typeOf(name));
  const findings =
    typeof name === "string" && name !== ""
      ? shapeFindings(args, shape, "", label)
      : [
          {
            ruleId: "argument-type",
            severity: "mandatory" as const,
            message: `A component's name must be a non-empty string, got ${typeOf(name)}.`,
            path: "name",
            value: typeof name === "string" ? JSON.stringify(name) : typeOf(name),
            allowed: "a non-empty string",
            fix: "Give the component a name (the first argument).",
            resource: label,
          },
        ];
  // Arguments of the wrong JavaScript type cannot be built on, so their refusal always stops the program.
  throwIfInvalid(component, label, findings, false);
  return args;
}
