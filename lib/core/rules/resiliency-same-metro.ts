import { RESILIENCY } from "../facts/gateway";
import { gatewaySites } from "./each";
import { type Rule } from "./rule";

export const resiliencySameMetro: Rule = {
  id: "resiliency-same-metro",
  severity: "advisory",
  description:
    "An ExpressRoute gateway linked to circuits at two or more peering locations has them in more than one metro (Amsterdam and London rather than Amsterdam and Amsterdam2).",
  why: "Two peering locations of one metro are maximum resiliency, but an event that takes out the whole metro still cuts every VNet behind the gateway off.",
  source: RESILIENCY.source,
  check(model, report) {
    for (const g of model.gateways ?? []) {
      const { locations, metros } = gatewaySites(model, report.context.catalog, g);
      if (locations.length < RESILIENCY.maximumPeeringLocations || metros.length !== 1) continue;
      const list = locations.join(" and ");
      report.fail(g, "connections", {
        message: `The gateway's circuits are at ${list}, two locations of the ${metros[0]} metro: maximum resiliency, but one metro-wide event reaches both.`,
        value: list,
        allowed: "circuits at peering locations in two or more metros",
        fix: "For resilience against a metro-wide outage, put one circuit in another metro (e.g. Amsterdam and London).",
      });
    }
  },
};
