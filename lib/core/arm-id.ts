/**
 * ARM ids of the resources the rules follow. `type` is the path under `Microsoft.Network/` up to the resource's
 * own name: `expressRouteCircuits`, or `virtualNetworks/[^/]+/subnets` for a subnet. ARM compares ids without
 * regard to case.
 */
export function armIdPattern(type: string): RegExp {
  return new RegExp(
    `^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.Network/${type}/[^/]+/?$`,
    "i",
  );
}

/** Whether `value` is the ARM id of a resource of `type` (see {@link armIdPattern}). */
export function isArmId(value: string, type: string): boolean {
  return armIdPattern(type).test(value);
}

/** How such an id is written, for messages: `/subscriptions/<id>/.../virtualNetworks/<name>/subnets/<name>`. */
export function armIdShape(type: string): string {
  return `/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/${type.replace(/\[\^\/\]\+/g, "<name>")}/<name>`;
}

/** The id types of the references the rules follow. */
export const ARM_TYPES = {
  circuit: { type: "expressRouteCircuits", what: "an ExpressRoute circuit" },
  port: { type: "expressRoutePorts", what: "an ExpressRoute Direct port" },
  gateway: { type: "virtualNetworkGateways", what: "a virtual network gateway" },
  subnet: { type: "virtualNetworks/[^/]+/subnets", what: "a VNet's subnet" },
  routeFilter: { type: "routeFilters", what: "a route filter" },
  virtualWan: { type: "virtualWans", what: "a Virtual WAN" },
  virtualHub: { type: "virtualHubs", what: "a Virtual WAN hub" },
  peering: { type: "expressRouteCircuits/[^/]+/peerings", what: "an ExpressRoute circuit's peering" },
} as const;
