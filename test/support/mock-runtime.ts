import * as pulumi from "@pulumi/pulumi";
import * as rpc from "@pulumi/pulumi/runtime/rpc";
import * as settings from "@pulumi/pulumi/runtime/settings";
import { armMocks } from "../../lib/plan/arm-mocks";
import { installRecordingMocks, type RecordedResource } from "../../lib/plan/recorder";
import { leaveOutVersionAliases, type PulumiSdk } from "../../lib/plan/sdk";

/** A resource as the mock runtime saw it registered. */
export type Registered = RecordedResource & { readonly inputs: Record<string, any> };

/** True when a mock-runtime input value was sent to the engine as a secret. */
export function isSecretInput(v: unknown): boolean {
  return rpc.isRpcSecret(v);
}

/** The plain value of a mock-runtime input, unwrapping a secret. */
export function unwrap(v: any): any {
  return isSecretInput(v) ? v.value : v;
}

/** Installs the library's ARM mocks and records every registered resource. Call once per test file. */
export function recordResources(): Registered[] {
  // As under the plan: azure-native's 60 API-version aliases per resource are left out (no state to carry
  // across type tokens here), which makes each mock resource several times cheaper. A program's own aliases stay.
  leaveOutVersionAliases(require);
  const sdk = { runtime: pulumi.runtime, settings, rpc } as unknown as PulumiSdk;
  return installRecordingMocks(sdk, armMocks(), "test", "dev") as Registered[];
}

/** The value of an Output. */
export function valueOf<T>(o: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => o.apply((v) => resolve(v)));
}

/** Whether an Output is secret. */
export function isSecretOutput(o: pulumi.Output<unknown>): Promise<boolean> {
  return (o as any).isSecret as Promise<boolean>;
}

/** Waits until every Output and child resource a component exposes has resolved, so all are registered. */
export async function settled(component: object): Promise<void> {
  const waits: Promise<unknown>[] = [];
  for (const v of Object.values(component)) {
    if (pulumi.CustomResource.isInstance(v)) waits.push(valueOf(v.id));
    // An Output left unknown in the preview (a circuit's location taken from its resource group) never applies.
    else if (pulumi.Output.isInstance(v))
      waits.push(((v as any).isKnown as Promise<boolean>).then((known) => known && valueOf(v)));
  }
  await Promise.all(waits);
}

/** The recorded resources of one azure-native type whose logical name starts with `prefix`. */
export function ofType(recorded: Registered[], type: string, prefix = ""): Registered[] {
  return recorded.filter((r) => r.type === `azure-native:${type}` && r.name.startsWith(prefix));
}
