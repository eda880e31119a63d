import { RESERVED_ASNS } from "../facts/bgp";
import { asnProblem, reservedAsnsText } from "./asn";
import { eachPeering } from "./each";
import { type Rule } from "./rule";

export const peerAsn: Rule = {
  id: "peer-asn-valid",
  severity: "mandatory",
  description:
    "Every peering has a peer ASN (2- or 4-byte) that is not reserved by Azure or IANA, and so has a Microsoft peering's customer ASN when it is set.",
  why: "Azure rejects reserved ASNs, and BGP cannot come up without the customer's ASN.",
  source: RESERVED_ASNS.source,
  check(model, report) {
    const allowed = `1..4294967294 except ${reservedAsnsText()}`;
    for (const { peering: p } of eachPeering(model)) {
      const asn = p.peerAsn;
      if (report.known(p, "peerASN", asn)) {
        const problem = asn === undefined ? "is not set" : asnProblem(asn);
        if (problem) {
          report.fail(p, "peerASN", {
            message: `The peer ASN ${problem}.`,
            value: asn,
            allowed,
            fix: "Use your own public ASN, or a private one (64512-65514, 4200000000-4294967294) for private peering.",
          });
        }
      }
      const customer = p.microsoft?.customerAsn;
      if (
        p.microsoft &&
        report.known(p, "microsoftPeeringConfig.customerASN", customer) &&
        customer !== undefined
      ) {
        // A private customer ASN is allowed (Microsoft validates it by hand): microsoft-peering-private-asn says so.
        const problem = asnProblem(customer);
        if (problem) {
          report.fail(p, "microsoftPeeringConfig.customerASN", {
            message: `The customer ASN ${problem}; it names the ASN your advertised prefixes originate from.`,
            value: customer,
            allowed,
            fix: "Set customerASN to the ASN the prefixes are registered to, or leave it unset.",
          });
        }
      }
    }
  },
};
