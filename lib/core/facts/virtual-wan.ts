import { SOURCES } from "./sources";

/**
 * Virtual WAN types. Only a Standard Virtual WAN (with Standard hubs) carries ExpressRoute: "Basic virtual WANs
 * can only contain Basic hubs. Basic hubs can only be used for site-to-site connections"
 * (virtual-wan-expressroute-portal.md, 12/2024). A Basic WAN upgrades to Standard in place, never back. ARM
 * declares `type` (and a hub's `sku`) as free strings; the service checks them.
 */
export const VIRTUAL_WAN_TYPES = {
  value: ["Standard", "Basic"] as const,
  /** The type that supports ExpressRoute. */
  expressRoute: "Standard",
  source: SOURCES.virtualWanExpressRoutePortal,
};

/**
 * A hub ExpressRoute gateway's scale units: "One scale unit = 2 Gbps with support up to 10 scale units = 20
 * Gbps" (virtual-wan-expressroute-about.md, 03/2025). The ErGwScale figures (up to 40 units) are for virtual
 * network gateways, not hubs. "Scale unit 1, during a maintenance operation, may see a slight variation in
 * throughput numbers" (the same article's performance table). ARM puts no bounds on `bounds.min`/`max`, and no
 * article says max must be at least min.
 */
export const HUB_GATEWAY_SCALE = {
  minUnits: 1,
  maxUnits: 10,
  gbpsPerUnit: 2,
  /** The smallest gateway that keeps its throughput during maintenance. */
  steadyMinUnits: 2,
  source: SOURCES.virtualWanExpressRoute,
};

/**
 * Circuits per Virtual WAN hub: "Maximum number of circuits in the same peering location connected to the same
 * virtual hub: 4", "... in different peering locations ...: 8", "regardless of the number of ExpressRoute
 * gateway scale units deployed" (virtual-wan-expressroute-about.md, 03/2025; the Virtual WAN limits also say 8
 * circuit connections per hub).
 */
export const HUB_CIRCUIT_LIMITS = {
  perPeeringLocation: 4,
  total: 8,
  source: SOURCES.virtualWanExpressRoute,
};

/**
 * A hub's address space: "The minimum address space is /24 to create a hub" (virtual-wan-expressroute-portal.md,
 * 12/2024); the FAQ recommends /23.
 */
export const HUB_ADDRESS_PREFIX = {
  maxPrefixLength: 24,
  source: SOURCES.virtualWanExpressRoutePortal,
};

/**
 * FastPath in Virtual WAN "is enabled by default for ExpressRoute direct circuits connected to Virtual WAN
 * ExpressRoute Gateways deployed with a minimum of 5 scale units. No additional configuration is required"
 * (virtual-wan-expressroute-about.md; the ExpressRoute FAQ, 03/2026, says the same).
 */
export const HUB_FAST_PATH = {
  minUnits: 5,
  needsDirect: true,
  source: SOURCES.virtualWanExpressRoute,
};
