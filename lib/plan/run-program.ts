import * as path from "node:path";
import type { LocationCatalogExtension } from "../core/facts/peering-locations";
import { CATALOG_EXTENSIONS } from "../core/validate";
import { armMocks } from "./arm-mocks";
import { ProgramError, readProject, readStackConfig, type PulumiProject } from "./program-project";
import {
  installRecordingMocks,
  recordStackOutputs,
  type RecordedResource,
  type RegistrationEvent,
} from "./recorder";
import { collectRefusals, ProgramRefused } from "./refusals";
import { leaveOutVersionAliases, loadSdkFor } from "./sdk";
import { typeCheckProgram } from "./type-check";

/** Options of {@link runProgram}. */
export interface RunProgramOptions {
  /**
   * The stack name the program sees.
   * @default "dev"
   */
  readonly stack?: string;
  /**
   * Stack config, `key` (in the project's namespace) or `namespace:key`, to value.
   * @default no config
   */
  readonly config?: Readonly<Record<string, string>>;
  /**
   * Run as a preview: resources being created get unknown ids, as in `pulumi preview` of a new stack.
   * @default false (realistic ARM ids)
   */
  readonly preview?: boolean;
  /**
   * Type-check TypeScript programs first, as Pulumi's Node.js host does.
   * @default true
   */
  readonly typeCheck?: boolean;
  /**
   * Skip the type check when it passed before and no file it read has changed since.
   * @default true
   */
  readonly typeCheckCache?: boolean;
  /**
   * Told where the run stands whenever that changes: what the plan names if the program never finishes.
   * @default nobody is told
   */
  readonly onProgress?: (progress: ProgramProgress) => void;
}

/** Starts collecting the program's catalog extensions; the returned function stops and gives them. */
function collectCatalogExtensions(): () => LocationCatalogExtension[] {
  const store = globalThis as Record<symbol, unknown>;
  const collected: LocationCatalogExtension[] = [];
  store[CATALOG_EXTENSIONS] = collected;
  return () => {
    if (store[CATALOG_EXTENSIONS] === collected) delete store[CATALOG_EXTENSIONS];
    return collected;
  };
}

/** Where a program run stands. */
export interface ProgramProgress {
  /**
   * `checking` (type-checking), `running` (the program's code has not returned), `outputs` (it returned; its
   * stack outputs have not resolved), `registering` (resources still registering), `done`.
   */
  readonly phase: "checking" | "running" | "outputs" | "registering" | "done";
  /** Resources registered so far. */
  readonly registered: number;
  /** Resources the program constructed that have not registered (`type name`), in the order they started. */
  readonly pending: readonly string[];
}

/** Everything a program registered, in registration order, and its stack outputs. */
export interface ProgramRun {
  readonly project: PulumiProject;
  readonly stack: string;
  readonly resources: readonly RecordedResource[];
  /** The stack outputs in Pulumi's wire form: secrets stay marked (print them with `printable`). */
  readonly outputs: Record<string, unknown>;
  /** The program's `extendLocationCatalog` calls, in order: the plan extends the pack's catalog the same way. */
  readonly catalogExtensions: readonly LocationCatalogExtension[];
  /** Where the run's time went: the type check, and running the program until its resources registered. */
  readonly timings: { readonly typeCheckMs: number; readonly programMs: number };
}

let tsRegistered = false;

function registerTypeScript(): void {
  if (tsRegistered) return;
  // tsx transpiles TypeScript on require, as ts-node does for `pulumi up`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- tsx registers a CommonJS hook
  (require("tsx/cjs/api") as { register(): void }).register();
  tsRegistered = true;
}

/** Forgets the program's own modules so a second run executes it again. */
function forgetProgramModules(dir: string, programRequire: NodeRequire): void {
  // The program's own require (Node's module cache), not this module's, which a test runner may replace.
  const cache = programRequire.cache;
  for (const key of Object.keys(cache)) {
    if (key.startsWith(dir + path.sep) && !key.includes(`${path.sep}node_modules${path.sep}`))
      delete cache[key];
  }
}

