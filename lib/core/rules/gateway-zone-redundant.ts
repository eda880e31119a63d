import { GATEWAY_SKUS, gatewaySku } from "../facts/gateway";
import { vnetGateways } from "./each";
import { type Rule } from "./rule";

export const gatewayZoneRedundant: Rule = {
  id: "gateway-zone-redundant",
  severity: "advisory",
  description: "An ExpressRoute gateway uses a zone-redundant SKU (ErGw1AZ, ErGw2AZ, ErGw3AZ or ErGwScale).",
  why: "A non-AZ gateway goes down with its availability zone, taking every VNet link with it.",
  source: GATEWAY_SKUS.source,
  check(model, report) {
    for (const g of vnetGateways(model)) {
      if (typeof g.skuName !== "string") continue;
      const sku = gatewaySku(g.skuName);
      if (sku && !sku.zoneRedundant) {
        const az =
          { Standard: "ErGw1AZ", HighPerformance: "ErGw2AZ", UltraPerformance: "ErGw3AZ" }[g.skuName] ??
          "ErGwScale";
        report.fail(g, "sku.name", {
          message: `${g.skuName} is not zone-redundant.`,
          value: g.skuName,
          allowed: "ErGw1AZ, ErGw2AZ, ErGw3AZ, ErGwScale",
          fix: `Use ${az}, which has the same capacity across availability zones.`,
        });
      }
    }
  },
};
