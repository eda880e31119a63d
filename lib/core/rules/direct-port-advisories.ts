import { DIRECT_PORT_BANDWIDTHS_GBPS, MACSEC_CIPHERS } from "../facts/circuit";
import { SOURCES } from "../facts/sources";
import { oneOf, type Rule } from "./rule";

export const directPortEnrolment: Rule = {
  id: "direct-port-400g-enrolment",
  severity: "advisory",
  description: "A 400 Gbps ExpressRoute Direct port is only ordered by a subscription enrolled for it.",
  why: "Without the enrolment the port cannot be created.",
  source: DIRECT_PORT_BANDWIDTHS_GBPS.source,
  check(model, report) {
    for (const port of model.ports) {
      const bw = port.bandwidthInGbps;
      if (
        report.known(port, "bandwidthInGbps", bw) &&
        (DIRECT_PORT_BANDWIDTHS_GBPS.enrolmentOnly as readonly unknown[]).includes(bw)
      ) {
        report.fail(port, "bandwidthInGbps", {
          message: "400 Gbps ports are only available to enrolled subscriptions.",
          value: bw,
          allowed: "10 or 100, or 400 after enrolment",
          fix: "Make sure the subscription is enrolled for 400 Gbps ExpressRoute Direct.",
        });
      }
    }
  },
};

export const directPortLocationKnown: Rule = {
  id: "direct-port-location-known",
  severity: "advisory",
  description:
    "An ExpressRoute Direct port location maps to a peering location of the catalog, so location rules can check it.",
  why: "Unmapped facilities escape the metro, geopolitical-region and resiliency checks.",
  source: SOURCES.locations,
  check(model, report) {
    for (const port of model.ports) {
      const loc = port.peeringLocation;
      if (typeof loc !== "string" || report.context.catalog.findDirectPortLocation(loc)) continue;
      report.fail(port, "peeringLocation", {
        message: "Cannot tell which metro this port location is in, so location rules cannot check it.",
        value: loc,
        allowed: "a location whose name contains a peering location of the catalog",
        fix: "Extend the location catalog with this facility's metro.",
      });
    }
  },
};

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
