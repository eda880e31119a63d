import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { ProgramError } from "./program-project";
import type { WorkerInput, WorkerMessage } from "./program-worker";
import { ProgramRefused } from "./refusals";
import type { ProgramProgress, ProgramRun, RunProgramOptions } from "./run-program";

/** Limits of a program run in isolation. */
export interface IsolationLimits {
  /**
   * Seconds the program may take (type check, run, registrations) before the plan gives up on it.
   * @default 600
   */
  readonly timeoutSeconds?: number;
  /**
   * Heap the program may use, in MB, before the plan stops it.
   * @default half of this machine's memory, and at least 4096
   */
  readonly maxMemoryMb?: number;
  /**
   * Where the program's own console output goes (never to the plan's standard output, which carries its report).
   * @default the process's standard error
   */
  readonly programOutput?: NodeJS.WritableStream;
}

export const DEFAULT_TIMEOUT_SECONDS = 600;

/** Half of this machine's memory in MB, at least 4096. */
export function defaultMaxMemoryMb(): number {
  return Math.max(4096, Math.floor(os.totalmem() / 2 / 1024 / 1024));
}

/** The worker's entry, in the package's `cli/` (this file runs from `lib/plan` or, compiled, `bin/lib/plan`). */
const WORKER = path.resolve(
  __dirname,
  __filename.endsWith(".ts") ? "../.." : "../../..",
  "cli/plan-worker.js",
);

/** Workers running now, so an interrupted plan stops them. */
const running = new Set<Worker>();

/** Stops every program still running (on SIGINT, SIGTERM or a crash of the plan itself). */
export function stopRunningPrograms(): void {
  for (const w of running) void w.terminate();
  running.clear();
}

/** What a program that did not finish was still doing, for the plan's message. */
export function describePending(progress: ProgramProgress | undefined): string {
  if (!progress) return "it had not started: the plan was still loading the Pulumi SDK and the program";
  const where = {
    checking: "it was still being type-checked",
    running: "its code had not returned (it awaits something that never settles?)",
    outputs: "its code returned, but its stack outputs never resolved",
    registering: "its code returned, but resources were still registering",
    done: "it had finished",
  }[progress.phase];
  const pending = progress.pending;
  const shown = pending.slice(0, 8).join(", ");
  const more = pending.length > 8 ? ` and ${pending.length - 8} more` : "";
  const resources = pending.length
    ? `; ${pending.length} resource${pending.length === 1 ? " was" : "s were"} constructed but never registered (an input that never resolves?): ${shown}${more}`
    : "";
  return `${where}${resources}; ${progress.registered} resource${progress.registered === 1 ? "" : "s"} had registered`;
}

/**
 * Runs a program in a worker thread under the mock runtime, as {@link runProgram} does in-process, so that
 * whatever the program does, the plan ends with a verdict or a reason: a program that never finishes is stopped
 * after the time limit (naming what was pending), one that calls `process.exit`, throws after returning,
 * rejects a promise nobody handles, or runs out of memory is reported as such, and its console output never
 * mixes with the plan's report.
 */
export function runProgramIsolated(
  programDir: string,
  options: Omit<RunProgramOptions, "onProgress"> = {},
  limits: IsolationLimits = {},
): Promise<ProgramRun> {
  const timeoutSeconds = limits.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const maxMemoryMb = limits.maxMemoryMb ?? defaultMaxMemoryMb();
  const input: WorkerInput = { programDir, options };
  const worker = new Worker(WORKER, {
    workerData: input,
    stdout: true,
    stderr: true,
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
  });
  running.add(worker);
  const output = limits.programOutput ?? process.stderr;
  worker.stdout.on("data", (d) => output.write(d));
  worker.stderr.on("data", (d) => output.write(d));
  let progress: ProgramProgress | undefined;
  let exitCalled: { code: unknown } | undefined;
  // The program's output reaches `output` before the plan reports (its streams end once the worker stops).
  const drained = Promise.all(
    [worker.stdout, worker.stderr].map((stream) => new Promise((r) => stream.once("end", r))),
  );
  return new Promise<ProgramRun>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: { run: ProgramRun } | { error: ProgramError }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      running.delete(worker);
      void worker.terminate();
      const done = () => ("run" in outcome ? resolve(outcome.run) : reject(outcome.error));
      void Promise.race([drained, new Promise((r) => setTimeout(r, 2000))]).then(done);
    };
    const timer = setTimeout(
      () =>
        settle({
          error: new ProgramError(
            `the program did not finish within ${timeoutSeconds} s: ${describePending(progress)}. If it is only slow, raise the limit with --timeout <seconds>.`,
          ),
        }),
      timeoutSeconds * 1000,
    );
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "progress") progress = m.progress;
      else if (m.type === "exit-called") exitCalled = { code: m.code };
      else if (m.type === "done") settle({ run: m.run });
      else if (m.type === "refused") settle({ error: new ProgramRefused(m.refusals) });
      else settle({ error: new ProgramError(m.message) });
    });
    worker.on("error", (e: Error & { code?: string }) => {
      if (e.code === "ERR_WORKER_OUT_OF_MEMORY") {
        settle({
          error: new ProgramError(
            `the plan ran out of memory: the program used more than its ${maxMemoryMb} MB of heap (${progress?.registered ?? 0} resources had registered). Give the plan more with --max-memory <MB> (this machine has ${Math.floor(os.totalmem() / 1024 / 1024)} MB), or plan the estate in smaller stacks.`,
          ),
        });
        return;
      }
      const late =
        progress?.phase === "outputs" || progress?.phase === "registering" ? " after its code returned" : "";
      settle({ error: new ProgramError(`the program failed${late}: ${e.message || e.name}`) });
    });
    worker.on("exit", (code) => {
      if (exitCalled) {
        settle({
          error: new ProgramError(
            `the program called process.exit(${exitCalled.code === undefined ? "" : String(exitCalled.code)}) before the plan saw it finish: ${describePending(progress)}. A Pulumi program returns (or throws) instead of exiting.`,
          ),
        });
        return;
      }
      settle({
        error: new ProgramError(
          `the program stopped (exit ${code}) before it finished, with nothing left to run: ${describePending(progress)}.`,
        ),
      });
    });
  });
}
