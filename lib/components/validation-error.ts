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

  constructor(component: string, name: string, findings: readonly Finding[]) {
    // A finding about another part of the whole (an estate's construct) names it first.
    const where = (f: Finding) => (f.resource && f.resource !== name ? `${f.resource}: ` : "");
    const lines = findings.map((f) => `  - ${where(f)}${formatFinding(f)}`);
    super({
      message: `${component} "${name}" has ${findings.length} invalid argument${findings.length === 1 ? "" : "s"}:\n${lines.join("\n")}`,
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

/** Throws {@link ExpressRouteValidationError} when any finding is mandatory and verifiable. */
export function throwIfInvalid(component: string, name: string, findings: readonly Finding[]): void {
  const blocking = uniqueFindings(findings.filter((f) => f.severity === "mandatory" && !f.unverifiable));
  if (blocking.length > 0) throw new ExpressRouteValidationError(component, name, blocking);
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
  throwIfInvalid(component, label, findings);
  return args;
}
