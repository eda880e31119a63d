import { pathOf } from "../findings";
import { ERGW_SCALE, FAST_PATH, gatewaySku } from "../facts/gateway";
import { isUnknown } from "../model";
import { circuitByKey, gatewayByKey } from "./each";
import { type Rule } from "./rule";

export const connectionFastPath: Rule = {
  id: "connection-fastpath-eligible",
  severity: "mandatory",
  description:
    "FastPath is only enabled on connections to UltraPerformance, ErGw3AZ or ErGwScale (10+ units) gateways, and Private Link FastPath only with FastPath over an ExpressRoute Direct circuit.",
  why: "Azure ignores or refuses FastPath elsewhere, so traffic would silently keep going through the gateway.",
  source: FAST_PATH.source,
  check(model, report) {
    for (const x of model.connections ?? []) {
      const g = gatewayByKey(model, x.gatewayKey);
      if (x.fastPath === true && g) {
        if (report.known(g, "sku.name", g.skuName) && typeof g.skuName === "string") {
          const sku = gatewaySku(g.skuName);
          if (g.skuName === "ErGwScale" && !report.known(g, "autoScaleConfiguration.bounds.min", g.scaleMin))
            continue;
          const scaleOk =
            g.skuName !== "ErGwScale" ||
            (typeof g.scaleMin === "number" && g.scaleMin >= ERGW_SCALE.fastPathMinUnits);
          if (sku && (!sku.fastPath || !scaleOk)) {
            report.fail(x, "expressRouteGatewayBypass", {
              message: `FastPath is not available on the gateway's ${g.skuName} SKU${g.skuName === "ErGwScale" ? ` with fewer than ${ERGW_SCALE.fastPathMinUnits} minimum units` : ""}.`,
              value: true,
              allowed: `UltraPerformance, ErGw3AZ, or ErGwScale with at least ${ERGW_SCALE.fastPathMinUnits} minimum scale units`,
              fix: "Use an ErGw3AZ gateway (or ErGwScale with 10+ units), or turn FastPath off.",
            });
          }
        }
      }
      if (x.privateLinkFastPath !== true) continue;
      if (x.fastPath !== true && !isUnknown(x.fastPath)) {
        report.fail(x, "enablePrivateLinkFastPath", {
          message: `Private Link FastPath needs FastPath (${pathOf(x, "expressRouteGatewayBypass")}) on.`,
          value: true,
          allowed: `${pathOf(x, "enablePrivateLinkFastPath")} only with ${pathOf(x, "expressRouteGatewayBypass")}: true`,
          fix: `Set ${pathOf(x, "expressRouteGatewayBypass")} to true, or turn Private Link FastPath off.`,
        });
      }
      const c = circuitByKey(model, x.circuitKey);
      if (c && !c.external && !c.direct) {
        report.fail(x, "enablePrivateLinkFastPath", {
          message: "Private Link FastPath is only supported over ExpressRoute Direct circuits.",
          value: true,
          allowed: "a connection to a circuit on an ExpressRoute Direct port",
          fix: "Turn Private Link FastPath off, or connect a Direct circuit.",
        });
      }
    }
  },
};
