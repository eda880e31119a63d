import { SOURCES } from "../facts/sources";
import type { Entity, Maybe } from "../model";
import { didYouMean } from "../suggest";
import { declaredCircuits } from "./each";
import { type Rule } from "./rule";

export const azureRegionKnown: Rule = {
  id: "azure-region-known",
  severity: "mandatory",
  description:
    "The location of a circuit, route filter, VNet, ExpressRoute gateway or Virtual WAN hub is an Azure region of the catalog (ARM or display name, in any case).",
  why: "A misspelt region fails at deployment, and the reach, cloud and Local checks cannot judge a region they do not know.",
  source: SOURCES.locations,
  check(model, report) {
    const catalog = report.context.catalog;
    const located: [string, Entity, Maybe<string>][] = [
      ...declaredCircuits(model).map((c) => ["circuit", c, c.location] as [string, Entity, Maybe<string>]),
      ...model.routeFilters.map((f) => ["route filter", f, f.location] as [string, Entity, Maybe<string>]),
      ...(model.vnets ?? [])
        .filter((v) => !v.key.startsWith("vnet-of:"))
        .map((v) => ["VNet", v, v.location] as [string, Entity, Maybe<string>]),
      ...(model.gateways ?? []).map((g) => ["gateway", g, g.location] as [string, Entity, Maybe<string>]),
      ...(model.virtualHubs ?? []).map((h) => ["hub", h, h.location] as [string, Entity, Maybe<string>]),
    ];
    for (const [what, entity, region] of located) {
      if (typeof region !== "string" || catalog.azureRegion(region)) continue;
      if (catalog.extended) {
        report.cannotVerify(
          entity,
          "location",
          `${JSON.stringify(region)} is not in the region catalog, which this program extended at run time`,
        );
        continue;
      }
      report.fail(entity, "location", {
        message: `The ${what}'s location is not an Azure region.${didYouMean(region, catalog.regionNames())}`,
        value: region,
        allowed: `an Azure region's ARM name, e.g. westeurope, eastus2, uksouth (${catalog.regionNames().length} in the catalog)`,
        fix: "Use the region's ARM name; if Microsoft opened it after this release, extend the catalog with it.",
      });
    }
  },
};
