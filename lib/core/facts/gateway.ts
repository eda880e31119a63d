import { SOURCES } from "./sources";

/** One ExpressRoute gateway SKU. */
export interface GatewaySku {
  readonly name: string;
  /** Throughput in Mbps (per scale unit for ErGwScale). */
  readonly mbps: number;
  /** Circuit connections the gateway accepts (ErGwScale: see {@link ergwScaleConnectionLimit}). */
  readonly maxConnections: number;
  readonly zoneRedundant: boolean;
  /** Whether FastPath (expressRouteGatewayBypass) is supported (ErGwScale: with at least 10 units). */
  readonly fastPath: boolean;
}

/** ExpressRoute virtual network gateway SKUs. */
export const GATEWAY_SKUS = {
  value: [
    { name: "Standard", mbps: 1000, maxConnections: 4, zoneRedundant: false, fastPath: false },
    { name: "ErGw1AZ", mbps: 1000, maxConnections: 4, zoneRedundant: true, fastPath: false },
    { name: "HighPerformance", mbps: 2000, maxConnections: 8, zoneRedundant: false, fastPath: false },
    { name: "ErGw2AZ", mbps: 2000, maxConnections: 8, zoneRedundant: true, fastPath: false },
    { name: "UltraPerformance", mbps: 10000, maxConnections: 16, zoneRedundant: false, fastPath: true },
    { name: "ErGw3AZ", mbps: 10000, maxConnections: 16, zoneRedundant: true, fastPath: true },
    { name: "ErGwScale", mbps: 1000, maxConnections: 16, zoneRedundant: true, fastPath: true },
  ] as readonly GatewaySku[],
  source: SOURCES.gateways,
};

/** Finds a gateway SKU by name. */
export function gatewaySku(name: string): GatewaySku | undefined {
  return GATEWAY_SKUS.value.find((s) => s.name === name);
}

/** ErGwScale autoscale bounds and what the minimum unit count unlocks. */
export const ERGW_SCALE = {
  minUnits: 1,
  maxUnits: 40,
  /** Autoscaling (min below max) needs at least this many minimum units. */
  autoscaleMinUnits: 2,
  /** Connections by minimum scale units: the last row whose `fromUnits` the minimum reaches. */
  connections: [
    { fromUnits: 1, connections: 4 },
    { fromUnits: 2, connections: 8 },
    { fromUnits: 10, connections: 16 },
  ] as const,
  /** FastPath needs at least this many minimum units. */
  fastPathMinUnits: 10,
  source: SOURCES.scalableGateway,
};

/** Circuit connections an ErGwScale gateway with this many minimum units accepts. */
export function ergwScaleConnectionLimit(minUnits: number): number {
  let limit = 0;
  for (const row of ERGW_SCALE.connections) if (minUnits >= row.fromUnits) limit = row.connections;
  return limit;
}

/** GatewaySubnet sizes: /27 or larger; /26 or larger for 16 circuit connections or ErGwScale. */
export const GATEWAY_SUBNET = {
  name: "GatewaySubnet",
  maxPrefixLength: 27,
  largePrefixLength: 26,
  source: SOURCES.gateways,
};

/** Routing weight of a gateway connection. */
export const ROUTING_WEIGHT = { min: 0, max: 32000, source: SOURCES.gateways };

/** FastPath and Private Link FastPath requirements. */
export const FAST_PATH = {
  /** Private Link FastPath needs FastPath on, over an ExpressRoute Direct circuit. */
  privateLinkNeedsDirect: true,
  source: SOURCES.fastPath,
};

/** Resiliency: maximum resiliency needs circuits at this many distinct peering locations (metros). */
export const RESILIENCY = { maximumPeeringLocations: 2, source: SOURCES.resiliency };
