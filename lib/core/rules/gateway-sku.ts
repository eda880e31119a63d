import { GATEWAY_SKUS } from "../facts/gateway";
import { gatewaySku } from "../facts/gateway";
import { vnetGateways } from "./each";
import { oneOf, type Rule } from "./rule";

export const gatewaySkuRule: Rule = {
  id: "gateway-sku-valid",
  severity: "mandatory",
  description:
    "An ExpressRoute gateway has gatewayType ExpressRoute and an ExpressRoute SKU: Standard, HighPerformance, UltraPerformance, ErGw1AZ, ErGw2AZ, ErGw3AZ or ErGwScale.",
  why: "Circuits only connect to ExpressRoute gateways, and VPN SKUs are not ExpressRoute SKUs.",
  source: GATEWAY_SKUS.source,
  check(model, report) {
    for (const g of vnetGateways(model)) {
      if (report.known(g, "gatewayType", g.gatewayType) && g.gatewayType !== "ExpressRoute") {
        report.fail(g, "gatewayType", {
          message: "Circuits connect only to gateways of type ExpressRoute.",
          value: g.gatewayType,
          allowed: '"ExpressRoute"',
          fix: 'Set gatewayType to "ExpressRoute" (a VPN gateway is a separate resource).',
        });
      }
      if (report.known(g, "sku.name", g.skuName) && (g.skuName === undefined || !gatewaySku(g.skuName))) {
        report.fail(g, "sku.name", {
          message: "This is not an ExpressRoute gateway SKU.",
          value: g.skuName,
          allowed: oneOf(GATEWAY_SKUS.value.map((s) => s.name)),
          fix: "Use a zone-redundant SKU: ErGw1AZ, ErGw2AZ, ErGw3AZ or ErGwScale.",
        });
      }
    }
  },
};
