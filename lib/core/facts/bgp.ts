import { SOURCES } from "./sources";

/** Peering types a new circuit may configure. `AzurePublicPeering` is retired for new circuits. */
export const PEERING_TYPES = {
  value: ["AzurePrivatePeering", "MicrosoftPeering"] as const,
  retired: ["AzurePublicPeering"] as const,
  source: SOURCES.routing,
};
export type PeeringType = (typeof PEERING_TYPES.value)[number];

/** Each BGP link takes one aligned /30 (IPv4) or /126 (IPv6); a /29 (/125) holds both links. */
export const LINK_PREFIX_LENGTH = { value: { 4: 30, 6: 126 } as const, source: SOURCES.routing };
export const PAIR_PREFIX_LENGTH = { value: { 4: 29, 6: 125 } as const, source: SOURCES.routing };

/** Microsoft's ASN on every ExpressRoute BGP session. */
export const MICROSOFT_ASN = { value: 12076, source: SOURCES.routing };

/** ASNs a customer may not use as peer ASN: Azure's own, Azure-reserved and IANA-reserved. */
export const RESERVED_ASNS = {
  value: [
    { from: 0, to: 0, why: "reserved by IANA (RFC 7607)" },
    { from: 8074, to: 8075, why: "used by Azure" },
    { from: 12076, to: 12076, why: "Microsoft's ExpressRoute ASN" },
    { from: 23456, to: 23456, why: "reserved by IANA (AS_TRANS)" },
    { from: 64496, to: 64511, why: "reserved by IANA for documentation" },
    { from: 65515, to: 65520, why: "reserved by Azure" },
    { from: 65535, to: 65551, why: "reserved by IANA" },
    { from: 4294967295, to: 4294967295, why: "reserved by IANA (RFC 7300)" },
  ] as const,
  source: SOURCES.routing,
};

/** Private-use ASN ranges (RFC 6996); Microsoft peering with one needs manual validation. */
export const PRIVATE_ASNS = {
  value: [
    { from: 64512, to: 65534 },
    { from: 4200000000, to: 4294967294 },
  ] as const,
  source: SOURCES.routing,
};

/** The largest 4-byte ASN. */
export const MAX_ASN = 4294967295;

/** The BGP MD5 key (`sharedKey`): up to 25 alphanumeric characters. */
export const MD5_KEY = { maxLength: 25, pattern: /^[A-Za-z0-9]+$/, source: SOURCES.routingHowTo };

/**
 * VLAN id of a peering. No numeric range is documented for ExpressRoute; 802.1Q's 1..4094 is enforced
 * (unconfirmed: see the facts sheet).
 */
export const VLAN_RANGE = { min: 1, max: 4094, confirmed: false, source: SOURCES.routingHowTo };

/** Routing registries Microsoft peering accepts for prefix ownership validation. */
export const ROUTING_REGISTRIES = {
  value: ["ARIN", "APNIC", "AFRINIC", "LACNIC", "RIPENCC", "RADB", "ALTDB"] as const,
  source: SOURCES.routing,
};

/** Public prefixes advertised on one Microsoft peering session. */
export const ADVERTISED_PUBLIC_PREFIXES = { min: 1, max: 200, source: SOURCES.routing };

/**
 * A route filter has one rule, of access Allow and type Community, listing BGP communities of the form
 * 12076:NNNNN ("A route filter can have only one rule, which must be of type Allow"; how-to-routefilter).
 */
export const ROUTE_FILTER = {
  maxRules: 1,
  access: "Allow",
  ruleType: "Community",
  community: /^12076:\d{4,5}$/,
  source: SOURCES.routeFilter,
};
