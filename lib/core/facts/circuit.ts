import { SOURCES } from "./sources";

/** Circuit SKU tiers a new circuit may use. `Basic` is a legacy API value and is rejected. */
export const SKU_TIERS = {
  value: ["Local", "Standard", "Premium"] as const,
  retired: ["Basic"] as const,
  source: SOURCES.circuitArm,
};
export type SkuTier = (typeof SKU_TIERS.value)[number];

/** Circuit SKU families (billing models). */
export const SKU_FAMILIES = {
  value: ["MeteredData", "UnlimitedData"] as const,
  source: SOURCES.circuitArm,
};
export type SkuFamily = (typeof SKU_FAMILIES.value)[number];

/**
 * An ExpressRoute Direct circuit (any tier, Local included) is created MeteredData: "SkuFamily must be
 * MeteredData only. Unlimited isn't supported on ExpressRoute Direct" (Direct how-to, 07/2025); its other tabs
 * add that an existing circuit can then be changed to UnlimitedData, one way.
 */
export const DIRECT_CIRCUIT_FAMILY = {
  atCreation: "MeteredData" as const,
  source: SOURCES.directPortal,
};

/** A Local circuit from a provider is always billed UnlimitedData; no Local circuit can use Global Reach. */
export const LOCAL_TIER = {
  family: "UnlimitedData" as SkuFamily,
  source: SOURCES.faqs,
};

/** Bandwidths (Mbps) that providers offer for provider circuits (`serviceProviderProperties.bandwidthInMbps`). */
export const PROVIDER_BANDWIDTHS_MBPS = {
  value: [50, 100, 200, 500, 1000, 2000, 5000, 10000] as const,
  source: SOURCES.circuitPeerings,
};
export type ProviderBandwidthMbps = (typeof PROVIDER_BANDWIDTHS_MBPS.value)[number];

/** ExpressRoute Direct port speeds (Gbps); 400 Gbps ports are available by enrolment. */
export const DIRECT_PORT_BANDWIDTHS_GBPS = {
  value: [10, 100, 400] as const,
  enrolmentOnly: [400] as const,
  source: SOURCES.direct,
};
export type DirectPortBandwidthGbps = (typeof DIRECT_PORT_BANDWIDTHS_GBPS.value)[number];

/** Circuit bandwidths (Gbps) that can be carved from an ExpressRoute Direct port, by port speed. */
export const DIRECT_CIRCUIT_BANDWIDTHS_GBPS = {
  value: {
    10: [1, 2, 5, 10],
    100: [5, 10, 40, 100],
    400: [5, 10, 40, 100, 200, 400],
  } as Readonly<Record<DirectPortBandwidthGbps, readonly number[]>>,
  source: SOURCES.direct,
};

/** A circuit bandwidth (Gbps) some Direct port speed offers; which ones a port offers is checked by its rule. */
export type DirectCircuitBandwidthGbps = 1 | 2 | 5 | 10 | 40 | 100 | 200 | 400;

/** Encapsulations of an ExpressRoute Direct port (immutable after creation). */
export const DIRECT_ENCAPSULATIONS = { value: ["Dot1Q", "QinQ"] as const, source: SOURCES.direct };
export type DirectEncapsulation = (typeof DIRECT_ENCAPSULATIONS.value)[number];

/**
 * Admin states of a Direct port's links. A new port's links are Disabled until the cross-connects exist and
 * are enabled for the Layer-1 test; circuits carry traffic only over enabled links.
 */
export const PORT_LINK_ADMIN_STATES = ["Enabled", "Disabled"] as const;

/** MACsec ciphers of an ExpressRoute Direct port; the XPN ciphers are recommended. */
export const MACSEC_CIPHERS = {
  value: ["GcmAes128", "GcmAes256", "GcmAesXpn128", "GcmAesXpn256"] as const,
  recommended: ["GcmAesXpn128", "GcmAesXpn256"] as const,
  source: SOURCES.macsec,
};
export type MacSecCipher = (typeof MACSEC_CIPHERS.value)[number];

/**
 * Maximum VNet links per circuit by circuit bandwidth (Mbps); Global Reach connections count against the same
 * limit. Rows are lower bounds: a bandwidth uses the last row whose `fromMbps` it reaches.
 */
export const VNET_LINK_LIMITS = {
  value: [
    { fromMbps: 50, standard: 10, premium: 20 },
    { fromMbps: 100, standard: 10, premium: 25 },
    { fromMbps: 500, standard: 10, premium: 40 },
    { fromMbps: 1000, standard: 10, premium: 50 },
    { fromMbps: 2000, standard: 10, premium: 60 },
    { fromMbps: 5000, standard: 10, premium: 75 },
    { fromMbps: 10000, standard: 10, premium: 100 },
  ] as const,
  source: SOURCES.faqs,
};

/** The VNet-link limit (VNet links plus Global Reach connections) of a circuit of this tier and bandwidth. */
export function vnetLinkLimit(tier: SkuTier, bandwidthMbps: number): number {
  const rows = VNET_LINK_LIMITS.value;
  let row: (typeof rows)[number] = rows[0];
  for (const r of rows) if (bandwidthMbps >= r.fromMbps) row = r;
  return tier === "Premium" ? row.premium : row.standard;
}

/** Routes the private peering accepts before the BGP session drops, by tier. */
export const PRIVATE_PEERING_ROUTE_LIMITS = {
  value: { ipv4: { Local: 4000, Standard: 4000, Premium: 10000 }, ipv6: 100 },
  source: SOURCES.routing,
};

/** Circuits per subscription, per region, and per VNet from one peering location. */
export const CIRCUIT_LIMITS = {
  value: {
    perSubscription: 50,
    perRegionPerSubscription: 10,
    perVnetSamePeeringLocation: 4,
    perVnetDifferentLocations: 16,
  },
  source: SOURCES.faqs,
  /** The subscription limits' own source ("50 (Submit a support request to increase limit)"). */
  subscriptionSource: SOURCES.limits,
};

/** "An authorization is valid for only one connection"; each connection redeems its own. */
export const AUTHORIZATION = { connectionsPerAuthorization: 1, source: SOURCES.linkVnet };

/**
 * How many authorizations a circuit takes. Az.Network's reference says "The owner of an ExpressRoute circuit
 * can create as many as 10 authorizations for each circuit", and the FAQ raises the number of subscriptions a
 * circuit can be shared with by Premium: each authorization is redeemed by one connection, so a circuit holds
 * at most as many authorizations as it accepts connections (`vnetLinkLimit`, 10 on Standard and Local).
 */
export const AUTHORIZATION_LIMIT = {
  value: "the circuit's connection limit (vnetLinkLimit)",
  source: SOURCES.authorizationCmdlet,
  linkLimitSource: SOURCES.faqs,
};
