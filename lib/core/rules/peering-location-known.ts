import { SOURCES } from "../facts/sources";
import { declaredCircuits } from "./each";
import { type Rule } from "./rule";

export const peeringLocationKnown: Rule = {
  id: "peering-location-known",
  severity: "mandatory",
  description:
    "A provider circuit's peering location is one of the public cloud's ExpressRoute peering locations.",
  why: "A misspelt or unknown peering location fails at creation, and every location-based rule needs to know it.",
  source: SOURCES.locations,
  check(model, report) {
    for (const c of declaredCircuits(model)) {
      if (!c.provider) continue;
      const loc = c.provider.peeringLocation;
      if (!report.known(c, "serviceProviderProperties.peeringLocation", loc)) continue;
      if (loc !== undefined && report.context.catalog.find(loc)) continue;
      report.fail(c, "serviceProviderProperties.peeringLocation", {
        message:
          loc === undefined
            ? "A provider circuit needs a peering location."
            : "The peering location is not in the ExpressRoute locations catalog.",
        value: loc,
        allowed: `one of the ${report.context.catalog.names().length} public peering locations, e.g. Amsterdam, London, Washington DC`,
        fix: "Use the location name as the ExpressRouteServiceProviders list spells it; if Microsoft added it after this release, extend the catalog.",
      });
    }
  },
};
