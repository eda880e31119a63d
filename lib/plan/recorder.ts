import type { Mocks } from "@pulumi/pulumi/runtime/mocks";
import { aliasUrns } from "./alias-urns";
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
  /** URNs the program says the resource was known by before (its `aliases` option). */
  readonly aliases?: readonly string[];
}

type Callback = (err: unknown, response: any) => void;

/**
 * Installs mocks into the SDK's mock runtime (as a dry run) and wraps its mock monitor so every RegisterResource request is
 * recorded with its parent, dependencies, property dependencies and options. Returns the (growing) list.
 */
type ResourceRuntime = NonNullable<PulumiSdk["resource"]>;
const watchers = new WeakMap<ResourceRuntime, ((event: RegistrationEvent) => void) | undefined>();

/**
 * Sends each registration the program starts to `watch` (the latest watcher of this SDK instance: a plan runs
 * programs one after another). Every resource starts here, before its inputs resolve; one whose inputs never
 * resolve starts and never registers, which is what a plan that does not finish must name.
 */
function watchRegistrations(
  runtime: ResourceRuntime,
  watch: ((e: RegistrationEvent) => void) | undefined,
): void {
  if (!watchers.has(runtime)) {
    const original = runtime.registerResource;
    runtime.registerResource = function (...args: unknown[]) {
      const [type, name] = [String(args[2]), String(args[3])];
      const watch = watchers.get(runtime);
      watch?.({ kind: "started", type, name });
      const result = original.apply(this, args);
      // A registration that fails (an input whose apply throws, inputs that cannot be serialized) rejects the
      // resource's URN; under mocks nothing else says so, and the plan must not pass without the resource.
      const urn = (args[0] as { urn?: { promise?: () => Promise<unknown> } } | undefined)?.urn;
      urn?.promise?.().catch((e: unknown) => watch?.({ kind: "failed", type, name, reason: reasonOf(e) }));
      return result;
    };
  }
  watchers.set(runtime, watch);
}

/** What the recorder tells a watcher: a resource began registering, or its registration completed. */
export interface RegistrationEvent {
  readonly kind: "started" | "registered" | "failed";
  readonly type: string;
  readonly name: string;
  /** Why a registration failed. */
  readonly reason?: string;
}

function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message || e.name : String(e);
}

export function installRecordingMocks(
  sdk: PulumiSdk,
  mocks: Mocks,
  project: string,
  stack: string,
  watch?: (event: RegistrationEvent) => void,
): RecordedResource[] {
  const recorded: RecordedResource[] = [];
  if (sdk.resource) watchRegistrations(sdk.resource, watch);
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
          aliases: aliasUrns(response.getUrn(), req.getAliasesList?.() ?? [], req.getAliasurnsList?.() ?? []),
        });
        watch?.({ kind: "registered", type: req.getType(), name: req.getName() });
      }
      callback(err, response);
    });
  return recorded;
}

/**
 * Records the stack's outputs as the engine receives them (Pulumi's wire form, so a secret output stays marked
 * secret); the returned function gives them once the program has finished.
 */
export function recordStackOutputs(sdk: PulumiSdk): () => Record<string, unknown> | undefined {
  let outputs: Record<string, unknown> | undefined;
  const monitor = sdk.settings.getMonitor() as {
    registerResourceOutputs(req: any, cb: Callback): unknown;
  };
  const register = monitor.registerResourceOutputs.bind(monitor);
  monitor.registerResourceOutputs = (req: any, callback: Callback) => {
    if (String(req.getUrn()).includes("::pulumi:pulumi:Stack::"))
      outputs = (req.getOutputs()?.toJavaScript() ?? {}) as Record<string, unknown>;
    return register(req, callback);
  };
  return () => outputs;
}
