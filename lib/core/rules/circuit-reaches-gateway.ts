import { SOURCES } from "../facts/sources";
import { circuitByKey, gatewayByKey, siteOf } from "./each";
import { type Rule } from "./rule";

export const circuitReachesGateway: Rule = {
  id: "circuit-reaches-gateway",
  severity: "mandatory",
  description:
    "A VNet link stays within the circuit's reach: a Standard circuit links only gateways in its geopolitical region, a Local circuit only gateways in its Local regions.",
  why: "Azure refuses the connection: only Premium reaches VNets in other geopolitical regions.",
  source: SOURCES.faqs,
  check(model, report) {
    const catalog = report.context.catalog;
    for (const x of model.connections ?? []) {
      const c = circuitByKey(model, x.circuitKey);
      const g = gatewayByKey(model, x.gatewayKey);
      if (!c || !g || c.external) continue;
      const tier = c.sku.tier;
      if (!report.known(c, "sku.tier", tier) || (tier !== "Standard" && tier !== "Local")) continue;
      if (!report.known(g, "location", g.location)) continue;
      const region = g.location;
      const site = siteOf(model, catalog, c);
      if (!region || !site) continue;
      if (tier === "Local") {
        const key = region.toLowerCase().replace(/\s+/g, "");
        if (!site.localRegions.includes(key)) {
          report.fail(x, "virtualNetworkGateway1.id", {
            message: `The Local circuit at ${site.location} only reaches ${site.localRegions.join(", ") || "no region"}, not the gateway's region ${region}.`,
            value: region,
            allowed: site.localRegions.join(", ") || "(none)",
            fix: "Link a gateway in the circuit's Local region, or use a Standard or Premium circuit.",
          });
        }
        continue;
      }
      const gatewayGeo = catalog.geopoliticalRegionOfAzureRegion(region);
      if (gatewayGeo && gatewayGeo !== site.geopoliticalRegion) {
        report.fail(x, "virtualNetworkGateway1.id", {
          message: `The Standard circuit at ${site.location} (${site.geopoliticalRegion}) cannot reach a gateway in ${region} (${gatewayGeo}).`,
          value: region,
          allowed: `a gateway in ${site.geopoliticalRegion}`,
          fix: "Upgrade the circuit to Premium, or link a gateway in the circuit's geopolitical region.",
        });
      }
    }
  },
};
