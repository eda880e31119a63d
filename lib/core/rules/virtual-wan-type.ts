import { VIRTUAL_WAN_TYPES } from "../facts/virtual-wan";
import { hubGateways, hubOfGateway } from "./each";
import { type Rule } from "./rule";

export const virtualWanType: Rule = {
  id: "virtual-wan-type-expressroute",
  severity: "mandatory",
  description:
    "A Virtual WAN ExpressRoute gateway names its hub, and that hub is a Standard hub in a Standard Virtual WAN (Basic carries site-to-site VPN only).",
  why: "Azure cannot place an ExpressRoute gateway without a hub, or in a Basic hub: Basic virtual WANs contain only Basic hubs, which are for site-to-site VPN.",
  source: VIRTUAL_WAN_TYPES.source,
  check(model, report) {
    const seen = new Set<string>();
    for (const g of hubGateways(model)) {
      if (g.hubKey === "") {
        report.fail(g, "hub", {
          message: "The ExpressRoute gateway names no Virtual WAN hub.",
          value: undefined,
          allowed: "the id of a Virtual WAN hub (virtualHub.id)",
          fix: "Set virtualHub.id to the hub the gateway belongs in.",
        });
        continue;
      }
      const hub = hubOfGateway(model, g);
      if (!hub || seen.has(hub.key)) continue;
      seen.add(hub.key);
      if (report.known(hub, "sku", hub.sku) && hub.sku !== undefined && hub.sku !== "Standard") {
        report.fail(hub, "sku", {
          message: `The hub is a ${String(hub.sku)} hub: only Standard hubs carry ExpressRoute.`,
          value: hub.sku,
          allowed: '"Standard" (or unset, in a Standard Virtual WAN)',
          fix: 'Set the hub\'s sku to "Standard" (its Virtual WAN must be Standard too).',
        });
      }
      const wan = (model.virtualWans ?? []).find((w) => w.key === hub.wanKey);
      if (!wan || seen.has(wan.key)) continue;
      seen.add(wan.key);
      if (report.known(wan, "type", wan.type) && wan.type !== undefined && wan.type !== "Standard") {
        report.fail(wan, "type", {
          message: `The Virtual WAN is ${String(wan.type)}: a Basic Virtual WAN has only Basic hubs, which carry site-to-site VPN and no ExpressRoute.`,
          value: wan.type,
          allowed: `"${VIRTUAL_WAN_TYPES.expressRoute}"`,
          fix: 'Set the Virtual WAN\'s type to "Standard" (Basic upgrades to Standard in place; there is no way back).',
        });
      }
    }
  },
};
