import { LocationCatalog } from "../facts/peering-locations";
import { pathOf, show, type Finding, type RuleInfo } from "../findings";
import { isUnknown, type Entity, type Maybe, type TopologyModel } from "../model";

/** What a rule sees besides the model. */
export interface RuleContext {
  /** Peering locations and regions; extend it for locations added after this release. */
  readonly catalog: LocationCatalog;
  /**
   * The VLAN ids peerings may use. ExpressRoute documents no range, so 802.1Q's 1..4094 is the default;
   * narrow it to your provider's range.
   */
  readonly vlanRange?: { readonly min: number; readonly max: number };
  /** Printable forms of values the user marked secret: never printed in a finding. @default none */
  readonly secrets?: readonly string[];
}

/** Replaces every whole occurrence of a secret value in a text. */
function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret === "") continue;
    const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, "g"), "a secret value");
  }
  return out;
}

/** The details of one problem, in the error recipe. */
export interface Problem {
  /** What is wrong, as one sentence. */
  readonly message: string;
  /** The bad value; printed with {@link show} unless `shown` is given. */
  readonly value?: unknown;
  /** The bad value already printed (used for secrets). */
  readonly shown?: string;
  readonly allowed: string;
  readonly fix: string;
}

/** Collects a rule's findings, filling in the rule id, path and resource. */
export class Reporter {
  readonly findings: Finding[] = [];
  constructor(
    private readonly rule: RuleInfo,
    readonly context: RuleContext,
  ) {}

  /** Reports a problem with `field` of `entity`. */
  fail(entity: Entity, field: string, problem: Problem): void {
    const secrets = this.context.secrets ?? [];
    const clean = (text: string) => (secrets.length ? scrub(text, secrets) : text);
    const value = problem.shown ?? show(problem.value);
    // A value the user marked secret is described, never printed, wherever the finding would show it.
    const secretValue = secrets.some((s) => s !== "" && (value === s || value === JSON.stringify(s)));
    this.findings.push({
      ruleId: this.rule.id,
      severity: this.rule.severity,
      message: clean(problem.message),
      path: pathOf(entity, field),
      value: secretValue ? "a secret value" : clean(value),
      // What is allowed describes the rule, not the user's values: scrubbing it would only hint at a secret.
      allowed: problem.allowed,
      fix: clean(problem.fix),
      resource: entity.origin.resource,
    });
  }

  /**
   * True when `value` is known. When it is {@link UNKNOWN}, reports (advisory) that the rule cannot verify
   * `field` at preview, and returns false; an unset value returns true (rules decide what unset means).
   */
  known<T>(entity: Entity, field: string, value: Maybe<T>): value is T | undefined {
    if (!isUnknown(value)) return true;
    this.cannotVerify(entity, field, "its value is unknown at preview, only known at deploy time");
    return false;
  }

  /** Reports (advisory, unverifiable) that the rule cannot decide about `field`, and why. */
  cannotVerify(entity: Entity, field: string, why: string): void {
    this.findings.push({
      ruleId: this.rule.id,
      severity: "advisory",
      message: `Cannot verify ${pathOf(entity, field)}: ${why}.`,
      path: pathOf(entity, field),
      value: "(unknown until deployment)",
      allowed: this.rule.description,
      fix: "Use values known at preview, or check the deployed resource.",
      resource: entity.origin.resource,
      unverifiable: true,
    });
  }
}

/** A rule: pure, over the topology model, documented, with its Microsoft source. */
export interface Rule extends RuleInfo {
  check(model: TopologyModel, report: Reporter): void;
}

/** Joins a list of allowed values for a message. */
export function oneOf(values: readonly (string | number)[]): string {
  return values.map((v) => (typeof v === "string" ? JSON.stringify(v) : String(v))).join(", ");
}
