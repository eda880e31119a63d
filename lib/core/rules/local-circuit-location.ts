import { SOURCES } from "../facts/sources";
import { declaredCircuits, siteOf } from "./each";
import { type Rule } from "./rule";

export const localCircuitLocation: Rule = {
  id: "local-circuit-location",
  severity: "mandatory",
  description:
    "A Local circuit (from a provider, or on an ExpressRoute Direct port) is at a peering location that has at least one Local Azure region.",
  why: "ExpressRoute Local is only offered at peering locations close to an Azure region; elsewhere there is nothing for it to reach.",
  source: SOURCES.locations,
  check(model, report) {
    const catalog = report.context.catalog;
    for (const c of declaredCircuits(model)) {
      if (c.sku.tier !== "Local") continue;
      const field = c.provider ? "serviceProviderProperties.peeringLocation" : "expressRoutePort";
      if (c.provider && !report.known(c, field, c.provider.peeringLocation)) continue;
      const site = siteOf(model, catalog, c);
      if (!site || site.localRegions.length > 0) continue;
      const offered = catalog
        .names(site.cloud)
        .filter((n) => (catalog.find(n, site.cloud)?.localRegions.length ?? 0) > 0);
      report.fail(c, field, {
        message: `ExpressRoute Local is not offered at ${site.location}: no Azure region is local to it.`,
        value: c.provider ? c.provider.peeringLocation : site.location,
        allowed: `a location with Local regions (${offered.length} in the catalog, e.g. ${offered.slice(0, 6).join(", ")})`,
        fix: "Use the Standard tier at this location, or a Local circuit at a location next to your Azure region.",
      });
    }
  },
};
