import { SOURCES } from "../facts/sources";
import { declaredCircuits } from "./each";
import { type Rule } from "./rule";

export const localCircuitLocation: Rule = {
  id: "local-circuit-location",
  severity: "mandatory",
  description: "A Local circuit is at a peering location that has at least one Local Azure region.",
  why: "ExpressRoute Local is only offered at peering locations close to an Azure region; elsewhere there is nothing for it to reach.",
  source: SOURCES.locations,
  check(model, report) {
    for (const c of declaredCircuits(model)) {
      if (c.sku.tier !== "Local" || !c.provider) continue;
      const loc = c.provider.peeringLocation;
      if (!report.known(c, "serviceProviderProperties.peeringLocation", loc) || loc === undefined) continue;
      const found = report.context.catalog.find(loc);
      if (!found || found.localRegions.length > 0) continue;
      const offered = report.context.catalog
        .names()
        .filter((n) => (report.context.catalog.find(n)?.localRegions.length ?? 0) > 0);
      report.fail(c, "serviceProviderProperties.peeringLocation", {
        message: `ExpressRoute Local is not offered at ${loc}: no Azure region is local to it.`,
        value: loc,
        allowed: `a location with Local regions (${offered.length} in the catalog, e.g. ${offered.slice(0, 6).join(", ")})`,
        fix: "Use the Standard tier at this location, or a Local circuit at a location next to your Azure region.",
      });
    }
  },
};
