import * as path from "node:path";
import { PolicyAnalyzer, type Violation } from "../../lib/plan/analyzer";
import { defaultPolicyPack, plan, type PlanResult } from "../../lib/plan/plan";
import { runProgram } from "../../lib/plan/run-program";

/** The raw azure-native program; its stack config `scenario` picks what it builds (see its scenarios.ts). */
export const FIXTURE_DIR = path.resolve(__dirname, "../fixtures/raw-program");

/**
 * Starts this library's policy pack as the engine would (one analyzer per test file), and meanwhile runs the
 * raw program once so loading azure-native overlaps with the pack's start-up.
 */
export async function startAnalyzer(): Promise<PolicyAnalyzer> {
  const [analyzer] = await Promise.all([
    PolicyAnalyzer.start(defaultPolicyPack()),
    runProgram(FIXTURE_DIR, { config: { scenario: "compliant-inline" }, typeCheck: false }),
  ]);
  return analyzer;
}

/** Plans already made in this test file (each file has its own module registry, so its own cache). */
const plans = new Map<string, Promise<PlanResult>>();

/**
 * Plans one scenario of the raw program with the pack served by `analyzer` (once per file: tests that look at
 * the same plan share it).
 */
export async function planScenario(
  analyzer: PolicyAnalyzer,
  scenario: string,
  options: { preview?: boolean; operationsAdvice?: boolean } = {},
): Promise<PlanResult> {
  const preview = options.preview ?? false;
  const key = `${scenario}${preview ? " (preview)" : ""}`;
  let planned = plans.get(key);
  if (!planned) {
    planned = plan(FIXTURE_DIR, { config: { scenario }, typeCheck: false, analyzer, preview });
    plans.set(key, planned);
  }
  const result = options.operationsAdvice ? await planned : withoutOperationsAdvice(await planned);
  // Guards against a plan that silently registered nothing but the stack (and so passed every policy).
  expect(result.run.resources.filter((r) => r.type.startsWith("azure-native:")).length).toBeGreaterThan(0);
  return result;
}

/**
 * The policies about alerts, locks and diagnostic settings (advice on how an estate is operated). The raw
 * scenarios are public configurations that create none, so every circuit gets that advice; the scenario tests
 * judge the ExpressRoute rules, and `operations.test.ts` judges these on their own scenarios.
 */
export const OPERATIONS_POLICIES = ["circuit-availability-alerts", "resource-lock", "circuit-diagnostics"];

/** A plan without the operations advice (see {@link OPERATIONS_POLICIES}). */
export function withoutOperationsAdvice(result: PlanResult): PlanResult {
  return { ...result, violations: result.violations.filter((v) => !OPERATIONS_POLICIES.includes(v.policy)) };
}

/** The logical name at the end of a URN (`...::ams-private` is `ams-private`). */
export function nameOf(urn: string | undefined): string | undefined {
  return urn?.split("::").pop();
}

/** Logical names of model keys (`name#subnets/x` for inline subnets; a non-string such as UNKNOWN as JSON). */
export function names(keys: readonly unknown[]): (string | undefined)[] {
  return keys.map((k) => (typeof k === "string" ? nameOf(k) : JSON.stringify(k)));
}

/** A violation as the tests compare it: policy, level, the resource its URN names, and what its message names. */
export interface Seen {
  readonly policy: string;
  readonly level: string;
  /** The logical name the violation's URN ends with. */
  readonly urn: string | undefined;
  /** The resource and property path the message names (`<name>: <path>: ...`). */
  readonly names: string | undefined;
}

/** How a violation is compared: its message names `<resource>: <path>:` as the user wrote them. */
export function seen(v: Violation): Seen {
  const detail = v.message.split("\n").pop() ?? "";
  const m = /^(\S+): (\S+): /.exec(detail);
  return { policy: v.policy, level: v.level, urn: nameOf(v.urn), names: m ? `${m[1]}: ${m[2]}` : undefined };
}

/** What a violation test expects: one policy, at one level, on one resource, naming one property path. */
export interface Expected {
  readonly policy: string;
  readonly level: "mandatory" | "advisory";
  /** Logical name of the resource the violation's URN ends with. */
  readonly resource: string;
  /** The property path as the user wrote it, e.g. `peerings[0].secondaryPeerAddressPrefix`. */
  readonly path: string;
  /** How many violations of the policy name this path. @default 1 */
  readonly count?: number;
  /** Other policies the scenario is expected to trip as well (nothing else may fire). @default none */
  readonly also?: readonly string[];
}

