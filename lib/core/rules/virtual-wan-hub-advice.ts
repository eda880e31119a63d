import { pathOf } from "../findings";
import { HUB_FAST_PATH, HUB_GATEWAY_SCALE } from "../facts/virtual-wan";
import { circuitByKey, connectionsOfGateway, hubGateways } from "./each";
import { type Rule } from "./rule";

export const virtualWanHubAdvice: Rule = {
  id: "virtual-wan-hub-advice",
  severity: "advisory",
  description: `A Virtual WAN ExpressRoute gateway keeps its throughput in maintenance (${HUB_GATEWAY_SCALE.steadyMinUnits} or more minimum units), its maximum units are not below its minimum, and FastPath is only asked for where Virtual WAN applies it (ExpressRoute Direct, ${HUB_FAST_PATH.minUnits}+ units).`,
  why: "One scale unit may lose throughput during maintenance; a maximum below the minimum is not documented to work; Virtual WAN applies FastPath by itself, only to Direct circuits on gateways of 5 or more units.",
  source: HUB_GATEWAY_SCALE.source,
  check(model, report) {
    for (const g of hubGateways(model)) {
      const { scaleMin: min, scaleMax: max } = g;
      if (min === 1) {
        report.fail(g, "autoScaleConfiguration.bounds.min", {
          message: "With one scale unit, the gateway's throughput may vary during Azure's maintenance.",
          value: min,
          allowed: `${HUB_GATEWAY_SCALE.steadyMinUnits} or more minimum units`,
          fix: `Set ${pathOf(g, "autoScaleConfiguration.bounds.min")} to ${HUB_GATEWAY_SCALE.steadyMinUnits} (4 Gbps) or more.`,
        });
      }
      if (typeof min === "number" && typeof max === "number" && max < min) {
        report.fail(g, "autoScaleConfiguration.bounds.max", {
          message: `The maximum scale units (${max}) are below the minimum (${min}).`,
          value: max,
          allowed: `at least the minimum (${min})`,
          fix: `Set ${pathOf(g, "autoScaleConfiguration.bounds.max")} to the minimum or more, or leave it unset.`,
        });
      }
      for (const x of connectionsOfGateway(model, g.key)) {
        if (x.fastPath !== true) continue;
        const c = circuitByKey(model, x.circuitKey);
        const notDirect = c !== undefined && !c.external && !c.direct;
        const small = typeof min === "number" && min < HUB_FAST_PATH.minUnits;
        if (!notDirect && !small) continue;
        report.fail(x, "expressRouteGatewayBypass", {
          message: `Virtual WAN applies FastPath only to ExpressRoute Direct circuits on gateways with ${HUB_FAST_PATH.minUnits} or more scale units; ${notDirect ? "this circuit is a provider circuit" : `this gateway has ${String(min)}`}, so traffic keeps going through the gateway.`,
          value: true,
          allowed: `FastPath with an ExpressRoute Direct circuit and ${pathOf(g, "autoScaleConfiguration.bounds.min")} >= ${HUB_FAST_PATH.minUnits}`,
          fix: `Leave ${pathOf(x, "expressRouteGatewayBypass")} unset (Virtual WAN turns FastPath on where it applies), or connect a Direct circuit to a gateway of 5+ units.`,
        });
      }
    }
  },
};
