import { ARGUMENT_SHAPES } from "../../lib/components/argument-shapes";
import { runWorker } from "../../fuzz/worker-process";

// Issue 8: the components' fuzzing campaign at a small size (`npm run fuzz` runs 10,000 cases each), in a
// worker process as the campaign runs: random and hostile arguments never crash a component, never let it
// register a child before it refuses, and never get accepted when the pack then fails the result.

const RUNS = 5;

describe("every component under random and hostile arguments", () => {
  let results: Record<string, any>[];
  beforeAll(async () => {
    const jobs = Object.keys(ARGUMENT_SHAPES).map((target, i) => ({
      kind: "component" as const,
      target,
      runs: RUNS,
      seed: 20261130 + i,
    }));
    // Every job prints its result (the exit code is the Pulumi runtime's, see fuzz/run.ts).
    const exit = await runWorker(jobs);
    expect(exit.results).toHaveLength(jobs.length);
    results = exit.results;
  }, 300_000);

  it.each(Object.keys(ARGUMENT_SHAPES))(
    "%s: no crash, no partial registration, no disagreement with the pack",
    (component) => {
      const r = results.find((x) => x.component === component)!;
      expect(r.cases).toBe(RUNS);
      expect({
        crashes: r.crashes,
        partialRegistrations: r.partialRegistrations,
        disagreements: r.disagreements,
        examples: r.examples,
      }).toEqual({ crashes: 0, partialRegistrations: 0, disagreements: 0, examples: [] });
      // Both ways out are exercised: some configurations are accepted (and judged by the pack), some refused.
      expect(r.accepted).toBeGreaterThan(0);
      expect(r.refused).toBeGreaterThan(0);
    },
  );
});
