import { pathOf } from "../findings";
import { HUB_GATEWAY_SCALE } from "../facts/virtual-wan";
import { hubGateways } from "./each";
import { type Rule } from "./rule";

const { minUnits, maxUnits, gbpsPerUnit } = HUB_GATEWAY_SCALE;

export const hubGatewayScaleUnits: Rule = {
  id: "hub-gateway-scale-units",
  severity: "mandatory",
  description: `A Virtual WAN ExpressRoute gateway's scale units (autoScaleConfiguration.bounds min and max) are whole numbers from ${minUnits} to ${maxUnits} (${gbpsPerUnit} Gbps each).`,
  why: `A hub's ExpressRoute gateway is provisioned in units of ${gbpsPerUnit} Gbps, up to ${maxUnits} units (${maxUnits * gbpsPerUnit} Gbps); the 40 units of ErGwScale apply to virtual network gateways only.`,
  source: HUB_GATEWAY_SCALE.source,
  check(model, report) {
    for (const g of hubGateways(model)) {
      for (const bound of ["min", "max"] as const) {
        const field = `autoScaleConfiguration.bounds.${bound}`;
        const value = bound === "min" ? g.scaleMin : g.scaleMax;
        if (!report.known(g, field, value) || value === undefined) continue;
        if (Number.isInteger(value) && value >= minUnits && value <= maxUnits) continue;
        report.fail(g, field, {
          message: `The gateway's ${bound === "min" ? "minimum" : "maximum"} scale units are ${value}, outside what a Virtual WAN hub offers.`,
          value,
          allowed: `a whole number from ${minUnits} to ${maxUnits}`,
          fix: `Set ${pathOf(g, field)} between ${minUnits} and ${maxUnits} (each unit is ${gbpsPerUnit} Gbps), or use a virtual network gateway (ErGwScale) for more.`,
        });
      }
    }
  },
};
