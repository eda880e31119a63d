import fc from "fast-check";
import { azureNativeKind } from "../lib/core/translate";
import { POLICY_FAILED, runPackInProcess, type PackResource, type PackViolation } from "./in-process-pack";
import { setAt } from "./mutations";
import { EXTRA_PATHS, jsonType, mustFlag, pathText, propPaths, wireValue } from "./pack-cases";

/** Counts of one resource kind's campaign; crashes and silent passes must be zero. */
export interface PackCampaignResult {
  readonly kind: string;
  readonly cases: number;
  /** Cases where the pack reported something (a violation or "cannot verify"). */
  readonly flagged: number;
  /** Cases with one change the oracle knows must be reported. */
  readonly oracleCases: number;
  readonly crashes: number;
  /** Oracle cases the pack passed without a word about the changed property. */
  readonly silentPasses: number;
  readonly seconds: number;
  readonly examples: readonly string[];
}

interface Change {
  readonly path: (string | number)[];
  readonly value: unknown;
  /** True when the value is one the oracle knows must be reported (set by the generator). */
  readonly invalid: boolean;
}

interface PackCase {
  readonly stack: number;
  readonly resource: number;
  readonly changes: Change[];
}

/** What must never appear in a message: internal markers and values printed as JavaScript internals. */
const LEAKS = /\bid:\/|Symbol\(|\[object Object\]/;

/** Changes to one resource of `kind` in one of the stacks. */
function packCases(stacks: readonly PackResource[][], kind: string): fc.Arbitrary<PackCase> | undefined {
  const targets = stacks.flatMap((resources, stack) =>
    resources.flatMap((r, resource) => (azureNativeKind(r.type) === kind ? [{ stack, resource }] : [])),
  );
  if (targets.length === 0) return undefined;
  return fc.constantFrom(...targets).chain(({ stack, resource }) => {
    const props = stacks[stack][resource].props;
    const paths = [...propPaths(props), ...(EXTRA_PATHS[kind] ?? [])];
    const change = fc.constantFrom(...paths).chain((p) => {
      const oracle = mustFlag(kind, pathText(p));
      const choices: fc.WeightedArbitrary<Change>[] = [
        { weight: 5, arbitrary: wireValue.map((value) => ({ path: p, value, invalid: false })) },
        { weight: 1, arbitrary: fc.constant({ path: p, value: undefined, invalid: false }) },
      ];
      if (oracle)
        choices.push({
          weight: 4,
          arbitrary: oracle.invalid.map((value) => ({ path: p, value, invalid: true })),
        });
      return fc.oneof(...choices);
    });
    return fc
      .array(change, { minLength: 1, maxLength: 3 })
      .map((changes): PackCase => ({ stack, resource, changes }));
  });
}

/** The value at a path of plain props, or undefined. */
function valueAt(props: unknown, p: readonly (string | number)[]): unknown {
  let cur = props;
  for (const k of p) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/**
 * Whether one change must be reported: a value the oracle knows is invalid; a value of another type in a
 * property the oracle covers; or, for a required property, leaving it out.
 */
function mustBeReported(kind: string, base: unknown, c: Change): boolean {
  const oracle = mustFlag(kind, pathText(c.path));
  if (!oracle) return false;
  if (c.invalid) return true;
  const before = jsonType(valueAt(base, c.path));
  const after = jsonType(c.value);
  if (after === "absent") return Boolean(oracle.required) && before !== "absent";
  if (after === "unknown") return false;
  return before !== "absent" && before !== after;
}

/** Whether a violation names the resource and the changed property (or the object holding it, or a part of it). */
function names(v: PackViolation, resource: string, p: readonly (string | number)[]): boolean {
  const candidates = p.map((_, i) => pathText(p.slice(0, i + 1)));
  const changed = pathText(p);
  return (
    candidates.some((c) => v.message.includes(`${resource}: ${c}:`)) ||
    v.message.includes(`${resource}: ${changed}.`) ||
    v.message.includes(`${resource}: ${changed}[`)
  );
}

/**
 * Changes `runs` times one resource of `kind` in the compliant stacks (random wire values, values the oracle
 * knows are invalid, deletions), runs the whole pack in this process, and counts crashes (a policy that
 * throws or prints internals) and silent passes (a single change the oracle says must be reported, passed
 * without naming the property).
 */
export function fuzzPack(
  stacks: readonly PackResource[][],
  kind: string,
  runs: number,
  seed: number,
  pack: (resources: readonly PackResource[]) => PackViolation[] = runPackInProcess,
): PackCampaignResult {
  const start = process.hrtime.bigint();
  const arbitrary = packCases(stacks, kind);
  if (!arbitrary) throw new Error(`no ${kind} in the compliant stacks to fuzz`);
  const counts = { flagged: 0, oracle: 0, crashes: 0, silent: 0 };
  const examples: string[] = [];
  const note = (what: string, c: PackCase, detail: string) => {
    if (examples.length >= 5) return;
    const changes = c.changes.map((x) => `${pathText(x.path)} = ${fc.stringify(x.value).slice(0, 80)}`);
    examples.push(`${kind} ${what}: ${detail.slice(0, 600)}\n  changes: ${changes.join("; ")}`);
  };
  for (const c of fc.sample(arbitrary, { numRuns: runs, seed })) {
    const stack = stacks[c.stack];
    const target = stack[c.resource];
    const props = c.changes.reduce<unknown>((p, x) => setAt(p, x.path, x.value), target.props);
    // A property set to a literal has no dependencies on other resources: the program wrote no Output there.
    const changed = new Set(c.changes.map((x) => String(x.path[0])));
    const dependencies = Object.fromEntries(
      Object.entries(target.propertyDependencies ?? {}).filter(([k]) => !changed.has(k)),
    );
    const resources = stack.map((r, i) =>
      i === c.resource
        ? { ...r, props: props as Record<string, unknown>, propertyDependencies: dependencies }
        : r,
    );
    let violations: PackViolation[];
    try {
      violations = pack(resources);
    } catch (e) {
      counts.crashes++;
      note("crash", c, e instanceof Error ? `${e.message}\n${e.stack}` : String(e));
      continue;
    }
    const failed = violations.find((v) => v.message.includes(POLICY_FAILED) || LEAKS.test(v.message));
    if (failed) {
      counts.crashes++;
      note("crash", c, `${failed.policy}: ${failed.message}`);
      continue;
    }
    if (violations.length > 0) counts.flagged++;
    if (c.changes.length === 1 && mustBeReported(kind, target.props, c.changes[0])) {
      counts.oracle++;
      const via = mustFlag(kind, pathText(c.changes[0].path))?.reportedVia;
      const viaNames = via
        ? stack.filter((r) => azureNativeKind(r.type) === via.kind).map((r) => `${r.name}: ${via.path}:`)
        : [];
      const reported = violations.some(
        (v) => names(v, target.name, c.changes[0].path) || viaNames.some((n) => v.message.includes(n)),
      );
      if (!reported) {
        counts.silent++;
        note(
          "passed silently",
          c,
          violations.map((v) => `${v.policy}: ${v.message}`).join("\n") || "(no violations)",
        );
      }
    }
  }
  return {
    kind,
    cases: runs,
    flagged: counts.flagged,
    oracleCases: counts.oracle,
    crashes: counts.crashes,
    silentPasses: counts.silent,
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    examples,
  };
}
