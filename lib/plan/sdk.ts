import { createRequire } from "node:module";
import * as path from "node:path";

/** The parts of a `@pulumi/pulumi` installation the plan drives. */
export interface PulumiSdk {
  readonly runtime: {
    setMocks(mocks: unknown, project?: string, stack?: string, preview?: boolean): Promise<void>;
    setAllConfig(config: Record<string, string>, secretKeys?: string[]): void;
    runInPulumiStack(
      init: () => Promise<Record<string, unknown> | undefined>,
    ): Promise<Record<string, unknown> | undefined>;
  };
  readonly settings: { getMonitor(): unknown; waitForRPCs(): Promise<void> };
  readonly rpc: { deserializeProperties(struct: unknown, keepUnknowns?: boolean): Record<string, unknown> };
  /** The runtime module every resource registers through (its export is called at each registration). */
  readonly resource?: { registerResource(...args: unknown[]): unknown };
}

/**
 * Loads the `@pulumi/pulumi` a program resolves from its own directory, so the mocks are installed in the
 * very SDK instance the program registers its resources with.
 */
export function loadSdkFor(programDir: string): { sdk: PulumiSdk; require: NodeRequire } {
  const req = createRequire(path.join(path.resolve(programDir), "__expressroute_plan__.js"));
  const sdk: PulumiSdk = {
    runtime: {
      ...req("@pulumi/pulumi/runtime/mocks"),
      ...req("@pulumi/pulumi/runtime/config"),
      ...req("@pulumi/pulumi/runtime/stack"),
    },
    settings: req("@pulumi/pulumi/runtime/settings"),
    rpc: req("@pulumi/pulumi/runtime/rpc"),
    resource: req("@pulumi/pulumi/runtime/resource"),
  };
  return { sdk, require: req };
}

const PATCHED = Symbol.for("pulumi-expressroute.plan.version-aliases");

/** An alias azure-native adds for one of its API versions' type tokens (`azure-native:network/v20230201:...`). */
function isVersionAlias(alias: unknown): boolean {
  if (typeof alias !== "object" || alias === null) return false;
  const keys = Object.keys(alias);
  const type = (alias as { type?: unknown }).type;
  return keys.length === 1 && typeof type === "string" && /^azure-native:[^:/]+\/v[^:]+:/.test(type);
}

/**
 * Makes the program's SDK leave out the aliases azure-native gives every resource for each of its API
 * versions (60 on a circuit). The engine uses them to carry state across type tokens, which a plan has no
 * state for; the SDK turns each into a chain of outputs, and they were most of a plan's memory and time (a
 * plan of 100 raw circuits: 670 MB and 2.0 s with them, 230 MB and 0.3 s without). Aliases the program
 * gives its resources itself are kept.
 */
export function leaveOutVersionAliases(programRequire: NodeRequire): void {
  const resource = programRequire("@pulumi/pulumi/resource") as Record<string | symbol, unknown>;
  const index = programRequire("@pulumi/pulumi") as Record<string | symbol, unknown>;
  if (resource[PATCHED]) return;
  const merge = resource.mergeOptions as (a: unknown, b: unknown) => unknown;
  const mergeOptions = (a: unknown, b: unknown) => {
    const aliases = (b as { aliases?: unknown } | undefined)?.aliases;
    const onlyVersions = Array.isArray(aliases) && aliases.length > 0 && aliases.every(isVersionAlias);
    return merge(a, onlyVersions ? { ...(b as object), aliases: undefined } : b);
  };
  // azure-native calls it through the package's index, which holds its own copy of the export.
  resource.mergeOptions = mergeOptions;
  index.mergeOptions = mergeOptions;
  resource[PATCHED] = true;
}
