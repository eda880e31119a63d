import type * as pulumi from "@pulumi/pulumi";

/**
 * The address space of a peering's two BGP links. Give either `peerAddressPrefix` (one /29, split into a
 * primary and a secondary /30) or both `primaryPeerAddressPrefix` and `secondaryPeerAddressPrefix`.
 */
export interface PeeringAddressArgs {
  /**
   * One aligned /29 for both links: the lower /30 goes to the primary link, the upper /30 to the secondary.
   * Required unless both `primaryPeerAddressPrefix` and `secondaryPeerAddressPrefix` are given.
   * @default none
   */
  readonly peerAddressPrefix?: string;
  /**
   * The primary link's aligned /30 (customer router takes the first usable address, Microsoft the second).
   * Required (with `secondaryPeerAddressPrefix`) when `peerAddressPrefix` is not given.
   * @default the lower half of `peerAddressPrefix`
   */
  readonly primaryPeerAddressPrefix?: string;
  /**
   * The secondary link's aligned /30, distinct from the primary's.
   * Required (with `primaryPeerAddressPrefix`) when `peerAddressPrefix` is not given.
   * @default the upper half of `peerAddressPrefix`
   */
  readonly secondaryPeerAddressPrefix?: string;
}

/** IPv6 addresses of a private peering: one /125, or two /126s. Uses the IPv4 peering's ASN and VLAN. */
export interface Ipv6PeeringArgs {
  /**
   * One aligned /125 for both links. Required unless both /126s are given.
   * @default none
   */
  readonly peerAddressPrefix?: string;
  /**
   * The primary link's aligned /126. Required (with the secondary) when `peerAddressPrefix` is not given.
   * @default the lower half of `peerAddressPrefix`
   */
  readonly primaryPeerAddressPrefix?: string;
  /**
   * The secondary link's aligned /126. Required (with the primary) when `peerAddressPrefix` is not given.
   * @default the upper half of `peerAddressPrefix`
   */
  readonly secondaryPeerAddressPrefix?: string;
}

/** Settings shared by private and Microsoft peering. */
export interface BgpPeeringArgs extends PeeringAddressArgs {
  /** Your ASN on both BGP sessions (2- or 4-byte; not reserved by Azure or IANA). */
  readonly peerAsn: number;
  /** The VLAN id of this peering on both links (1..4094, unique within the circuit). */
  readonly vlanId: number;
  /**
   * BGP MD5 key, 1 to 25 letters and digits. Stored as a Pulumi secret.
   * @default no MD5 authentication
   */
  readonly sharedKey?: pulumi.Input<string>;
}

/** Azure private peering: your networks to your VNets. */
export interface PrivatePeeringArgs extends BgpPeeringArgs {
  /**
   * IPv6 on the private peering (dual stack).
   * @default IPv4 only
   */
  readonly ipv6?: Ipv6PeeringArgs;
}

/** Microsoft peering: your public addresses to Microsoft 365 and Azure public services. */
export interface MicrosoftPeeringArgs extends BgpPeeringArgs {
  /** Public prefixes you own and advertise on the session (1 to 200); traffic is SNAT-ed to them. */
  readonly advertisedPublicPrefixes: string[];
  /**
   * The public ASN the advertised prefixes originate from, when it differs from `peerAsn`.
   * @default `peerAsn`
   */
  readonly customerAsn?: number;
  /**
   * The routing registry the prefixes and ASN are registered in (ARIN, APNIC, AFRINIC, LACNIC, RIPENCC, RADB, ALTDB).
   * @default none (Microsoft validates against the registries it knows)
   */
  readonly routingRegistryName?: string;
  /**
   * The BGP communities of the services to receive routes for (e.g. `12076:5010`); the component creates a
   * route filter with one Allow rule of these in the circuit's location and attaches it to the peering.
   */
  readonly routeFilterCommunities: string[];
}
