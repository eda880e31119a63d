import { VNET_LINK_LIMITS, vnetLinkLimit, type SkuTier } from "../facts/circuit";
import { bandwidthMbpsOf, connectionsOfCircuit, declaredCircuits, reportUnknownEnds } from "./each";
import { type Rule } from "./rule";

export const circuitVnetLinkLimit: Rule = {
  id: "circuit-vnet-link-limit",
  severity: "mandatory",
  description:
    "A circuit's VNet links, Virtual WAN hub connections and Global Reach connections together stay within its limit: 10 on Local and Standard, 20 to 100 on Premium by bandwidth.",
  why: "Azure refuses connections beyond the circuit's limit.",
  source: VNET_LINK_LIMITS.source,
  check(model, report) {
    if (declaredCircuits(model).length > 0) reportUnknownEnds(model, report, "circuitKey", "circuit");
    for (const c of declaredCircuits(model)) {
      const links = connectionsOfCircuit(model, c.key);
      const reach = (model.globalReach ?? []).filter(
        (g) => g.circuitKey === c.key || g.peerCircuitKey === c.key,
      );
      const other = c.additionalLinks ?? 0;
      const used = links.length + reach.length + other;
      if (used === 0) continue;
      const tier = c.sku.tier;
      const bw = bandwidthMbpsOf(c);
      if (!report.known(c, "sku.tier", tier) || typeof tier !== "string" || bw === undefined) continue;
      const limit = vnetLinkLimit(tier as SkuTier, bw);
      if (used > limit) {
        report.fail(c, "sku.tier", {
          message: `The circuit has ${links.length} VNet links or hub connections and ${reach.length} Global Reach connections${other ? ` here and ${other} elsewhere` : ""} (${used}), more than the ${limit} a ${tier} ${bw} Mbps circuit accepts.`,
          value: `${used} connections`,
          allowed: `at most ${limit}`,
          fix:
            tier === "Premium"
              ? "Use a faster circuit or a second circuit."
              : "Upgrade to Premium, or spread the VNets over another circuit.",
        });
      }
    }
  },
};
