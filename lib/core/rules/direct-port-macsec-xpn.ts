import { MACSEC_CIPHERS } from "../facts/circuit";
import { oneOf, type Rule } from "./rule";

export const directPortMacsecXpn: Rule = {
  id: "direct-port-macsec-xpn",
  severity: "advisory",
  description: "MACsec on an ExpressRoute Direct port uses an XPN cipher (extended packet numbering).",
  why: "Microsoft recommends XPN ciphers on high-speed links, where the packet number of the others wraps quickly.",
  source: MACSEC_CIPHERS.source,
  check(model, report) {
    for (const port of model.ports) {
      if (!report.known(port, "links", port.links)) continue;
      (port.links ?? []).forEach((l, i) => {
        const cipher = l.macSec?.cipher;
        if (typeof cipher !== "string" || !(MACSEC_CIPHERS.value as readonly string[]).includes(cipher))
          return;
        if ((MACSEC_CIPHERS.recommended as readonly string[]).includes(cipher)) return;
        report.fail(port, `links[${i}].macSecConfig.cipher`, {
          message: "Microsoft recommends an XPN cipher (extended packet numbering) for high-speed links.",
          value: cipher,
          allowed: oneOf(MACSEC_CIPHERS.recommended),
          fix: `Use ${MACSEC_CIPHERS.recommended[1]} (set the same on your routers).`,
        });
      });
    }
  },
};
