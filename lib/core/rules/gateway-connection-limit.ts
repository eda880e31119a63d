import { ERGW_SCALE, ergwScaleConnectionLimit, gatewaySku } from "../facts/gateway";
import { connectionsOfGateway, reportUnknownEnds, vnetGateways } from "./each";
import { type Rule } from "./rule";

export const gatewayConnectionLimit: Rule = {
  id: "gateway-connection-limit",
  severity: "mandatory",
  description:
    "An ExpressRoute gateway has no more circuit connections than its SKU accepts: 4 (Standard, ErGw1AZ), 8 (HighPerformance, ErGw2AZ), 16 (UltraPerformance, ErGw3AZ); ErGwScale 4, 8 or 16 from 1, 2 or 10 minimum units.",
  why: "Azure refuses connections beyond the gateway's limit.",
  source: ERGW_SCALE.source,
  check(model, report) {
    if ((model.gateways ?? []).length > 0) reportUnknownEnds(model, report, "gatewayKey", "gateway");
    for (const g of vnetGateways(model)) {
      const links = connectionsOfGateway(model, g.key);
      if (links.length === 0 || typeof g.skuName !== "string") continue;
      const sku = gatewaySku(g.skuName);
      if (!sku) continue;
      let limit = sku.maxConnections;
      if (g.skuName === "ErGwScale") {
        if (
          !report.known(g, "autoScaleConfiguration.bounds.min", g.scaleMin) ||
          typeof g.scaleMin !== "number"
        )
          continue;
        limit = ergwScaleConnectionLimit(g.scaleMin);
      }
      if (links.length > limit) {
        report.fail(g, "sku.name", {
          message: `The gateway has ${links.length} circuit connections; a ${g.skuName}${g.skuName === "ErGwScale" ? ` with ${String(g.scaleMin)} minimum units` : ""} gateway accepts ${limit}.`,
          value: g.skuName,
          allowed: `at most ${limit} connections`,
          fix: "Use a larger SKU (ErGw2AZ: 8, ErGw3AZ: 16), raise ErGwScale's minimum units, or add a gateway.",
        });
      }
    }
  },
};
