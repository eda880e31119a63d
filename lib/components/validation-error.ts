import * as pulumi from "@pulumi/pulumi";
import { formatFinding, type Finding } from "../core/findings";

/**
 * Thrown by a component whose arguments break ExpressRoute rules, before it creates any child resource.
 * Lists every mandatory problem at once; each names the argument as written, the bad value, what is allowed,
 * how to fix it and the rule id. The engine prints it as an input-properties error.
 */
export class ExpressRouteValidationError extends pulumi.InputPropertiesError {
  /** Every mandatory finding that made the component refuse its arguments. */
  readonly findings: readonly Finding[];

  constructor(component: string, name: string, findings: readonly Finding[]) {
    const lines = findings.map((f) => `  - ${formatFinding(f)}`);
    super({
      message: `${component} "${name}" has ${findings.length} invalid argument${findings.length === 1 ? "" : "s"}:\n${lines.join("\n")}`,
      errors: findings.map((f) => ({ propertyPath: f.path, reason: formatFinding(f) })),
    });
    this.name = "ExpressRouteValidationError";
    this.findings = findings;
  }
}

/** Throws {@link ExpressRouteValidationError} when any finding is mandatory and verifiable. */
export function throwIfInvalid(component: string, name: string, findings: readonly Finding[]): void {
  const blocking = findings.filter((f) => f.severity === "mandatory" && !f.unverifiable);
  if (blocking.length > 0) throw new ExpressRouteValidationError(component, name, blocking);
}
