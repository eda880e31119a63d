import { SOURCES } from "../facts/sources";
import { didYouMean } from "../suggest";
import { type Rule } from "./rule";

export const directPortLocationKnown: Rule = {
  id: "direct-port-location-known",
  severity: "advisory",
  description:
    "An ExpressRoute Direct port location maps to one peering location of the catalog (by the table of port locations or by the facility it names), so location rules can check it.",
  why: "Unmapped facilities escape the metro, geopolitical-region and resiliency checks.",
  source: SOURCES.locations,
  check(model, report) {
    const catalog = report.context.catalog;
    for (const port of model.ports) {
      const loc = port.peeringLocation;
      if (typeof loc !== "string" || catalog.findDirectPortLocation(loc)) continue;
      report.fail(port, "peeringLocation", {
        message: `Cannot tell which peering location this port location is at, so location rules cannot check it.${didYouMean(loc, catalog.suggestDirectPortLocations(loc))}`,
        value: loc,
        allowed: "a Direct port location of the ExpressRoutePortsLocations list, e.g. Equinix-Amsterdam-AM5",
        fix: "Check the name against the ExpressRoutePortsLocations list; if it is right, extend the catalog with directPortLocations.",
      });
    }
  },
};
