import * as path from "node:path";
import { armMocks } from "./arm-mocks";
import { ProgramError, readProject, type PulumiProject } from "./program-project";
import { installRecordingMocks, type RecordedResource } from "./recorder";
import { loadSdkFor } from "./sdk";
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
}

/** Everything a program registered, in registration order, and its stack outputs. */
export interface ProgramRun {
  readonly project: PulumiProject;
  readonly stack: string;
  readonly resources: readonly RecordedResource[];
  readonly outputs: Record<string, unknown>;
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
  if (options.typeCheck ?? true) typeCheckProgram(project.entry);
  const { sdk, require: programRequire } = loadSdkFor(project.dir);
  const config: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.config ?? {}))
    config[k.includes(":") ? k : `${project.name}:${k}`] = v;
  sdk.runtime.setAllConfig(config);
  const mocks = armMocks({ unknownIds: options.preview ?? false });
  const resources = installRecordingMocks(sdk, mocks, project.name, stack);
  if (project.entry.endsWith(".ts")) registerTypeScript();
  forgetProgramModules(path.dirname(project.entry), programRequire);
  // An error the program throws is caught inside the stack's init, so the runtime sees a finished program and
  // no registration is left failing in the background; it is reported once the stack has settled.
  let programError: unknown;
  let outputs: Record<string, unknown> | undefined;
  try {
    outputs = await sdk.runtime.runInPulumiStack(async () => {
      try {
        const mod = programRequire(project.entry) as unknown;
        const exported = typeof mod === "function" ? await (mod as () => unknown)() : mod;
        return (exported ?? {}) as Record<string, unknown>;
      } catch (e) {
        programError = e;
        return {};
      }
    });
    await sdk.settings.waitForRPCs();
  } catch (e) {
    programError ??= e;
  }
  if (programError !== undefined) {
    throw new ProgramError(`the program failed: ${(programError as Error)?.message ?? String(programError)}`);
  }
  return { project, stack, resources, outputs: outputs ?? {} };
}
