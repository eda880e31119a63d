import { HUB_CIRCUIT_LIMITS } from "../facts/virtual-wan";
import { isUnknown, type GatewayModel } from "../model";
import { circuitByKey, connectionsOfGateway, hubGateways, siteNameOf } from "./each";
import { type Rule } from "./rule";

const { perPeeringLocation, total } = HUB_CIRCUIT_LIMITS;

export const hubCircuitLimits: Rule = {
  id: "hub-circuit-limits",
  severity: "mandatory",
  description: `A Virtual WAN hub connects at most ${total} circuits, and at most ${perPeeringLocation} from one peering location, whatever its gateway's scale units.`,
  why: "Azure refuses circuit connections to a hub beyond these limits.",
  source: HUB_CIRCUIT_LIMITS.source,
  check(model, report) {
    // A hub has one ExpressRoute gateway; gateways whose hub is not in the model are counted on their own.
    const byHub = new Map<string, GatewayModel[]>();
    for (const g of hubGateways(model)) {
      const key = typeof g.hubKey === "string" && g.hubKey !== "" ? g.hubKey : g.key;
      byHub.set(key, [...(byHub.get(key) ?? []), g]);
    }
    for (const gateways of byHub.values()) {
      const links = gateways.flatMap((g) => connectionsOfGateway(model, g.key));
      for (const x of links) {
        if (isUnknown(x.circuitKey))
          report.cannotVerify(x, "peer.id", "the connection's circuit is unknown at preview");
      }
      const circuits = new Set(links.map((x) => x.circuitKey).filter((k) => typeof k === "string"));
      const g = gateways[0];
      if (circuits.size > total) {
        report.fail(g, "connections", {
          message: `The hub connects ${circuits.size} circuits; a Virtual WAN hub takes at most ${total}.`,
          value: `${circuits.size} circuits`,
          allowed: `at most ${total} circuits per hub`,
          fix: "Connect the other circuits to another hub.",
        });
      }
      const byLocation = new Map<string, Set<string>>();
      for (const key of circuits) {
        const c = circuitByKey(model, key);
        const loc = c && siteNameOf(model, report.context.catalog, c);
        if (c && loc) byLocation.set(loc, (byLocation.get(loc) ?? new Set()).add(c.key));
      }
      for (const [loc, here] of byLocation) {
        if (here.size <= perPeeringLocation) continue;
        report.fail(g, "connections", {
          message: `The hub connects ${here.size} circuits from ${loc}; a Virtual WAN hub takes at most ${perPeeringLocation} from one peering location.`,
          value: `${here.size} circuits at ${loc}`,
          allowed: `at most ${perPeeringLocation} circuits per peering location`,
          fix: "Connect circuits from other peering locations, or use another hub.",
        });
      }
    }
  },
};
