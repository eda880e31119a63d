import { LINK_PREFIX_LENGTH } from "../facts/bgp";
import { SOURCES } from "../facts/sources";
import {
  formatPrefix,
  isAligned,
  normalise,
  overlaps,
  parsePrefix,
  type IpFamily,
  type Prefix,
} from "../ip/prefix";
import type { Maybe, PeeringModel } from "../model";
import { eachPeering } from "./each";
import type { Reporter, Rule } from "./rule";

function checkLink(
  report: Reporter,
  p: PeeringModel,
  field: string,
  value: Maybe<string>,
  family: IpFamily,
): Prefix | undefined {
  if (!report.known(p, field, value)) return undefined;
  const len = LINK_PREFIX_LENGTH.value[family];
  const allowed = `an aligned IPv${family} /${len}, e.g. ${family === 4 ? "192.168.100.128/30" : "2001:db8:0:1::/126"}`;
  if (value === undefined) {
    report.fail(p, field, {
      message: `Dual BGP needs both links: the ${field.includes("primary") ? "primary" : "secondary"} link has no /${len}. Azure's SLA is only valid when both BGP sessions are set up.`,
      value,
      allowed,
      fix: `Give both primaryPeerAddressPrefix and secondaryPeerAddressPrefix, usually the two /${len}s of one /${len - 1}.`,
    });
    return undefined;
  }
  const parsed = parsePrefix(value);
  if (!parsed.ok) {
    report.fail(p, field, {
      message: `The prefix ${parsed.reason}.`,
      value,
      allowed,
      fix: `Write it as address/${len}.`,
    });
    return undefined;
  }
  const pre = parsed.prefix;
  if (pre.family !== family) {
    report.fail(p, field, {
      message: `The prefix is IPv${pre.family} where IPv${family} is expected.`,
      value,
      allowed,
      fix:
        family === 4 ? "Put IPv6 prefixes under the ipv6 settings." : "Put IPv4 prefixes in the IPv4 fields.",
    });
    return undefined;
  }
  if (pre.length !== len) {
    report.fail(p, field, {
      message: `Each BGP link takes exactly one /${len}; this is a /${pre.length}.`,
      value,
      allowed,
      fix: `Use a /${len} for each link (split a /${len - 1} into its two halves).`,
    });
    return undefined;
  }
  if (!isAligned(pre)) {
    report.fail(p, field, {
      message: `The /${len} is not aligned: its address has host bits set.`,
      value,
      allowed,
      fix: `Use ${formatPrefix(normalise(pre))}.`,
    });
    return undefined;
  }
  return pre;
}

export const peeringDualBgp: Rule = {
  id: "peering-dual-bgp",
  severity: "mandatory",
  description:
    "Every address family a peering uses has both a primary and a secondary peer prefix, each an aligned /30 (IPv6: /126), distinct and not overlapping; a private peering may be IPv4, IPv6 or both, a Microsoft peering has IPv4.",
  why: "Each circuit is two links to two Microsoft routers; the availability SLA holds only when both BGP sessions are set up.",
  source: SOURCES.routing,
  // IPv6-only private peering: expressroute-howto-add-ipv6-portal.md ("only enable IPv6 Private Peering on
  // your new circuit by selecting IPv6").
  check(model, report) {
    for (const c of model.circuits) {
      if (c.peeringsUnknown)
        report.cannotVerify(c, "peerings", "the circuit's peerings are only known at deploy time");
    }
    for (const { peering: p } of eachPeering(model)) {
      const pairs: [string, Maybe<string>, Maybe<string>, IpFamily][] = [];
      // A private peering may be IPv4, IPv6 or both; each family it uses needs both links.
      const ipv6Only =
        p.peeringType === "AzurePrivatePeering" &&
        p.ipv6 !== undefined &&
        p.primaryPeerAddressPrefix === undefined &&
        p.secondaryPeerAddressPrefix === undefined;
      if (!ipv6Only) pairs.push(["", p.primaryPeerAddressPrefix, p.secondaryPeerAddressPrefix, 4]);
      if (p.ipv6)
        pairs.push(["ipv6.", p.ipv6.primaryPeerAddressPrefix, p.ipv6.secondaryPeerAddressPrefix, 6]);
      for (const [at, primary, secondary, family] of pairs) {
        const a = checkLink(report, p, `${at}primaryPeerAddressPrefix`, primary, family);
        const b = checkLink(report, p, `${at}secondaryPeerAddressPrefix`, secondary, family);
        if (a && b && overlaps(a, b)) {
          report.fail(p, `${at}secondaryPeerAddressPrefix`, {
            message: `The secondary link's prefix overlaps the primary's (${primary}): the two BGP sessions need separate subnets.`,
            value: secondary,
            allowed: `an aligned /${a.length} that does not overlap ${primary}`,
            fix: "Use the two halves of one /29 (IPv6: /125), one for each link.",
          });
        }
      }
    }
  },
};
