import { MICROSOFT_ASN } from "../core/facts/bgp";
import { linkAddresses, prefix } from "../core/ip/prefix";
import type { LinkPrefixes, PlannedPeering } from "./circuit-plan";

/** One BGP session of a peering, as the on-premises router at that end must be configured. */
export interface BgpLink {
  /** Which Microsoft edge router (MSEE) the link goes to. */
  readonly router: "primary" | "secondary";
  /** The link's /30 (IPv6: /126). */
  readonly prefix: string;
  /** Your router's address: the first usable address of the prefix. */
  readonly customerAddress: string;
  /** Microsoft's router address: the second usable address. */
  readonly microsoftAddress: string;
  readonly vlanId: number;
  /** Your ASN. */
  readonly customerAsn: number;
  /** Microsoft's ASN (12076). */
  readonly microsoftAsn: number;
}

/** Both BGP sessions of a peering, IPv4 and (when configured) IPv6. */
export interface PeeringLinks {
  readonly peeringType: string;
  /** The primary router's IPv4 session; absent on an IPv6-only private peering. */
  readonly primary?: BgpLink;
  /** The secondary router's IPv4 session; absent on an IPv6-only private peering. */
  readonly secondary?: BgpLink;
  /** The primary router's IPv6 session, when the peering has IPv6. */
  readonly ipv6Primary?: BgpLink;
  /** The secondary router's IPv6 session, when the peering has IPv6. */
  readonly ipv6Secondary?: BgpLink;
}

function link(router: BgpLink["router"], text: string, p: PlannedPeering): BgpLink {
  const { customer, microsoft } = linkAddresses(prefix(text));
  return {
    router,
    prefix: text,
    customerAddress: customer,
    microsoftAddress: microsoft,
    vlanId: p.args.vlanId,
    customerAsn: p.args.peerAsn,
    microsoftAsn: MICROSOFT_ASN.value,
  };
}

function pair(prefixes: LinkPrefixes | undefined, p: PlannedPeering): [BgpLink, BgpLink] | undefined {
  if (!prefixes?.primary || !prefixes.secondary) return undefined;
  return [link("primary", prefixes.primary, p), link("secondary", prefixes.secondary, p)];
}

/** The BGP links of a validated peering: each address family it uses has both. */
export function peeringLinks(p: PlannedPeering): PeeringLinks {
  const v4 = pair(p.ipv4, p);
  const v6 = pair(p.ipv6, p);
  return {
    peeringType: p.peeringType,
    ...(v4 ? { primary: v4[0], secondary: v4[1] } : {}),
    ...(v6 ? { ipv6Primary: v6[0], ipv6Secondary: v6[1] } : {}),
  };
}
