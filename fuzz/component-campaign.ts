import fc from "fast-check";
import { COMPONENT_CASES, type ComponentCase } from "./component-cases";
import { ComponentHarness, type CaseOutcome } from "./component-harness";
import { hostileValue } from "./hostile-values";
import { applyMutations, describeMutation, mutations, type Mutation } from "./mutations";

/** Counts of one component's campaign; every defect count must be zero. */
export interface CampaignResult {
  readonly component: string;
  readonly cases: number;
  readonly accepted: number;
  readonly refused: number;
  readonly refusedWhenKnown: number;
  readonly crashes: number;
  readonly partialRegistrations: number;
  readonly disagreements: number;
  readonly seconds: number;
  /** The first few defects, each with the changes to the valid configuration that produced it. */
  readonly examples: readonly string[];
}

/** A fuzzed case: changes to the valid arguments, and sometimes a hostile component name. */
interface FuzzCase {
  readonly changes: Mutation[];
  readonly hostileName?: unknown;
}

function cases(c: ComponentCase): fc.Arbitrary<FuzzCase> {
  return fc.record({
    changes: mutations(c.shape),
    // One case in thirty gets a component name that is not a string.
    hostileName: fc.oneof(
      { weight: 29, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: hostileValue.filter((v) => typeof v !== "string" && v !== undefined) },
    ),
  });
}

let caseNumber = 0;

/**
 * Builds `runs` fuzzed configurations of one component (the valid base with random and hostile changes),
 * judging each with the harness, and counts the outcomes.
 */
export async function fuzzComponent(
  harness: ComponentHarness,
  c: ComponentCase,
  runs: number,
  seed: number,
): Promise<CampaignResult> {
  const start = process.hrtime.bigint();
  const counts = { accepted: 0, refused: 0, refusedWhenKnown: 0, crashes: 0, partial: 0, disagreements: 0 };
  const examples: string[] = [];
  const note = (kind: string, fuzz: FuzzCase, detail: string) => {
    if (examples.length < 5)
      examples.push(
        `${c.component} ${kind}: ${detail.slice(0, 600)}\n  changes: ${fuzz.changes.map(describeMutation).join("; ") || "(none)"}${
          fuzz.hostileName !== undefined ? `\n  name: ${fc.stringify(fuzz.hostileName).slice(0, 80)}` : ""
        }`,
      );
  };
  for (const fuzz of fc.sample(cases(c), { numRuns: runs, seed })) {
    const name = `fz${caseNumber++}`;
    let context: Record<string, unknown> = {};
    const outcome: CaseOutcome = await harness.run(
      name,
      () =>
        c.create((fuzz.hostileName ?? name) as string, applyMutations(c.base(name, context), fuzz.changes)),
      c.setup && (() => void (context = c.setup!(name))),
    );
    if (outcome.crash !== undefined) {
      counts.crashes++;
      note("crash", fuzz, outcome.crash);
    } else if (outcome.partial) {
      counts.partial++;
      note("registered before refusing", fuzz, outcome.partial.join(", "));
    } else if (outcome.disagreements) {
      counts.disagreements++;
      note("accepted what the pack fails", fuzz, outcome.disagreements.map((d) => d.message).join("\n"));
    } else if (outcome.verdict === "accepted") counts.accepted++;
    else if (outcome.verdict === "refused") counts.refused++;
    else counts.refusedWhenKnown++;
  }
  return {
    component: c.component,
    cases: runs,
    accepted: counts.accepted,
    refused: counts.refused,
    refusedWhenKnown: counts.refusedWhenKnown,
    crashes: counts.crashes,
    partialRegistrations: counts.partial,
    disagreements: counts.disagreements,
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    examples,
  };
}

export { COMPONENT_CASES };
