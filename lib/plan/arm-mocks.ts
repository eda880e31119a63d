import type * as pulumi from "@pulumi/pulumi";
import { armId, azureName, stableGuid } from "./arm-ids";

/** Outputs Azure computes for some resource types, added to the echoed inputs. */
function computedOutputs(type: string, name: string, id: string): Record<string, unknown> {
  switch (type) {
    case "azure-native:network:ExpressRouteCircuit":
      return {
        serviceKey: stableGuid(`service-key:${id}`),
        serviceProviderProvisioningState: "NotProvisioned",
        circuitProvisioningState: "Enabled",
      };
    case "azure-native:network:ExpressRouteCircuitAuthorization":
    case "azure-native:network:ExpressRoutePortAuthorization":
      return { authorizationKey: stableGuid(`authorization-key:${id}`), authorizationUseStatus: "Available" };
    case "azure-native:network:ExpressRouteCircuitPeering":
      return { azureASN: 12076, state: "Enabled" };
    case "azure-native:managedidentity:UserAssignedIdentity":
      return { principalId: stableGuid(`principal:${id}`), clientId: stableGuid(`client:${id}`) };
    default:
      return { etag: `W/"${stableGuid(name)}"` };
  }
}

/** Options of {@link armMocks}. */
export interface ArmMocksOptions {
  /**
   * Behave like a preview of new resources: ids and computed outputs are unknown, inputs echo back.
   * @default false
   */
  readonly unknownIds?: boolean;
}

/**
 * Mocks for `pulumi.runtime.setMocks` that behave like Azure as far as a plan needs: every resource gets a
 * realistic ARM id, echoes its inputs as outputs, and gets the outputs Azure computes (service keys,
 * authorization keys, provisioning states). Nothing reaches Azure.
 */
export function armMocks(options: ArmMocksOptions = {}): pulumi.runtime.Mocks {
  return {
    newResource(args: pulumi.runtime.MockResourceArgs): {
      id: string | undefined;
      state: Record<string, unknown>;
    } {
      if (options.unknownIds) return { id: undefined, state: args.inputs };
      if (!args.type.startsWith("azure-native:")) {
        return { id: args.custom === false ? undefined : `${args.name}-id`, state: args.inputs };
      }
      const id = armId(args.type, args.name, args.inputs);
      return {
        id,
        state: {
          ...args.inputs,
          name: azureName(args.type, args.name, args.inputs),
          provisioningState: "Succeeded",
          ...computedOutputs(args.type, args.name, id),
        },
      };
    },
    call(args: pulumi.runtime.MockCallArgs): Record<string, unknown> {
      return args.inputs;
    },
  };
}
