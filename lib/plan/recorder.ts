import * as pulumi from "@pulumi/pulumi";
import { deserializeProperties } from "@pulumi/pulumi/runtime/rpc";
import { getMonitor } from "@pulumi/pulumi/runtime/settings";

/** One resource the program registered, as the engine would have seen it. */
export interface RecordedResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  /** URN of the parent, or undefined for the stack itself. */
  readonly parent?: string;
  /** True for a resource managed by a provider; false for components and the stack. */
  readonly custom: boolean;
  readonly protect: boolean;
  /** Inputs as sent to the engine (secrets as Pulumi's secret wrapper, unknowns as `unknownValue`). */
  readonly inputs: Record<string, unknown>;
  /** URNs this resource depends on. */
  readonly dependencies: readonly string[];
  /** For each input property, the URNs its value came from. */
  readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
  readonly additionalSecretOutputs: readonly string[];
  /** The id the mocks gave it (custom resources only). */
  id?: string;
}

type Callback = (err: unknown, response: any) => void;

/**
 * Installs the given mocks into `@pulumi/pulumi`'s mock runtime and wraps its mock monitor so every
 * RegisterResource request is recorded with its parent, dependencies, property dependencies and options.
 * Returns the (growing) list of recorded resources.
 */
export function installRecordingMocks(
  mocks: pulumi.runtime.Mocks,
  project: string,
  stack: string,
  preview = false,
): RecordedResource[] {
  const recorded: RecordedResource[] = [];
  pulumi.runtime.setMocks(mocks, project, stack, preview);
  const monitor = getMonitor() as unknown as { registerResource(req: any, cb: Callback): Promise<void> };
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req: any, callback: Callback) =>
    register(req, (err, response) => {
      if (!err && response) {
        const propertyDependencies: Record<string, string[]> = {};
        req.getPropertydependenciesMap().forEach((deps: any, key: string) => {
          propertyDependencies[key] = deps.getUrnsList();
        });
        recorded.push({
          urn: response.getUrn(),
          type: req.getType(),
          name: req.getName(),
          parent: req.getParent() || undefined,
          custom: req.getCustom(),
          protect: Boolean(req.getProtect()),
          inputs: deserializeProperties(req.getObject(), true),
          dependencies: req.getDependenciesList(),
          propertyDependencies,
          additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
          id: response.getId() || undefined,
        });
      }
      callback(err, response);
    });
  return recorded;
}
