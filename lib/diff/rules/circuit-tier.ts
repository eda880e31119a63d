import { CIRCUIT_CHANGES } from "../../core/facts/changes";
import { isUnknown, type TopologyModel } from "../../core/model";
import {
  circuitByKey,
  connectionsOfCircuit,
  gatewayByKey,
  gatewayRegion,
  peeringLocationOf,
} from "../../core/rules/each";
import type { MatchedResource } from "../diff";
import { normalUrn } from "../stack-export";
import { valueAt } from "../values";
import { changeFinding, ofKind, same, type ChangeContext, type ChangeRule } from "./context";

/** The geopolitical regions a circuit's connections reach, by connection (VNet links and Global Reach). */
function reach(
  context: ChangeContext,
  model: TopologyModel,
  circuitKey: string,
): Map<string, string | undefined> {
  const { catalog } = context;
  const found = new Map<string, string | undefined>();
  for (const x of connectionsOfCircuit(model, circuitKey)) {
    const gateway = gatewayByKey(model, x.gatewayKey);
    const region = gateway ? gatewayRegion(model, gateway) : undefined;
    found.set(
      normalUrn(x.key),
      typeof region === "string" ? catalog.geopoliticalRegionOfAzureRegion(region) : undefined,
    );
  }
  for (const g of model.globalReach ?? []) {
    if (g.circuitKey !== circuitKey && g.peerCircuitKey !== circuitKey) continue;
    const other = circuitByKey(model, g.circuitKey === circuitKey ? g.peerCircuitKey : g.circuitKey);
    const location = other ? peeringLocationOf(model, other) : undefined;
    found.set(normalUrn(g.key), location ? catalog.find(location)?.geopoliticalRegion : undefined);
  }
  return found;
}

function premiumToStandard(context: ChangeContext, m: MatchedResource) {
  const links = new Map([
    ...(m.state ? reach(context, context.stateModel, normalUrn(m.state.urn)) : []),
    ...(m.planned ? reach(context, context.planModel, m.planned.urn) : []),
  ]);
  const circuit = m.planned ? circuitByKey(context.planModel, m.planned.urn) : undefined;
  const location = circuit ? peeringLocationOf(context.planModel, circuit) : undefined;
  const home =
    location && !isUnknown(location) ? context.catalog.find(location)?.geopoliticalRegion : undefined;
  const outside = home ? [...links.values()].filter((g) => g !== undefined && g !== home) : [];
  const limit = CIRCUIT_CHANGES.standardLinkLimit;
  if (links.size <= limit && outside.length === 0) return [];
  const why = [
    ...(links.size > limit ? [`${links.size} connections (Standard allows ${limit})`] : []),
    ...(outside.length
      ? [`${outside.length} outside its geopolitical region (${home}): ${[...new Set(outside)].join(", ")}`]
      : []),
  ].join(" and ");
  return [
    changeFinding("change-circuit-premium-to-standard", "mandatory", m, {
      path: "sku.tier",
      message: `The circuit would go from Premium to Standard while it has ${why}, counted from the deployed stack and the plan; Azure refuses the downgrade until they are gone. Source: ${CIRCUIT_CHANGES.source.url}`,
      value: "Premium -> Standard",
      allowed: `Standard only with at most ${limit} connections, all in ${home ?? "the circuit's geopolitical region"}`,
      fix: `Remove the extra and far connections in one update first, then downgrade in a second one (with fewer than ${CIRCUIT_CHANGES.standardRouteLimit} routes on the private peering, or its BGP session drops); or keep Premium.`,
    }),
  ];
}

/** Tier changes: Standard to Premium (billed), Premium to Standard only when Standard can hold the links, Local up only with UnlimitedData. */
export const circuitTier: ChangeRule = {
  id: "change-circuit-tier",
  check(context) {
    return ofKind(context, "network:ExpressRouteCircuit").flatMap((m) => {
      if (!m.before || !m.after) return [];
      const [old, now] = [valueAt(m.before, "sku.tier"), valueAt(m.after, "sku.tier")];
      if (same(old, now)) return [];
      if (same(old, "Premium") && same(now, "Standard")) return premiumToStandard(context, m);
      if (same(old, "Standard") && same(now, "Premium"))
        return [
          changeFinding("change-circuit-standard-to-premium", "advisory", m, {
            path: "sku.tier",
            message:
              "The circuit goes from Standard to Premium in place: the Premium add-on is billed from the change on.",
            value: "Standard -> Premium",
            allowed: "an upgrade the budget covers",
            fix: "Confirm the Premium charge; nothing else is needed.",
          }),
        ];
      if (same(old, "Local") && (same(now, "Standard") || same(now, "Premium"))) {
        const family = valueAt(m.after, "sku.family");
        if (same(family, "UnlimitedData")) return [];
        return [
          changeFinding("change-circuit-local-upgrade", "mandatory", m, {
            path: "sku.family",
            message: `A Local circuit moves to ${String(now)} in place only with UnlimitedData billing; the plan gives ${String(family)}. Source: ${CIRCUIT_CHANGES.source.url}`,
            value: `Local -> ${String(now)} ${String(family)}`,
            allowed: `${String(now)} UnlimitedData`,
            fix: `Set sku.family to UnlimitedData (and sku.name to ${String(now)}_UnlimitedData) with the tier change.`,
          }),
        ];
      }
      return [];
    });
  },
};
