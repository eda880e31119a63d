import { ARGUMENT_SHAPES } from "../lib/components/argument-shapes";
import { ALL_KINDS } from "../lib/policy-pack";

/** One batch of the campaign, run in its own process. */
export interface FuzzJob {
  readonly kind: "component" | "pack" | "grpc";
  /** The component class, or the azure-native kind (`network:ExpressRouteCircuit`). */
  readonly target: string;
  readonly runs: number;
  readonly seed: number;
}

/**
 * The mock runtime keeps what it registered, so a process builds at most this many components (about 1 GB
 * for the largest pattern, more with the hostile values' huge strings and lists).
 */
export const COMPONENT_BATCH = 500;

/**
 * The campaign: `runs` cases per component (in batches) and per policied resource kind, and a sample of
 * `runs / 50` stacks through the pack over gRPC. Each batch has its own seed, derived from `seed`.
 */
export function campaignJobs(runs: number, seed: number, only?: string): FuzzJob[] {
  const jobs: FuzzJob[] = [];
  let n = 0;
  const next = () => (seed + 7919 * n++) >>> 0;
  for (const target of Object.keys(ARGUMENT_SHAPES)) {
    for (let done = 0; done < runs; done += COMPONENT_BATCH)
      jobs.push({ kind: "component", target, runs: Math.min(COMPONENT_BATCH, runs - done), seed: next() });
  }
  for (const target of ALL_KINDS) jobs.push({ kind: "pack", target, runs, seed: next() });
  jobs.push({
    kind: "grpc",
    target: "pack over gRPC",
    runs: Math.max(1, Math.round(runs / 50)),
    seed: next(),
  });
  return only ? jobs.filter((j) => j.target === only || j.kind === only) : jobs;
}
