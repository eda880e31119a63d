/**
 * One job of the fuzzing campaign, in its own process (the SDK's mock runtime keeps every resource it has
 * seen, so a process handles at most one batch): `node --import tsx fuzz/worker.ts '<job or list of jobs as
 * JSON>'`. Prints each job's result as one line of JSON on standard output.
 */
import { writeSync } from "node:fs";
import { COMPONENT_CASES, fuzzComponent } from "./component-campaign";
import { ComponentHarness } from "./component-harness";
import { grpcSample } from "./grpc-sample";
import { fuzzPack } from "./pack-campaign";
import { compliantStacks } from "./pack-cases";
import type { FuzzJob } from "./jobs";

async function run(job: FuzzJob): Promise<unknown> {
  switch (job.kind) {
    case "component": {
      const c = COMPONENT_CASES.find((x) => x.component === job.target);
      if (!c) throw new Error(`no component ${job.target}`);
      return fuzzComponent(new ComponentHarness(), c, job.runs, job.seed);
    }
    case "pack":
      return fuzzPack(await compliantStacks(), job.target, job.runs, job.seed);
    case "grpc":
      return grpcSample(job.runs, job.seed);
  }
}

/** Runs the jobs one after another (small ones share a process), printing each result as it ends. */
async function runAll(jobs: readonly FuzzJob[]): Promise<void> {
  for (const job of jobs) writeSync(1, `${JSON.stringify(await run(job))}\n`);
}

const parsed = JSON.parse(process.argv[2]) as FuzzJob | FuzzJob[];
runAll(Array.isArray(parsed) ? parsed : [parsed]).then(
  () => process.exit(0),
  (e: unknown) => {
    writeSync(2, `fuzz worker failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(3);
  },
);
