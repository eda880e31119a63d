import { RESILIENCY } from "../facts/gateway";
import { metroOf } from "../facts/peering-locations";
import { circuitByKey, connectionsOfGateway, reportUnknownEnds, siteNameOf } from "./each";
import { type Rule } from "./rule";

export const maximumResiliency: Rule = {
  id: "maximum-resiliency",
  severity: "advisory",
  description:
    "Every ExpressRoute gateway is linked to circuits at two or more peering locations in different metros (maximum resiliency).",
  why: "One peering location (or one metro) is a single point of failure for every VNet behind the gateway; Microsoft recommends two sites for production.",
  source: RESILIENCY.source,
  check(model, report) {
    if ((model.gateways ?? []).length > 0) reportUnknownEnds(model, report, "circuitKey", "circuit");
    for (const g of model.gateways ?? []) {
      const links = connectionsOfGateway(model, g.key);
      if (links.length === 0) continue;
      const locations = new Set<string>();
      for (const x of links) {
        const c = circuitByKey(model, x.circuitKey);
        const loc = c ? siteNameOf(model, report.context.catalog, c) : undefined;
        if (loc) locations.add(loc);
      }
      if (locations.size === 0) continue;
      const metros = new Set([...locations].map(metroOf));
      if (metros.size >= RESILIENCY.maximumPeeringLocations) continue;
      const list = [...locations].join(", ");
      report.fail(g, "connections", {
        message:
          locations.size >= 2
            ? `The gateway's circuits are at ${list}, one metro: that is high resiliency (ExpressRoute Metro), not maximum.`
            : `All the gateway's circuits are at ${list}: one site failure cuts every VNet behind it off.`,
        value: list,
        allowed: `circuits at ${RESILIENCY.maximumPeeringLocations} or more peering locations in different metros`,
        fix: "Link a second circuit at a peering location in another metro (e.g. Amsterdam and London).",
      });
    }
  },
};
