import { SOURCES } from "./sources";

/**
 * What Azure changes on a circuit in place, and what it does not (expressroute-howto-circuit-arm.md, "To modify
 * an ExpressRoute circuit": "You cannot reduce the bandwidth of an ExpressRoute circuit without disruption";
 * before disabling Premium, fewer links than Standard's limit and none "in other geopolitical regions", and a
 * private peering route table under 4,000 routes; expressroute-faqs.md): bandwidth only up, billing only from
 * MeteredData to UnlimitedData, Standard to Premium, Premium to Standard only while the circuit has no more
 * links than Standard allows and none outside its geopolitical region, Local to Standard or Premium only with
 * UnlimitedData. The provider, the peering location and the Direct port are fixed for a circuit's life.
 */
export const CIRCUIT_CHANGES = {
  standardLinkLimit: 10,
  /** Routes a Standard circuit's private peering takes: above, the BGP session drops after a downgrade. */
  standardRouteLimit: 4000,
  source: SOURCES.circuitArm,
  faqSource: SOURCES.faqs,
};

/**
 * A Direct port's encapsulation and bandwidth are chosen when it is ordered (expressroute-erdirect-about.md):
 * changing either is a new port.
 */
export const PORT_CHANGES = { fixed: ["encapsulation", "bandwidthInGbps"] as const, source: SOURCES.direct };

/**
 * Gateway SKUs: the availability-zone SKUs (ErGw1AZ, ErGw2AZ, ErGw3AZ, ErGwScale) and the others (Standard,
 * HighPerformance, UltraPerformance) are two families; moving a gateway from one to the other is a migration
 * (gateway-migration.md), not a SKU change in place.
 */
export const GATEWAY_SKU_FAMILIES = {
  zoneRedundant: ["ErGw1AZ", "ErGw2AZ", "ErGw3AZ", "ErGwScale"] as const,
  notZoneRedundant: ["Standard", "HighPerformance", "UltraPerformance"] as const,
  source: SOURCES.gatewayMigration,
};
