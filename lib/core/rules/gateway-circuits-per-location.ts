import { CIRCUIT_LIMITS } from "../facts/circuit";
import { circuitByKey, connectionsOfGateway, reportUnknownEnds, siteNameOf, vnetGateways } from "./each";
import { type Rule } from "./rule";

export const gatewayCircuitsPerLocation: Rule = {
  id: "gateway-circuits-per-location",
  severity: "mandatory",
  description: "A VNet's gateway links at most 4 circuits from the same peering location.",
  why: "Azure refuses a fifth circuit from one peering location on a VNet.",
  source: CIRCUIT_LIMITS.source,
  check(model, report) {
    if (vnetGateways(model).length > 0) reportUnknownEnds(model, report, "circuitKey", "circuit");
    const max = CIRCUIT_LIMITS.value.perVnetSamePeeringLocation;
    for (const g of vnetGateways(model)) {
      const byLocation = new Map<string, Set<string>>();
      for (const x of connectionsOfGateway(model, g.key)) {
        const c = circuitByKey(model, x.circuitKey);
        const loc = c && siteNameOf(model, report.context.catalog, c);
        if (!c || !loc) continue;
        byLocation.set(loc, (byLocation.get(loc) ?? new Set()).add(c.key));
      }
      for (const [loc, circuits] of byLocation) {
        if (circuits.size <= max) continue;
        report.fail(g, "connections", {
          message: `The gateway links ${circuits.size} circuits from ${loc}; a VNet takes at most ${max} from one peering location.`,
          value: `${circuits.size} circuits at ${loc}`,
          allowed: `at most ${max} circuits per peering location`,
          fix: "Link circuits from other peering locations, or use another VNet.",
        });
      }
    }
  },
};