/**
 * Asserts that the plan reports exactly the expected violation of `e.policy` (level, URN, resource and path
 * in the message), and that no policy other than `e.policy` and `e.also` reports anything.
 */
export function expectViolation(violations: readonly Violation[], e: Expected): void {
  const want: Seen = { policy: e.policy, level: e.level, urn: e.resource, names: `${e.resource}: ${e.path}` };
  expect(violations.filter((v) => v.policy === e.policy).map(seen)).toEqual(
    Array.from({ length: e.count ?? 1 }, () => want),
  );
  expect(policiesOf(violations)).toEqual([...new Set([e.policy, ...(e.also ?? [])])].sort());
}

/** The distinct policies that reported something, sorted. */
export function policiesOf(violations: readonly Violation[]): string[] {
  return [...new Set(violations.map((v) => v.policy))].sort();
}

/** The violations at mandatory level. */
export function mandatory(violations: readonly Violation[]): Violation[] {
  return violations.filter((v) => v.level === "mandatory");
}

/** A peering violation, checked once with inline peerings and once with standalone peering resources. */
export interface PeeringCase {
  /** The peering case of the fixture: scenarios `peering-<case>-inline` and `peering-<case>-standalone`. */
  readonly case: string;
  /** What is wrong, for the test name. */
  readonly when: string;
  readonly policy: string;
  readonly level: "mandatory" | "advisory";
  /** The peering named: its index in the circuit's `peerings` (on circuit `er-ams`), its standalone resource. */
  readonly peering?: { readonly index: number; readonly standalone: string; readonly field: string };
  /** A resource other than the peering that is named in both styles (e.g. the route filter). */
  readonly target?: { readonly resource: string; readonly path: string };
  readonly count?: number;
  /** Other policies the case trips as well. @default none */
  readonly also?: readonly string[];
}

/** Each peering case as two tests: inline peering (`er-ams`, `peerings[i].<field>`) and standalone resource. */
export function inBothStyles(
  cases: readonly PeeringCase[],
): { title: string; scenario: string; expected: Expected }[] {
  return cases.flatMap((c) =>
    (["inline", "standalone"] as const).map((style) => {
      const p = c.peering;
      const target =
        c.target ??
        (style === "inline"
          ? { resource: "er-ams", path: `peerings[${p!.index}].${p!.field}` }
          : { resource: p!.standalone, path: p!.field });
      return {
        title: `${c.policy} reports ${c.level} on ${target.resource} ${target.path} when ${c.when} (${style} peering)`,
        scenario: `peering-${c.case}-${style}`,
        expected: { policy: c.policy, level: c.level, count: c.count, also: c.also, ...target },
      };
    }),
  );
}

/** A violation test: the scenario to plan and the violation it must produce, with a title stating both. */
export function violationCase(
  when: string,
  scenario: string,
  expected: Expected,
): { title: string; scenario: string; expected: Expected } {
  return {
    title: `${expected.policy} reports ${expected.level} on ${expected.resource} ${expected.path} when ${when}`,
    scenario,
    expected,
  };
}

/**
 * Every part of the standalone compliant estate is linked in the model the rules saw: both circuits with
 * their peerings, the route filter, the gateway's subnet, both VNet links and the Global Reach pair.
 */
export function expectStandaloneEstateLinked(model: PlanResult["model"]): void {
  expect(model.circuits.filter((c) => c.external)).toEqual([]);
  expect(
    model.circuits.map((c) => [nameOf(c.key), c.peerings.map((p) => nameOf(p.key)).sort()]).sort(),
  ).toEqual([
    ["er-ams", ["ams-microsoft", "ams-private"]],
    ["er-lon", ["lon-private"]],
  ]);
  const microsoft = model.circuits
    .flatMap((c) => c.peerings)
    .find((p) => p.peeringType === "MicrosoftPeering");
  expect(names([microsoft?.routeFilter])).toEqual(["ams-filter"]);
  expect(names((model.gateways ?? []).map((g) => g.subnetKey))).toEqual(["gateway-subnet"]);
  expect((model.connections ?? []).map((x) => names([x.gatewayKey, x.circuitKey])).sort()).toEqual([
    ["hub-gateway", "er-ams"],
    ["hub-gateway", "er-lon"],
  ]);
  expect((model.globalReach ?? []).map((g) => names([g.circuitKey, g.peerCircuitKey]))).toEqual([
    ["er-ams", "er-lon"],
  ]);
}
