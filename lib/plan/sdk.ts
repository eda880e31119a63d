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
