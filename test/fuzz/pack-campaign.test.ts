import { ALL_KINDS } from "../../lib/policy-pack";
import { runWorker } from "../../fuzz/worker-process";

// Issue 8: the pack's fuzzing campaign at a small size (`npm run fuzz` runs 10,000 cases per kind), in a
// worker process: random raw properties never crash the pack, a change the oracle knows is invalid is never
// passed without naming the property, and the pack over gRPC agrees with the pack in the process.

const RUNS = 40;

describe("the policy pack under random raw properties", () => {
  let results: Record<string, any>[];
  beforeAll(async () => {
    const jobs = [
      ...ALL_KINDS.map((target, i) => ({ kind: "pack" as const, target, runs: RUNS, seed: 1130 + i })),
      { kind: "grpc" as const, target: "pack over gRPC", runs: 6, seed: 2026 },
    ];
    // Every job prints its result (the exit code is the Pulumi runtime's, see fuzz/run.ts).
    const exit = await runWorker(jobs);
    expect(exit.results).toHaveLength(jobs.length);
    results = exit.results;
  }, 300_000);

  it.each(ALL_KINDS)("%s: no crash, no silent pass", (kind) => {
    const r = results.find((x) => x.kind === kind)!;
    expect(r.cases).toBe(RUNS);
    expect({ crashes: r.crashes, silentPasses: r.silentPasses, examples: r.examples }).toEqual({
      crashes: 0,
      silentPasses: 0,
      examples: [],
    });
    // The oracle had cases to judge, and the pack reported on changed resources.
    expect(r.oracleCases).toBeGreaterThan(0);
    expect(r.flagged).toBeGreaterThan(0);
  });

  it("over gRPC, as the engine sends them: no failure, and the same verdicts as in the process", () => {
    const r = results[results.length - 1];
    expect(r.cases).toBe(6);
    expect(r.flagged).toBeGreaterThan(0);
    expect({ crashes: r.crashes, disagreements: r.disagreements, examples: r.examples }).toEqual({
      crashes: 0,
      disagreements: 0,
      examples: [],
    });
  });
});
