import { displayKey } from "../findings";
import { GLOBAL_REACH_COUNTRIES } from "../facts/global-reach";
import { nameKey } from "../suggest";
import { circuitByKey, siteOf } from "./each";
import { type Rule } from "./rule";

const COUNTRIES: readonly string[] = GLOBAL_REACH_COUNTRIES.value;

export const globalReachLocation: Rule = {
  id: "global-reach-location",
  severity: "mandatory",
  description:
    "Both circuits of a Global Reach connection are at peering locations in a country where Global Reach is available (South Africa: Johannesburg only).",
  why: "Azure refuses Global Reach between circuits elsewhere: the connection cannot be created.",
  source: GLOBAL_REACH_COUNTRIES.source,
  check(model, report) {
    const catalog = report.context.catalog;
    for (const g of model.globalReach ?? []) {
      for (const [key, field] of [
        [g.circuitKey, "expressRouteCircuitPeering.id"],
        [g.peerCircuitKey, "peerExpressRouteCircuitPeering.id"],
      ] as const) {
        const c = circuitByKey(model, key);
        if (!c) continue;
        const site = siteOf(model, catalog, c);
        if (!site) continue; // an unknown location is peering-location-known's
        if (site.country === undefined) {
          report.cannotVerify(g, field, `the catalog names no country for ${site.location}`);
          continue;
        }
        const metros = GLOBAL_REACH_COUNTRIES.onlyInMetros[site.country];
        const metro = catalog.metroOf(site);
        const inCountry = site.cloud === "public" && COUNTRIES.includes(site.country);
        const inMetro = !metros || metros.some((m) => nameKey(m) === nameKey(metro));
        if (inCountry && inMetro) continue;
        report.fail(g, field, {
          message: !inCountry
            ? `Circuit ${displayKey(c.key)} is at ${site.location} (${site.country}${site.cloud === "public" ? "" : `, ${site.cloud} cloud`}), where Global Reach is not available.`
            : `Circuit ${displayKey(c.key)} is at ${site.location}; in ${site.country} Global Reach is only available in ${metros?.join(", ")}.`,
          value: `${site.location} (${site.country})`,
          allowed: `a peering location in ${COUNTRIES.join(", ")} (South Africa: Johannesburg only)`,
          fix: "Connect circuits at peering locations where Global Reach is available, or use a VPN or an SD-WAN between these sites.",
        });
      }
    }
  },
};
