import type { Mocks } from "@pulumi/pulumi/runtime/mocks";
import type { PulumiSdk } from "./sdk";

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
  /** Inputs, deserialized (secrets as Pulumi's secret wrapper, unknown values as undefined). */
  readonly inputs: Record<string, unknown>;
  /** Inputs exactly as serialized for the engine (secrets and unknowns in Pulumi's wire form). */
  readonly serializedInputs: Record<string, unknown>;
  /** URNs this resource depends on. */
  readonly dependencies: readonly string[];
  /** For each input property, the URNs its value came from. */
  readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
  readonly additionalSecretOutputs: readonly string[];
  /** The provider reference, when the resource names one. */
  readonly provider?: string;
  /** The id the mocks gave it (custom resources only; undefined when unknown). */
  readonly id?: string;
}

type Callback = (err: unknown, response: any) => void;

/**
 * Installs mocks into the SDK's mock runtime (as a dry run) and wraps its mock monitor so every RegisterResource request is
 * recorded with its parent, dependencies, property dependencies and options. Returns the (growing) list.
 */
export function installRecordingMocks(
  sdk: PulumiSdk,
  mocks: Mocks,
  project: string,
  stack: string,
): RecordedResource[] {
  const recorded: RecordedResource[] = [];
  // A plan is a preview: the SDK runs as a dry run, so an output the mocks do not know (a property another
  // provider computes, such as an AVS private cloud's circuit id) is unknown, as in `pulumi preview`, and
  // never a known `undefined` that a policy would take for a missing value. What the mocks return (ids,
  // echoed inputs, computed keys) stays known.
  void sdk.runtime.setMocks(mocks, project, stack, true);
  const monitor = sdk.settings.getMonitor() as { registerResource(req: any, cb: Callback): Promise<void> };
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
          inputs: sdk.rpc.deserializeProperties(req.getObject()),
          serializedInputs: req.getObject()?.toJavaScript() ?? {},
          dependencies: req.getDependenciesList(),
          propertyDependencies,
          additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
          provider: req.getProvider() || undefined,
          id: response.getId() || undefined,
        });
      }
      callback(err, response);
    });
  return recorded;
}
