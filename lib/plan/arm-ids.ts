import { createHash } from "node:crypto";

/** The subscription every mocked ARM id lives in. */
export const MOCK_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";

/** A GUID derived from text, so mocked keys are stable from run to run. */
export function stableGuid(text: string): string {
  const h = createHash("sha1").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** How an azure-native type maps to an ARM id: its provider path and the input holding each name segment. */
interface ArmShape {
  readonly provider: string;
  /** [collection, input naming the item] from outermost to innermost. */
  readonly segments: readonly (readonly [string, string])[];
}

const SHAPES: Record<string, ArmShape> = {
  "network:ExpressRouteCircuit": {
    provider: "Microsoft.Network",
    segments: [["expressRouteCircuits", "circuitName"]],
  },
  "network:ExpressRouteCircuitPeering": {
    provider: "Microsoft.Network",
    segments: [
      ["expressRouteCircuits", "circuitName"],
      ["peerings", "peeringName"],
    ],
  },
  "network:ExpressRouteCircuitAuthorization": {
    provider: "Microsoft.Network",
    segments: [
      ["expressRouteCircuits", "circuitName"],
      ["authorizations", "authorizationName"],
    ],
  },
  "network:ExpressRouteCircuitConnection": {
    provider: "Microsoft.Network",
    segments: [
      ["expressRouteCircuits", "circuitName"],
      ["peerings", "peeringName"],
      ["connections", "connectionName"],
    ],
  },
  "network:ExpressRoutePort": {
    provider: "Microsoft.Network",
    segments: [["expressRoutePorts", "expressRoutePortName"]],
  },
  "network:ExpressRoutePortAuthorization": {
    provider: "Microsoft.Network",
    segments: [
      ["expressRoutePorts", "expressRoutePortName"],
      ["authorizations", "authorizationName"],
    ],
  },
  "network:RouteFilter": { provider: "Microsoft.Network", segments: [["routeFilters", "routeFilterName"]] },
  "network:VirtualNetwork": {
    provider: "Microsoft.Network",
    segments: [["virtualNetworks", "virtualNetworkName"]],
  },
  "network:Subnet": {
    provider: "Microsoft.Network",
    segments: [
      ["virtualNetworks", "virtualNetworkName"],
      ["subnets", "subnetName"],
    ],
  },
  "network:PublicIPAddress": {
    provider: "Microsoft.Network",
    segments: [["publicIPAddresses", "publicIpAddressName"]],
  },
  "network:VirtualNetworkGateway": {
    provider: "Microsoft.Network",
    segments: [["virtualNetworkGateways", "virtualNetworkGatewayName"]],
  },
  "network:VirtualNetworkGatewayConnection": {
    provider: "Microsoft.Network",
    segments: [["connections", "virtualNetworkGatewayConnectionName"]],
  },
  "managedidentity:UserAssignedIdentity": {
    provider: "Microsoft.ManagedIdentity",
    segments: [["userAssignedIdentities", "resourceName"]],
  },
};

/**
 * A realistic ARM id for an azure-native resource registered under the mock runtime, built from its name
 * inputs (`circuitName`, `peeringName`, ...) or, failing those, its logical name.
 */
export function armId(type: string, name: string, inputs: Record<string, unknown>): string {
  const [, mod, typeName] = type.split(":");
  const rg = typeof inputs.resourceGroupName === "string" ? inputs.resourceGroupName : "rg";
  const sub = `/subscriptions/${MOCK_SUBSCRIPTION}`;
  if (type === "azure-native:resources:ResourceGroup")
    return `${sub}/resourceGroups/${inputs.resourceGroupName ?? name}`;
  const shape = SHAPES[`${mod}:${typeName}`] ?? {
    provider: `Microsoft.${mod.charAt(0).toUpperCase()}${mod.slice(1)}`,
    segments: [[`${typeName.charAt(0).toLowerCase()}${typeName.slice(1)}s`, ""]],
  };
  const parts = shape.segments.map(([collection, input], i) => {
    const last = i === shape.segments.length - 1;
    const value = typeof inputs[input] === "string" ? (inputs[input] as string) : last ? name : input;
    return `${collection}/${value}`;
  });
  return `${sub}/resourceGroups/${rg}/providers/${shape.provider}/${parts.join("/")}`;
}

/** The Azure name a resource would get: its explicit name input, or the logical name. */
export function azureName(type: string, name: string, inputs: Record<string, unknown>): string {
  const [, mod, typeName] = type.split(":");
  const segments = SHAPES[`${mod}:${typeName}`]?.segments;
  const input = segments?.[segments.length - 1][1];
  if (type === "azure-native:resources:ResourceGroup" && typeof inputs.resourceGroupName === "string") {
    return inputs.resourceGroupName;
  }
  return input && typeof inputs[input] === "string" ? (inputs[input] as string) : name;
}
