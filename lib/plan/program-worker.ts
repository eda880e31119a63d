import { parentPort, workerData } from "node:worker_threads";
import {
  describeThrown,
  runProgram,
  type ProgramProgress,
  type ProgramRun,
  type RunProgramOptions,
} from "./run-program";
import type { RecordedResource } from "./recorder";
import { ProgramRefused, type Refusal } from "./refusals";

/** What the worker tells the plan. */
export type WorkerMessage =
  | { readonly type: "progress"; readonly progress: ProgramProgress }
  | { readonly type: "done"; readonly run: ProgramRun }
  | { readonly type: "failed"; readonly message: string }
  | { readonly type: "refused"; readonly refusals: readonly Refusal[] }
  | { readonly type: "exit-called"; readonly code: unknown };

/** What the plan gives the worker. */
export interface WorkerInput {
  readonly programDir: string;
  readonly options: Omit<RunProgramOptions, "onProgress">;
}

const port = parentPort;
const post = (m: WorkerMessage) => port?.postMessage(m);

/** A value that crosses to the plan as it is when it can, else as text. */
function cloneable<T>(value: T, fallback: T): T {
  try {
    return structuredClone(value);
  } catch {
    return fallback;
  }
}

function transferable(run: ProgramRun): ProgramRun {
  return {
    ...run,
    // Inputs as the engine sees them (serialized) always cross; a resource reference in the deserialized
    // copy cannot, so that copy crosses empty for such a resource.
    resources: run.resources.map((r) => cloneable<RecordedResource>(r, { ...r, inputs: {} })),
    outputs: cloneable(run.outputs, {}),
  };
}

if (port) {
  const input = workerData as WorkerInput;
  // A program that exits the process ends only this thread: say so first, so the plan does not pass.
  const exit = process.exit.bind(process);
  process.exit = ((code?: number) => {
    post({ type: "exit-called", code });
    return exit(code);
  }) as typeof process.exit;
  // Progress is sent at most every 100 ms, and when the phase changes: enough to name what is pending.
  let latest: ProgramProgress | undefined;
  let sentPhase: string | undefined;
  const flush = () => {
    if (latest) post({ type: "progress", progress: latest });
    latest = undefined;
  };
  const timer = setInterval(flush, 100);
  timer.unref();
  // A promise the program rejects and nobody handles fails the plan, as it fails `pulumi up`.
  let rejected: string | undefined;
  process.on("unhandledRejection", (reason) => {
    rejected ??= `the program failed: a promise was rejected and nothing handled it: ${describeThrown(reason)}`;
  });
  /** Ends the run: a rejection the program left unhandled (seen once the current tasks ran) wins. */
  const finish = (m: WorkerMessage) =>
    setImmediate(() => {
      clearInterval(timer);
      flush();
      post(rejected && m.type !== "refused" ? { type: "failed", message: rejected } : m);
    });
  runProgram(input.programDir, {
    ...input.options,
    onProgress: (p) => {
      latest = p;
      if (p.phase !== sentPhase) {
        sentPhase = p.phase;
        flush();
      }
    },
  }).then(
    (run) => finish({ type: "done", run: transferable(run) }),
    (e: unknown) =>
      finish(
        e instanceof ProgramRefused
          ? { type: "refused", refusals: e.refusals }
          : { type: "failed", message: e instanceof Error ? e.message : describeThrown(e) },
      ),
  );
}
