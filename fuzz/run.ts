/**
 * The fuzzing campaign: `npm run fuzz [-- --runs 10000 --seed N --only RedundantCircuit]`.
 *
 * Builds every component from random and hostile arguments, and runs the policy pack over random raw
 * properties of every resource kind it checks (in this process and, for a sample, over gRPC as the engine
 * does). Prints cases per second and the counts that must all be zero: crashes, partial registrations,
 * disagreements between a component and the pack, and silent passes. Exits 1 when any is not zero.
 */
import * as os from "node:os";
import { Command, InvalidArgumentError } from "commander";
import { campaignJobs, type FuzzJob } from "./jobs";
import { runWorker } from "./worker-process";

interface Totals {
  cases: number;
  seconds: number;
  crashes: number;
  partialRegistrations: number;
  disagreements: number;
  silentPasses: number;
  /** accepted/refused for components, flagged/oracle cases for the pack. */
  detail: Record<string, number>;
  examples: string[];
}

/** A parser for a whole number of at least `min`, naming the flag when the value is not one. */
function whole(flag: string, min: number) {
  return (text: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(
        `${flag} must be a whole number of at least ${min}, got ${JSON.stringify(text)}`,
      );
    return n;
  };
}

const values = new Command("fuzz")
  .description("The fuzzing campaign over the components and the policy pack")
  .option("--runs <n>", "cases per component and per resource kind", whole("--runs", 1), 10000)
  .option("--seed <n>", "the campaign's seed (printed, to rerun it)", whole("--seed", 0))
  .option(
    "--only <name>",
    "one component, resource kind (network:Subnet), or campaign kind (component, pack, grpc)",
  )
  .option("--jobs <n>", "worker processes at once (default: the machine's cores)", whole("--jobs", 1))
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2))
  .parse()
  .opts<{ runs: number; seed?: number; only?: string; jobs?: number }>();
const runs = values.runs;
const seed = values.seed ?? Math.floor(Math.random() * 2 ** 31);
const parallel = values.jobs ?? Math.max(1, os.availableParallelism());
const jobs = campaignJobs(runs, seed, values.only);
if (jobs.length === 0) {
  console.error(`fuzz: nothing matches --only ${values.only}`);
  process.exit(2);
}

/** Runs one job in a fresh process; its result, or a failure counted as a crash. */
async function runJob(job: FuzzJob): Promise<Record<string, any>> {
  // The exit code is not the verdict: the Pulumi runtime sets 1 on exit once a resource has failed to
  // register (a refused Output, as designed). A job that printed its result finished.
  const { code, results, stderr } = await runWorker(job);
  if (results.length === 1) return results[0];
  const tail = stderr.trim().split("\n").slice(-12).join("\n");
  return {
    cases: 0,
    seconds: 0,
    crashes: 1,
    examples: [`the worker for ${job.target} failed (exit ${code}):\n${tail}`],
  };
}

async function main(): Promise<void> {
  console.log(
    `Fuzzing: ${runs} cases per component and per resource kind, seed ${seed} (rerun with --seed ${seed})`,
  );
  const totals = new Map<string, Totals>();
  const queue = [...jobs];
  const started = Date.now();
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const r = await runJob(job);
      const key = `${job.kind === "component" ? "component" : job.kind === "pack" ? "pack" : "gRPC"}  ${job.target}`;
      const t: Totals = totals.get(key) ?? {
        cases: 0,
        seconds: 0,
        crashes: 0,
        partialRegistrations: 0,
        disagreements: 0,
        silentPasses: 0,
        detail: {},
        examples: [],
      };
      t.cases += r.cases ?? 0;
      t.seconds += r.seconds ?? 0;
      t.crashes += r.crashes ?? 0;
      t.partialRegistrations += r.partialRegistrations ?? 0;
      t.disagreements += r.disagreements ?? 0;
      t.silentPasses += r.silentPasses ?? 0;
      for (const k of ["accepted", "refused", "refusedWhenKnown", "flagged", "oracleCases"])
        if (typeof r[k] === "number") t.detail[k] = (t.detail[k] ?? 0) + r[k];
      t.examples.push(...(r.examples ?? []));
      totals.set(key, t);
      process.stderr.write(".");
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
  process.stderr.write("\n");

  const rows = [...totals].sort(([a], [b]) => a.localeCompare(b));
  const header = ["campaign", "cases", "cases/s", "crashes", "partial", "disagree", "silent", "outcomes"];
  const table = rows.map(([key, t]) => [
    key,
    String(t.cases),
    t.seconds > 0 ? (t.cases / t.seconds).toFixed(0) : "-",
    String(t.crashes),
    String(t.partialRegistrations),
    String(t.disagreements),
    String(t.silentPasses),
    Object.entries(t.detail)
      .map(([k, v]) => `${k} ${v}`)
      .join(", "),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ");
  console.log(line(header));
  for (const r of table) console.log(line(r));

  const sum = (k: keyof Totals) => rows.reduce((n, [, t]) => n + (t[k] as number), 0);
  const defects = {
    crashes: sum("crashes"),
    "partial registrations": sum("partialRegistrations"),
    disagreements: sum("disagreements"),
    "silent passes": sum("silentPasses"),
  };
  console.log(
    `\n${sum("cases")} cases in ${((Date.now() - started) / 1000).toFixed(0)} s on ${parallel} processes: ` +
      Object.entries(defects)
        .map(([k, v]) => `${k} ${v}`)
        .join(", "),
  );
  const examples = rows.flatMap(([, t]) => t.examples);
  if (examples.length > 0) console.log(`\nFirst defects:\n${examples.slice(0, 20).join("\n\n")}`);
  process.exit(Object.values(defects).some((v) => v > 0) ? 1 : 0);
}

void main();
