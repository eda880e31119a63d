/** How an azure-native resource type maps to an ARM id: its provider and the input naming each segment. */
export interface ArmShape {
  readonly provider: string;
  /** [collection, input naming the item] from outermost to innermost. */
  readonly segments: readonly (readonly [string, string])[];
}

const NETWORK = "Microsoft.Network";

/** ARM id shapes of the resource types this library reads, keyed by `module:Type`. */
export const ARM_SHAPES: Readonly<Record<string, ArmShape>> = {
  "network:ExpressRouteCircuit": { provider: NETWORK, segments: [["expressRouteCircuits", "circuitName"]] },
  "network:ExpressRouteCircuitPeering": {
    provider: NETWORK,
    segments: [
      ["expressRouteCircuits", "circuitName"],
      ["peerings", "peeringName"],
    ],
  },
  "network:ExpressRouteCircuitAuthorization": {
    provider: NETWORK,
    segments: [
      ["expressRouteCircuits", "circuitName"],
      ["authorizations", "authorizationName"],
    ],
  },
  "network:ExpressRouteCircuitConnection": {
    provider: NETWORK,
    segments: [
      ["expressRouteCircuits", "circuitName"],
      ["peerings", "peeringName"],
      ["connections", "connectionName"],
    ],
  },
  "network:ExpressRoutePort": {
    provider: NETWORK,
    segments: [["expressRoutePorts", "expressRoutePortName"]],
  },
  "network:ExpressRoutePortAuthorization": {
    provider: NETWORK,
    segments: [
      ["expressRoutePorts", "expressRoutePortName"],
      ["authorizations", "authorizationName"],
    ],
  },
  "network:RouteFilter": { provider: NETWORK, segments: [["routeFilters", "routeFilterName"]] },
  "network:VirtualNetwork": { provider: NETWORK, segments: [["virtualNetworks", "virtualNetworkName"]] },
  "network:Subnet": {
    provider: NETWORK,
    segments: [
      ["virtualNetworks", "virtualNetworkName"],
      ["subnets", "subnetName"],
    ],
  },
  "network:PublicIPAddress": { provider: NETWORK, segments: [["publicIPAddresses", "publicIpAddressName"]] },
  "network:VirtualNetworkGateway": {
    provider: NETWORK,
    segments: [["virtualNetworkGateways", "virtualNetworkGatewayName"]],
  },
  "network:VirtualNetworkGatewayConnection": {
    provider: NETWORK,
    segments: [["connections", "virtualNetworkGatewayConnectionName"]],
  },
  "network:VirtualWan": { provider: NETWORK, segments: [["virtualWans", "virtualWANName"]] },
  "network:VirtualHub": { provider: NETWORK, segments: [["virtualHubs", "virtualHubName"]] },
  "network:ExpressRouteGateway": {
    provider: NETWORK,
    segments: [["expressRouteGateways", "expressRouteGatewayName"]],
  },
  "network:ExpressRouteConnection": {
    provider: NETWORK,
    segments: [
      ["expressRouteGateways", "expressRouteGatewayName"],
      ["expressRouteConnections", "connectionName"],
    ],
  },
  "managedidentity:UserAssignedIdentity": {
    provider: "Microsoft.ManagedIdentity",
    segments: [["userAssignedIdentities", "resourceName"]],
  },
};

/** `module:Type` of an azure-native type token, without an API-version suffix (`network/v20240501` → `network`). */
export function azureNativeKind(type: string): string | undefined {
  const m = /^azure-native:([a-z0-9]+)(?:\/v[0-9a-z]+)?:([A-Za-z0-9]+)$/.exec(type);
  return m ? `${m[1]}:${m[2]}` : undefined;
}

/**
 * The ARM path segments of a resource (`expressRouteCircuits/er-a/peerings/AzurePrivatePeering`) from its name
 * inputs; the innermost one falls back to the logical name, an outer missing one to `missing(input)`.
 */
export function armSegments(
  shape: ArmShape,
  inputs: Readonly<Record<string, unknown>>,
  logicalName: string,
  missing: (input: string) => string,
): string {
  return shape.segments
    .map(([collection, input], i) => {
      const v = inputs[input];
      const last = i === shape.segments.length - 1;
      return `${collection}/${typeof v === "string" ? v : last ? logicalName : missing(input)}`;
    })
    .join("/");
}
