import { RESILIENCY } from "../facts/gateway";
import { gatewaySites, reportUnknownEnds } from "./each";
import { type Rule } from "./rule";

export const maximumResiliency: Rule = {
  id: "maximum-resiliency",
  severity: "advisory",
  description:
    "Every ExpressRoute gateway is linked to circuits at two or more peering locations (maximum resiliency).",
  why: "One peering location is a single point of failure for every VNet behind the gateway, and an ExpressRoute Metro circuit is high resiliency, not maximum; Microsoft recommends two sites for production.",
  source: RESILIENCY.source,
  check(model, report) {
    if ((model.gateways ?? []).length > 0) reportUnknownEnds(model, report, "circuitKey", "circuit");
    for (const g of model.gateways ?? []) {
      const { locations, metroLocation } = gatewaySites(model, report.context.catalog, g);
      if (locations.length === 0 || locations.length >= RESILIENCY.maximumPeeringLocations) continue;
      const [only] = locations;
      report.fail(g, "connections", {
        message: metroLocation
          ? `The gateway's circuits are all at ${only}, an ExpressRoute Metro location: that is high resiliency, not maximum.`
          : `All the gateway's circuits are at ${only}: one site failure cuts every VNet behind it off.`,
        value: only,
        allowed: `circuits at ${RESILIENCY.maximumPeeringLocations} or more peering locations`,
        fix: "Link a second circuit at another peering location, preferably in another metro (e.g. Amsterdam and London).",
      });
    }
  },
};
