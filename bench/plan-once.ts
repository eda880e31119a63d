/**
 * One plan in a process of its own, so its peak memory is its own: `tsx bench/plan-once.ts DIR
 * [--no-type-check]`. Prints one
 * JSON line: resources, the time split (type check, program, policies) and the process's peak RSS.
 */
import { plan } from "../lib/plan/plan";

async function main(): Promise<void> {
  const [dir, ...flags] = process.argv.slice(2);
  const started = performance.now();
  const result = await plan(dir, { typeCheckCache: false, typeCheck: !flags.includes("--no-type-check") });
  const totalMs = performance.now() - started;
  const report = {
    resources: result.run.resources.length,
    violations: result.violations.filter((v) => v.level === "mandatory").length,
    totalMs,
    ...result.timings,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
