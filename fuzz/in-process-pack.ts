import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { UNKNOWN } from "../lib/core/model";
import { expressRoutePolicies } from "../lib/policy-pack";

/** A resource as the pack sees it: type, URN, logical name and its inputs (plain, UNKNOWN where unknown). */
export interface PackResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly props: Record<string, unknown>;
  readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
}

/** One violation the pack reported, at its policy's level. */
export interface PackViolation {
  readonly policy: string;
  readonly level: string;
  readonly message: string;
  readonly urn?: string;
}

/** What a policy that failed inside reports (see the adapter's guard): a crash of the pack. */
export const POLICY_FAILED = "The policy failed while checking this";

/**
 * Runs every policy of the pack in this process, as the engine's analyzer would call it (each resource policy
 * on each resource, each stack policy once), with the default config. A policy that cannot verify a value at
 * preview throws the SDK's UnknownValueError, which the engine reports as advisory: it comes back at level
 * `cannot-verify`, never as a violation.
 */
export function runPackInProcess(resources: readonly PackResource[]): PackViolation[] {
  const violations: PackViolation[] = [];
  for (const policy of expressRoutePolicies) {
    const level = policy.enforcementLevel ?? "advisory";
    if (level === "disabled") continue;
    const report = (message: string, urn?: string) =>
      violations.push({ policy: policy.name, level, message, urn });
    // What the engine reports as "can't run policy during preview" (advisory) is kept, as level cannot-verify.
    const call = (body: () => void) => {
      try {
        body();
      } catch (e) {
        if (!(e instanceof Error && e.constructor.name === "UnknownValueError")) throw e;
        violations.push({ policy: policy.name, level: "cannot-verify", message: e.message });
      }
    };
    if ("validateResource" in policy) {
      const validate = (policy as ResourceValidationPolicy).validateResource;
      for (const r of resources) {
        const args = { ...r, getConfig: () => ({}) } as never;
        const all = (Array.isArray(validate) ? validate : [validate]).filter((v) => v !== undefined);
        call(() => all.forEach((v) => v(args, report)));
      }
    } else {
      const validate = (policy as StackValidationPolicy).validateStack;
      const stack = {
        resources: resources.map((r) => ({
          ...r,
          propertyDependencies: Object.fromEntries(
            Object.entries(r.propertyDependencies ?? {}).map(([k, urns]) => [
              k,
              urns.map((urn) => ({ urn })),
            ]),
          ),
        })),
        getConfig: () => ({}),
      } as never;
      call(() => void validate(stack, report));
    }
  }
  return violations;
}

/** Pulumi's wire marker for a value unknown at preview. */
const WIRE_UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
/** Pulumi's wire marker for a special value (a secret, an asset, a resource reference). */
const SPECIAL = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";

/** Inputs as serialized for the engine, as plain data: secrets unwrapped, unknowns as the model's UNKNOWN. */
export function plainInputs(serialized: unknown): unknown {
  if (serialized === WIRE_UNKNOWN) return UNKNOWN;
  if (Array.isArray(serialized)) return serialized.map(plainInputs);
  if (typeof serialized !== "object" || serialized === null) return serialized;
  const o = serialized as Record<string, unknown>;
  if (o[SPECIAL] === SECRET) return plainInputs(o.value);
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plainInputs(v)]));
}
