import * as path from "node:path";
import { ExpressRouteValidationError } from "../lib";
import { armMocks } from "../lib/plan/arm-mocks";
import { installRecordingMocks, type RecordedResource, type RegistrationEvent } from "../lib/plan/recorder";
import { loadSdkFor, type PulumiSdk } from "../lib/plan/sdk";
import { plainInputs, runPackInProcess, type PackViolation } from "./in-process-pack";

/** How one fuzzed construction ended. */
export type Verdict =
  /** Built, every resource registered, and the pack found nothing mandatory. */
  | "accepted"
  /** Refused at construction with the library's error, before any child started registering. */
  | "refused"
  /** Built, then refused when a value known only later (an Output) resolved: its resources fail to register. */
  | "refused-when-known";

/** The outcome of one case: its verdict, or the defect it found. */
export interface CaseOutcome {
  readonly verdict?: Verdict;
  /** An exception other than the library's refusal, a malformed refusal, or an error after construction. */
  readonly crash?: string;
  /** Children that started registering before the component refused. */
  readonly partial?: readonly string[];
  /** What the pack failed (mandatory) in a configuration the component accepted. */
  readonly disagreements?: readonly PackViolation[];
}

/** The recipe every refusal follows: each finding names a path, the value, what is allowed, a fix and a rule id. */
function malformed(e: ExpressRouteValidationError): string | undefined {
  if (e.findings.length === 0) return "a refusal with no findings";
  for (const f of e.findings) {
    for (const field of ["ruleId", "message", "value", "allowed", "fix"] as const) {
      if (typeof f[field] !== "string" || f[field] === "")
        return `a finding without ${field}: ${JSON.stringify(f)}`;
    }
    if (typeof f.path !== "string") return `a finding without a path: ${f.ruleId}`;
  }
  if (!/\[[a-z0-9-]+\]/.test(e.message)) return "a refusal message without a rule id";
  return undefined;
}

/** Options of {@link ComponentHarness}. */
export interface ComponentHarnessOptions {
  /**
   * The SDK the components register with.
   * @default the `@pulumi/pulumi` this project resolves
   */
  readonly sdk?: PulumiSdk;
  /**
   * How long registrations may stay pending before the case counts as a hang.
   * @default 20000
   */
  readonly hangAfterMs?: number;
}

/**
 * Builds components under the SDK's mock runtime (as a preview) and judges each construction: a refusal must
 * be the library's error, in its recipe, before any child starts registering; an accepted component must
 * register every resource, and the pack (run in this process over exactly those resources) must pass them.
 */
export class ComponentHarness {
  private readonly recorded: RecordedResource[];
  private readonly events: RegistrationEvent[] = [];
  private readonly lateErrors: unknown[] = [];

  private readonly hangAfterMs: number;

  constructor(options: ComponentHarnessOptions = {}) {
    this.hangAfterMs = options.hangAfterMs ?? 20_000;
    // The SDK instance the library's components register with (the one this project resolves).
    const sdk = options.sdk ?? loadSdkFor(path.resolve(__dirname, "..")).sdk;
    this.recorded = installRecordingMocks(sdk, armMocks(), "fuzz", "dev", (e) => this.events.push(e));
    process.on("unhandledRejection", (reason) => this.lateErrors.push(reason));
  }

  /** The resources that started registering at or after event `from` and have not completed yet. */
  private pendingSince(from: number): string[] {
    const open = new Map<string, number>();
    for (const e of this.events.slice(from)) {
      const k = `${e.type} ${e.name}`;
      open.set(k, (open.get(k) ?? 0) + (e.kind === "started" ? 1 : -1));
    }
    return [...open].filter(([, n]) => n > 0).map(([k]) => k);
  }

  /** Waits until every registration started since event `from` has completed or failed; false on a hang. */
  private async settle(from: number, lateBefore = this.lateErrors.length): Promise<boolean> {
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    const deadline = Date.now() + this.hangAfterMs;
    while (this.pendingSince(from).length > 0) {
      // A value refused when it resolved fails its resources: they never complete (the error says why).
      if (this.lateErrors.length > lateBefore) return true;
      if (Date.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 2));
    }
    return true;
  }

  /** Runs `setup` (not judged), then `create`, and judges the construction of component `name`. */
  async run(name: string, create: () => unknown, setup?: () => void): Promise<CaseOutcome> {
    // The pack judges the setup's resources with the component's: a link needs its gateway and circuit.
    const fromRecord = this.recorded.length;
    const fromSetup = this.events.length;
    setup?.();
    if (!(await this.settle(fromSetup))) return { crash: "the setup's registrations never completed" };
    const fromEvent = this.events.length;
    const lateBefore = this.lateErrors.length;
    try {
      create();
    } catch (e) {
      if (!(e instanceof ExpressRouteValidationError)) return { crash: describe(e) };
      const problem = malformed(e);
      if (problem) return { crash: problem };
      // The component itself may register (its findings come after super()); nothing under it may start.
      const partial = this.events
        .slice(fromEvent)
        .filter((ev) => ev.kind === "started" && ev.name !== name)
        .map((ev) => `${ev.type} ${ev.name}`);
      await this.settle(fromEvent);
      return partial.length > 0 ? { partial } : { verdict: "refused" };
    }
    if (!(await this.settle(fromEvent, lateBefore)))
      return {
        crash: `registrations still pending after ${this.hangAfterMs} ms: ${this.pendingSince(fromEvent).join(", ")}`,
      };
    const late = this.lateErrors.slice(lateBefore);
    if (late.length > 0) {
      // The library's refusal of a value known only later surfaces as the failure of the resources using it.
      const foreign = late.find((e) => !(e instanceof ExpressRouteValidationError));
      return foreign
        ? { crash: `unhandled rejection: ${describe(foreign)}` }
        : { verdict: "refused-when-known" };
    }
    const failed = this.events.slice(fromEvent).filter((ev) => ev.kind === "failed");
    if (failed.length > 0) {
      // A value known only later was refused when it resolved: that must be the library's refusal too.
      const foreign = failed.find((ev) => !/\[[a-z0-9-]+\]/.test(ev.reason ?? ""));
      return foreign
        ? { crash: `registration of ${foreign.name} failed: ${foreign.reason}` }
        : { verdict: "refused-when-known" };
    }
    const resources = this.recorded.slice(fromRecord).filter((r) => r.custom);
    const violations = runPackInProcess(
      resources.map((r) => ({
        urn: r.urn,
        type: r.type,
        name: r.name,
        props: plainInputs(r.serializedInputs) as Record<string, unknown>,
        propertyDependencies: r.propertyDependencies,
      })),
    );
    const crashed = violations.find((v) => v.message.includes("The policy failed while checking"));
    if (crashed) return { crash: `policy ${crashed.policy} failed: ${crashed.message}` };
    const disagreements = violations.filter((v) => v.level === "mandatory");
    return disagreements.length > 0 ? { disagreements } : { verdict: "accepted" };
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.constructor.name}: ${e.message}\n${e.stack ?? ""}`.slice(0, 2000);
  try {
    return `a thrown ${typeof e}: ${String(e)}`;
  } catch {
    return `a thrown ${typeof e}`;
  }
}