/** Runs a Pulumi program in-process under the SDK's mock runtime and records every resource it registers. */
export async function runProgram(programDir: string, options: RunProgramOptions = {}): Promise<ProgramRun> {
  const project = readProject(programDir);
  const stack = options.stack ?? "dev";
  const pending = new Map<string, number>();
  let phase: ProgramProgress["phase"] = "checking";
  let registeredCount = 0;
  const progress = () =>
    options.onProgress?.({
      phase,
      registered: registeredCount,
      pending: [...pending].flatMap(([k, n]) => Array.from({ length: n }, () => k)),
    });
  const failures: string[] = [];
  const watch = (e: RegistrationEvent) => {
    const key = `${e.type} ${e.name}`;
    if (e.kind === "failed") failures.push(`${key}: ${e.reason}`);
    else if (e.kind === "started") pending.set(key, (pending.get(key) ?? 0) + 1);
    else {
      registeredCount++;
      const n = (pending.get(key) ?? 1) - 1;
      if (n > 0) pending.set(key, n);
      else pending.delete(key);
    }
    progress();
  };
  progress();
  const started = performance.now();
  if (options.typeCheck ?? true) typeCheckProgram(project.entry, options.typeCheckCache ?? true);
  const checked = performance.now();
  const { sdk, require: programRequire } = loadSdkFor(project.dir);
  leaveOutVersionAliases(programRequire);
  // The stack's config file first (as the Pulumi CLI reads it), then --config over it.
  const fromFile = readStackConfig(project.dir, stack);
  const config: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...fromFile.config, ...(options.config ?? {}) }))
    config[k.includes(":") ? k : `${project.name}:${k}`] = v;
  const secretKeys = fromFile.secretKeys.map((k) => (k.includes(":") ? k : `${project.name}:${k}`));
  sdk.runtime.setAllConfig(
    config,
    secretKeys.filter((k) => !(k in (options.config ?? {}))),
  );
  const mocks = armMocks({ unknownIds: options.preview ?? false });
  const resources = installRecordingMocks(sdk, mocks, project.name, stack, watch);
  const stackOutputs = recordStackOutputs(sdk);
  if (project.entry.endsWith(".ts")) registerTypeScript();
  forgetProgramModules(path.dirname(project.entry), programRequire);
  // An error the program throws is caught inside the stack's init, so the runtime sees a finished program and
  // no registration is left failing in the background; it is reported once the stack has settled.
  // A failure is remembered by a flag, not by its value: a program may throw `undefined`.
  let failed: { error: unknown } | undefined;
  phase = "running";
  progress();
  const refusals = collectRefusals();
  const catalogExtensions = collectCatalogExtensions();
  // The SDK records a stack trace on every promise it makes, to name leaked promises; the plan never prints
  // them (it reports what a program threw by its message), and capturing them was a quarter of a plan's time.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    await sdk.runtime.runInPulumiStack(async () => {
      try {
        const mod = programRequire(project.entry) as unknown;
        const exported = typeof mod === "function" ? await (mod as () => unknown)() : mod;
        phase = "outputs";
        progress();
        return (exported ?? {}) as Record<string, unknown>;
      } catch (e) {
        failed ??= { error: e };
        return {};
      }
    });
    phase = "registering";
    progress();
    await sdk.settings.waitForRPCs();
  } catch (e) {
    failed ??= { error: e };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const extensions = catalogExtensions();
  // Components that refused their arguments explain the failure (a crash after a refusal is its consequence).
  const refused = refusals(failed?.error);
  if (refused.length > 0) throw new ProgramRefused(refused);
  if (failed) throw new ProgramError(`the program failed: ${describeThrown(failed.error)}`);
  // A failed registration rejects its resource's URN after the RPCs are done: let that be seen.
  if (pending.size > 0) await new Promise((r) => setImmediate(r));
  if (failures.length > 0) {
    const more = failures.length > 3 ? ` (and ${failures.length - 3} more)` : "";
    throw new ProgramError(
      `the program failed: ${failures.length} resource${failures.length === 1 ? "" : "s"} could not be registered: ${failures.slice(0, 3).join("; ")}${more}`,
    );
  }
  if (pending.size > 0) {
    const names = [...pending.keys()];
    throw new ProgramError(
      `the program finished without registering ${names.length} resource${names.length === 1 ? "" : "s"} it constructed (an input that never resolves?): ${names.slice(0, 5).join(", ")}${names.length > 5 ? ", ..." : ""}`,
    );
  }
  phase = "done";
  progress();
  const timings = { typeCheckMs: checked - started, programMs: performance.now() - checked };
  return { project, stack, resources, outputs: stackOutputs() ?? {}, catalogExtensions: extensions, timings };
}

/** What a program threw, for a message: an Error's message, else the value itself (`undefined` included). */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message || thrown.name;
  if (thrown === undefined) return "it threw undefined (no error object, no message)";
  if (typeof thrown === "string") return thrown;
  try {
    return `it threw ${JSON.stringify(thrown) ?? String(thrown)}`;
  } catch {
    return `it threw ${String(thrown)}`;
  }
}
