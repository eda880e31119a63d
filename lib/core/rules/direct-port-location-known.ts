import { SOURCES } from "../facts/sources";
import { type Rule } from "./rule";

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
