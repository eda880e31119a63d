import { displayKey } from "../findings";
import { SOURCES } from "../facts/sources";
import {
  NOT_A_PEERING_ID,
  isUnknown,
  type CircuitModel,
  type GlobalReachModel,
  type TopologyModel,
} from "../model";
import { circuitByKey, siteNameOf, siteOf } from "./each";
import type { Reporter, Rule } from "./rule";

function hasPrivatePeering(c: CircuitModel): boolean {
  return c.peerings.some((p) => p.peeringType === "AzurePrivatePeering");
}

function checkPair(
  model: TopologyModel,
  report: Reporter,
  g: GlobalReachModel,
  a: CircuitModel,
  b: CircuitModel,
): void {
  const allowed =
    "two circuits with private peering, at different peering locations, neither Local; Premium on both across geopolitical regions";
  for (const [c, field] of [
    [a, "expressRouteCircuitPeering.id"],
    [b, "peerExpressRouteCircuitPeering.id"],
  ] as const) {
    if (!c.external && !hasPrivatePeering(c) && c.peeringsUnknown) {
      report.cannotVerify(g, field, `circuit ${displayKey(c.key)}'s peerings are only known at deploy time`);
    } else if (!c.external && !hasPrivatePeering(c)) {
      report.fail(g, field, {
        message: `Circuit ${displayKey(c.key)} has no private peering; Global Reach connects private peerings.`,
        value: displayKey(c.key),
        allowed,
        fix: "Configure Azure private peering (dual BGP) on both circuits first.",
      });
    }
    if (c.sku.tier === "Local") {
      report.fail(g, field, {
        message: `Circuit ${displayKey(c.key)} is ExpressRoute Local, which cannot use Global Reach.`,
        value: displayKey(c.key),
        allowed,
        fix: "Use a Standard or Premium circuit for Global Reach.",
      });
    }
  }
  const catalog = report.context.catalog;
  const la = siteNameOf(model, catalog, a);
  const lb = siteNameOf(model, catalog, b);
  if (la && lb && la.toLowerCase() === lb.toLowerCase()) {
    report.fail(g, "peerExpressRouteCircuitPeering.id", {
      message: `Both circuits are at ${la}; Global Reach connects circuits at different peering locations.`,
      value: `${displayKey(a.key)} and ${displayKey(b.key)}`,
      allowed,
      fix: "Connect circuits at different peering locations (sites connected at one location already share it).",
    });
  }
  const geoA = siteOf(model, catalog, a)?.geopoliticalRegion;
  const geoB = siteOf(model, catalog, b)?.geopoliticalRegion;
  if (geoA && geoB && geoA !== geoB && (a.sku.tier !== "Premium" || b.sku.tier !== "Premium")) {
    if (isUnknown(a.sku.tier) || isUnknown(b.sku.tier)) {
      report.cannotVerify(
        g,
        "peerExpressRouteCircuitPeering.id",
        "a circuit's SKU tier is only known at deploy time",
      );
      return;
    }
    report.fail(g, "peerExpressRouteCircuitPeering.id", {
      message: `The circuits are in different geopolitical regions (${geoA}, ${geoB}); both must be Premium.`,
      value: `${displayKey(a.key)} (${String(a.sku.tier)}), ${displayKey(b.key)} (${String(b.sku.tier)})`,
      allowed,
      fix: "Upgrade both circuits to Premium (an in-place change), or connect circuits within one geopolitical region.",
    });
  }
}

export const globalReachCircuits: Rule = {
  id: "global-reach-circuits",
  severity: "mandatory",
  description:
    "A Global Reach connection joins the private peerings of two different circuits at different peering locations, neither Local, both Premium when they are in different geopolitical regions, and each pair is configured once, on one side.",
  why: "Azure refuses other pairs, and a pair configured on both sides creates two conflicting connections.",
  source: SOURCES.globalReach,
  check(model, report) {
    const seen = new Map<string, string>();
    for (const g of model.globalReach ?? []) {
      const ka = g.circuitKey;
      const kb = g.peerCircuitKey;
      if (
        !report.known(g, "expressRouteCircuitPeering.id", ka) ||
        !report.known(g, "peerExpressRouteCircuitPeering.id", kb)
      )
        continue;
      if (ka === undefined || kb === undefined) {
        report.fail(
          g,
          ka === undefined ? "expressRouteCircuitPeering.id" : "peerExpressRouteCircuitPeering.id",
          {
            message: "A Global Reach connection needs both circuits' private peerings.",
            value: undefined,
            allowed: "the ids of two circuits' AzurePrivatePeering",
            fix: "Set expressRouteCircuitPeering.id and peerExpressRouteCircuitPeering.id.",
          },
        );
        continue;
      }
      const malformed = [
        [ka, "expressRouteCircuitPeering.id"],
        [kb, "peerExpressRouteCircuitPeering.id"],
      ].filter(([k]) => k.startsWith(NOT_A_PEERING_ID));
      for (const [k, field] of malformed) {
        report.fail(g, field, {
          message: "The id is not the id of an ExpressRoute circuit's peering.",
          value: k.slice(NOT_A_PEERING_ID.length),
          allowed:
            "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/expressRouteCircuits/<circuit>/peerings/AzurePrivatePeering",
          fix: "Use the private peering's id (the peering resource's id output, or the circuit's id followed by /peerings/AzurePrivatePeering).",
        });
      }
      if (malformed.length > 0) continue;
      if (ka === kb) {
        report.fail(g, "peerExpressRouteCircuitPeering.id", {
          message: "A circuit cannot be connected to itself.",
          value: kb,
          allowed: "the private peering of another circuit",
          fix: "Point peerExpressRouteCircuitPeering.id at the other site's circuit.",
        });
        continue;
      }
      const pair = [ka, kb].sort().join(" <-> ");
      const first = seen.get(pair);
      if (first) {
        report.fail(g, "peerExpressRouteCircuitPeering.id", {
          message: `This pair is already connected by ${first}; configure each pair once, on one side only.`,
          value: pair,
          allowed: "one connection per pair of circuits",
          fix: "Remove this connection; Global Reach is bidirectional.",
        });
        continue;
      }
      seen.set(pair, g.key);
      const a = circuitByKey(model, ka);
      const b = circuitByKey(model, kb);
      if (a && b) checkPair(model, report, g, a, b);
    }
  },
};
