import { PRIVATE_ASNS } from "../facts/bgp";
import { isPrivateAsn } from "./asn";
import { eachPeering } from "./each";
import { type Rule } from "./rule";

export const microsoftPeeringPrivateAsn: Rule = {
  id: "microsoft-peering-private-asn",
  severity: "advisory",
  description:
    "A Microsoft peering uses a public ASN; with a private ASN Microsoft must validate the prefixes by hand.",
  why: "Routes from a private ASN on Microsoft peering stay unvalidated until a support case completes.",
  source: PRIVATE_ASNS.source,
  check(model, report) {
    for (const { peering: p } of eachPeering(model)) {
      if (p.peeringType !== "MicrosoftPeering" || !report.known(p, "peerASN", p.peerAsn)) continue;
      if (typeof p.peerAsn === "number" && isPrivateAsn(p.peerAsn)) {
        report.fail(p, "peerASN", {
          message: "Microsoft peering with a private ASN needs Microsoft to validate your prefixes by hand.",
          value: p.peerAsn,
          allowed: "a public ASN registered to you",
          fix: "Use your public ASN, or open a support ticket to validate the prefixes.",
        });
      }
    }
  },
};
