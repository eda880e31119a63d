import { SOURCES, type FactSource } from "./sources";

/** The gateway migration article: non-AZ gateway SKUs move to AZ ones by migration, not by a SKU change. */
const GATEWAY_MIGRATION: FactSource = {
  article: "gateway-migration.md",
  url: "https://learn.microsoft.com/azure/expressroute/gateway-migration",
};

/**
 * What Azure changes on a circuit in place, and what it does not (expressroute-circuit-peerings.md, "Changes
 * in place"; expressroute-faqs.md): bandwidth only up (a lower bandwidth is a new circuit), billing only from
 * MeteredData to UnlimitedData, Standard to Premium, Premium to Standard only while the circuit has no more
 * links than Standard allows and none outside its geopolitical region, Local to Standard or Premium only with
 * UnlimitedData. The provider, the peering location and the Direct port are fixed for a circuit's life.
 */
export const CIRCUIT_CHANGES = {
  standardLinkLimit: 10,
  source: SOURCES.circuitPeerings,
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
  source: GATEWAY_MIGRATION,
};
