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
  /** Packets per second the gateway supports (ErGwScale: per scale unit). */
  readonly packetsPerSecond: number;
  /**
   * Routes the gateway learns at most (from the circuits). Absent for ErGwScale: Learn's versions disagree (60,000
   * and 9,500 per gateway).
   */
  readonly routesLearned?: number;
}

/** ExpressRoute virtual network gateway SKUs. */
export const GATEWAY_SKUS = {
  value: [
    {
      name: "Standard",
      mbps: 1000,
      maxConnections: 4,
      zoneRedundant: false,
      fastPath: false,
      packetsPerSecond: 100_000,
      routesLearned: 4_000,
    },
    {
      name: "ErGw1AZ",
      mbps: 1000,
      maxConnections: 4,
      zoneRedundant: true,
      fastPath: false,
      packetsPerSecond: 100_000,
      routesLearned: 4_000,
    },
    {
      name: "HighPerformance",
      mbps: 2000,
      maxConnections: 8,
      zoneRedundant: false,
      fastPath: false,
      packetsPerSecond: 200_000,
      routesLearned: 9_500,
    },
    {
      name: "ErGw2AZ",
      mbps: 2000,
      maxConnections: 8,
      zoneRedundant: true,
      fastPath: false,
      packetsPerSecond: 200_000,
      routesLearned: 9_500,
    },
    {
      name: "UltraPerformance",
      mbps: 10000,
      maxConnections: 16,
      zoneRedundant: false,
      fastPath: true,
      packetsPerSecond: 1_000_000,
      routesLearned: 9_500,
    },
    {
      name: "ErGw3AZ",
      mbps: 10000,
      maxConnections: 16,
      zoneRedundant: true,
      fastPath: true,
      packetsPerSecond: 1_000_000,
      routesLearned: 9_500,
    },
    {
      name: "ErGwScale",
      mbps: 1000,
      maxConnections: 16,
      zoneRedundant: true,
      fastPath: true,
      packetsPerSecond: 100_000,
    },
  ] as readonly GatewaySku[],
  source: SOURCES.gateways,
};

/**
 * What every ExpressRoute gateway advertises at most: "The maximum number of routes advertised by gateway is 1,000
 * routes" (the gateway performance table of expressroute-about-virtual-network-gateways.md).
 */
export const GATEWAY_ROUTES_ADVERTISED = { value: 1000, source: SOURCES.gateways };

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

/**
 * Azure regions where ErGwScale is not offered (scalable-gateway.md, ms.date 11/06/2025: "ErGwScale is available
 * in most Azure regions except ..."). Dated data: the list shrinks as Microsoft adds capacity.
 */
export const ERGW_SCALE_UNAVAILABLE_REGIONS = {
  value: [
    "belgiumcentral",
    "japaneast",
    "qatarcentral",
    "southeastasia",
    "westeurope",
    "westindia",
    "westus2",
    "southcentralus",
    "eastus2",
  ] as const,
  date: "2025-11-06",
  source: SOURCES.scalableGateway,
};

/** Circuit connections an ErGwScale gateway with this many minimum units accepts. */
export function ergwScaleConnectionLimit(minUnits: number): number {
  let limit = 0;
  for (const row of ERGW_SCALE.connections) if (minUnits >= row.fromUnits) limit = row.connections;
  return limit;
}

/**
 * GatewaySubnet sizes. Azure accepted gateway subnets down to /29 (the article until 2024: "While you can
 * create a gateway subnet as small as /29, we recommend ... /27 or larger"); since 2025 the articles say /27
 * or larger and "Subnets /28 or smaller aren't supported for new deployments" (add-gateway how-to, 07/2025).
 * Existing gateways in a /28 or /29 keep working, so below /27 is advice and below /29 is refused. /26 is
 * required to connect 16 circuits, and for ErGwScale (scalable-gateway how-to: "a subnet that is /26 or larger").
 */
export const GATEWAY_SUBNET = {
  name: "GatewaySubnet",
  /** The smallest subnet Azure ever accepted for a gateway. */
  minPrefixLength: 29,
  /** The size Microsoft recommends, and requires for new deployments. */
  recommendedPrefixLength: 27,
  /** The size 16 circuit connections and ErGwScale need. */
  largePrefixLength: 26,
  /** A dual-stack GatewaySubnet's IPv6 range should be a /64 or larger. */
  ipv6PrefixLength: 64,
  source: SOURCES.gateways,
  newDeploymentsSource: SOURCES.addGateway,
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
