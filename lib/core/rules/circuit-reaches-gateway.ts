import { CLOUD_NAMES } from "../facts/peering-locations";
import { SOURCES } from "../facts/sources";
import { nameKey } from "../suggest";
import { circuitByKey, gatewayByKey, gatewayRegion, siteOf } from "./each";
import { type Rule } from "./rule";

export const circuitReachesGateway: Rule = {
  id: "circuit-reaches-gateway",
  severity: "mandatory",
  description:
    "A VNet link or Virtual WAN hub connection stays within the circuit's reach: never to another cloud (public, US Government, China), a Standard circuit only to gateways (or hubs) in its geopolitical region, a Local circuit only to its Local regions.",
  why: "Azure refuses the connection: no circuit crosses clouds, and only Premium reaches VNets in other geopolitical regions.",
  source: SOURCES.locations,
  check(model, report) {
    const catalog = report.context.catalog;
    for (const x of model.connections ?? []) {
      const c = circuitByKey(model, x.circuitKey);
      const g = gatewayByKey(model, x.gatewayKey);
      if (!c || !g || c.external) continue;
      const region = gatewayRegion(model, g);
      if (!report.known(g, "location", region)) continue;
      const site = siteOf(model, catalog, c);
      if (!region || !site) continue;
      const regionCloud = catalog.cloudOfAzureRegion(region);
      if (regionCloud && regionCloud !== site.cloud) {
        report.fail(x, "virtualNetworkGateway1.id", {
          message: `The circuit at ${site.location} is in ${CLOUD_NAMES[site.cloud]}, the gateway's region ${region} in ${CLOUD_NAMES[regionCloud]}: no circuit reaches across clouds, whatever its tier.`,
          value: region,
          allowed: `a gateway in a region of ${CLOUD_NAMES[site.cloud]}`,
          fix: "Link a gateway in the circuit's own cloud, or order a circuit at a peering location of the gateway's cloud.",
        });
        continue;
      }
      const tier = c.sku.tier;
      if (!report.known(c, "sku.tier", tier) || (tier !== "Standard" && tier !== "Local")) continue;
      if (tier === "Local") {
        if (!site.localRegions.some((r) => nameKey(r) === nameKey(region))) {
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
