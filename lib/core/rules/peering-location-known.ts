import { CLOUD_NAMES } from "../facts/peering-locations";
import { SOURCES } from "../facts/sources";
import { didYouMean } from "../suggest";
import { cloudOfCircuit, declaredCircuits } from "./each";
import { type Rule } from "./rule";

/** The same name but for case: how far a location may differ from Azure's spelling. */
function sameSpelling(written: string, canonical: string): boolean {
  return written.toLowerCase() === canonical.toLowerCase();
}

export const peeringLocationKnown: Rule = {
  id: "peering-location-known",
  severity: "mandatory",
  description:
    "A provider circuit's peering location is one of the ExpressRoute peering locations of the circuit's cloud (public, US Government or China).",
  why: "A misspelt or unknown peering location fails at creation, and every location-based rule needs to know it.",
  source: SOURCES.locations,
  check(model, report) {
    const catalog = report.context.catalog;
    for (const c of declaredCircuits(model)) {
      if (!c.provider) continue;
      const loc = c.provider.peeringLocation;
      if (!report.known(c, "serviceProviderProperties.peeringLocation", loc)) continue;
      const cloud = cloudOfCircuit(catalog, c);
      const found = loc === undefined ? undefined : catalog.find(loc, cloud);
      if (found && loc !== undefined && !sameSpelling(loc, found.location)) {
        report.fail(c, "serviceProviderProperties.peeringLocation", {
          message: `The peering location is spelt differently from Azure's name for it. Did you mean ${JSON.stringify(found.location)}?`,
          value: loc,
          allowed: JSON.stringify(found.location),
          fix: `Write ${JSON.stringify(found.location)}, as the ExpressRouteServiceProviders list spells it.`,
        });
        continue;
      }
      if (found) continue;
      const elsewhere =
        loc === undefined
          ? undefined
          : (["public", "usgov", "china"] as const).find(
              (other) => other !== cloud && catalog.find(loc, other),
            );
      const names = catalog.names(cloud);
      report.fail(c, "serviceProviderProperties.peeringLocation", {
        message:
          loc === undefined
            ? "A provider circuit needs a peering location."
            : elsewhere
              ? `${loc} is a peering location of ${CLOUD_NAMES[elsewhere]}, but the circuit's region ${String(c.location)} is in ${CLOUD_NAMES[cloud]}.`
              : `The peering location is not one of ${CLOUD_NAMES[cloud]}'s ExpressRoute peering locations.${didYouMean(loc, names)}`,
        value: loc,
        allowed: `one of the ${names.length} peering locations of ${CLOUD_NAMES[cloud]}, e.g. ${names.slice(0, 3).join(", ")}`,
        fix: elsewhere
          ? `Create the circuit in a region of ${CLOUD_NAMES[elsewhere]}, or pick a peering location of ${CLOUD_NAMES[cloud]}.`
          : "Use the location name as the ExpressRouteServiceProviders list spells it; if Microsoft added it after this release, extend the catalog.",
      });
    }
  },
};
