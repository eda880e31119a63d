import { PRIVATE_ASNS } from "../facts/bgp";
import { isPrivateAsn } from "./asn";
import { eachPeering } from "./each";
import { type Rule } from "./rule";

export const microsoftPeeringPrivateAsn: Rule = {
  id: "microsoft-peering-private-asn",
  severity: "advisory",
  description:
    "A Microsoft peering uses a public peer ASN and customer ASN; with a private one Microsoft must validate the prefixes by hand.",
  why: "Routes from a private ASN on Microsoft peering stay unvalidated until a support case completes, and Microsoft strips private ASNs from the AS path.",
  source: PRIVATE_ASNS.source,
  check(model, report) {
    for (const { peering: p } of eachPeering(model)) {
      if (p.peeringType !== "MicrosoftPeering") continue;
      for (const [field, asn] of [
        ["peerASN", p.peerAsn],
        ["microsoftPeeringConfig.customerASN", p.microsoft?.customerAsn],
      ] as const) {
        if (!report.known(p, field, asn) || typeof asn !== "number" || !isPrivateAsn(asn)) continue;
        report.fail(p, field, {
          message: "Microsoft peering with a private ASN needs Microsoft to validate your prefixes by hand.",
          value: asn,
          allowed: "a public ASN registered to you",
          fix: "Use your public ASN, or open a support ticket to validate the prefixes.",
        });
      }
    }
  },
};
