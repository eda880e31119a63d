import { spawn } from "node:child_process";
import * as path from "node:path";
import type { FuzzJob } from "./jobs";

/** How a worker process ended: its exit code, one result per job it finished, and the end of its stderr. */
export interface WorkerExit {
  readonly code: number | null;
  readonly results: Record<string, any>[];
  readonly stderr: string;
}

/** Runs fuzzing jobs in a fresh worker process (`fuzz/worker.ts`), one after another. */
export function runWorker(jobs: FuzzJob | readonly FuzzJob[]): Promise<WorkerExit> {
  const worker = path.join(__dirname, "worker.ts");
  return new Promise((resolve) => {
    // The mock runtime keeps every resource of the batch: give the largest patterns' batches room.
    const args = ["--max-old-space-size=6144", "--import", "tsx", worker, JSON.stringify(jobs)];
    const child = spawn(process.execPath, args, {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let stderr = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
    child.on("close", (code) => {
      const results: Record<string, any>[] = [];
      for (const line of out.split("\n")) {
        try {
          if (line.trim()) results.push(JSON.parse(line));
        } catch {
          // A line that is not a result (the SDK printing to stdout) is not the worker's.
        }
      }
      resolve({ code, results, stderr });
    });
  });
}
