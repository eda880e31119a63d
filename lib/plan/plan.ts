import * as fs from "node:fs";
import * as path from "node:path";
import { UNKNOWN } from "../core/model";
import { modelFromAzureNative, type AzureResource } from "../core/translate";
import type { TopologyModel } from "../core/model";
import { PolicyAnalyzer, type Violation } from "./analyzer";
import {
  levelChanges,
  resolvePolicyConfig,
  type LevelChange,
  type PolicyPackConfigFile,
  withCatalogExtensions,
} from "./policy-config";
import { ProgramError } from "./program-project";
import type { RecordedResource } from "./recorder";
import { runProgramIsolated, type IsolationLimits } from "./isolated-run";
import { runProgram, type ProgramRun, type RunProgramOptions } from "./run-program";
import { modelProps, secretLeaves } from "./secrets";

/** Options of {@link plan}. */
export interface PlanOptions extends RunProgramOptions {
  /**
   * The policy pack directory.
   * @default this library's `policies/`
   */
  readonly policyPack?: string;
  /**
   * Policy config, in the format of `pulumi preview --policy-pack-config`.
   * @default each policy's own level and defaults
   */
  readonly policyConfig?: PolicyPackConfigFile;
  /**
   * An analyzer already serving the pack (tests reuse one across plans).
   * @default a new one, stopped when the plan ends
   */
  readonly analyzer?: PolicyAnalyzer;
  /**
   * Run the program in a worker thread with these limits (what `expressroute plan` does), so a program that
   * hangs, exits, throws late or runs out of memory ends the plan with a reason.
   * @default in this process, without limits
   */
  readonly isolate?: IsolationLimits;
}

/** What a program would create and what the policy pack says about it. */
export interface PlanResult {
  readonly run: ProgramRun;
  readonly violations: readonly Violation[];
  readonly pack: { readonly name: string; readonly version: string; readonly policies: number };
  /** The topology the rules saw, for the summary. */
  readonly model: TopologyModel;
  /** The exemptions in force (from the policy config), shown with every plan so none is silent. */
  readonly exemptions: readonly {
    readonly policy: string;
    readonly resource: string;
    readonly reason: string;
  }[];
  /** The policies whose level the config changed (disabled, lowered or raised), shown so none is silent. */
  readonly levelChanges: readonly LevelChange[];
  /** Where the plan's time went: the type check, the program, and the policy pack (start and analysis). */
  readonly timings: { readonly typeCheckMs: number; readonly programMs: number; readonly policiesMs: number };
}

/** The options a program run takes, without the plan's own (they cannot cross to a worker). */
function runOptions(o: PlanOptions): RunProgramOptions {
  return {
    stack: o.stack,
    config: o.config,
    preview: o.preview,
    typeCheck: o.typeCheck,
    typeCheckCache: o.typeCheckCache,
  };
}

/** This library's own policy pack directory. */
export function defaultPolicyPack(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "policies", "PulumiPolicy.yaml"))) return path.join(dir, "policies");
  }
  throw new ProgramError("cannot find this library's policies/ directory");
}

/** The recorded resources as the model's translator reads them. */
export function azureResources(resources: readonly RecordedResource[]): AzureResource[] {
  return resources.map((r) => ({
    urn: r.urn,
    type: r.type,
    name: r.name,
    props: modelProps(r.serializedInputs, UNKNOWN) as Record<string, unknown>,
    propertyDependencies: r.propertyDependencies,
    secrets: secretLeaves(r.serializedInputs),
  }));
}

/**
 * Plans a Pulumi program offline: runs it under the mock runtime, then runs the policy pack over what it
 * registered exactly as the engine would (resource policies on each resource, stack policies on all).
 */
export async function plan(programDir: string, options: PlanOptions = {}): Promise<PlanResult> {
  const run = options.isolate
    ? await runProgramIsolated(programDir, runOptions(options), options.isolate)
    : await runProgram(programDir, options);
  const packStarted = performance.now();
  const analyzer =
    options.analyzer ??
    (await PolicyAnalyzer.start(options.policyPack ?? defaultPolicyPack(), options.isolate?.timeoutSeconds));
  try {
    const info = await analyzer.info();
    const config = withCatalogExtensions(
      resolvePolicyConfig(info.policies, options.policyConfig),
      run.catalogExtensions,
    );
    await analyzer.configure(config);
    const exemptions = Object.entries(config).flatMap(([policy, c]) =>
      ((c.properties.exemptions ?? []) as { resource: string; reason: string }[]).map((e) => ({
        policy,
        ...e,
      })),
    );
    const violations: Violation[] = [];
    for (const r of run.resources) violations.push(...(await analyzer.analyze(r)));
    violations.push(...(await analyzer.analyzeStack(run.resources)));
    return {
      run,
      violations,
      pack: { name: info.name, version: info.version, policies: info.policies.length },
      model: modelFromAzureNative(azureResources(run.resources)),
      exemptions,
      levelChanges: levelChanges(info.policies, config),
      timings: { ...run.timings, policiesMs: performance.now() - packStarted },
    };
  } finally {
    if (!options.analyzer) analyzer.stop();
  }
}
