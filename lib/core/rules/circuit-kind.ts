import { SOURCES } from "../facts/sources";
import { declaredCircuits } from "./each";
import { type Rule } from "./rule";

export const circuitKind: Rule = {
  id: "circuit-provider-or-direct",
  severity: "mandatory",
  description:
    "A circuit is either a provider circuit (serviceProviderProperties) or an ExpressRoute Direct circuit (expressRoutePort with bandwidthInGbps), never both or neither.",
  why: "Azure needs exactly one way to provision the circuit's links.",
  source: SOURCES.direct,
  check(model, report) {
    for (const c of declaredCircuits(model)) {
      if (Boolean(c.provider) === Boolean(c.direct)) {
        report.fail(c, c.provider ? "expressRoutePort" : "serviceProviderProperties", {
          message: c.provider
            ? "The circuit has both provider properties and an ExpressRoute Direct port."
            : "The circuit has neither provider properties nor an ExpressRoute Direct port.",
          value: c.provider ? "both set" : "neither set",
          allowed: "serviceProviderProperties, or expressRoutePort with bandwidthInGbps",
          fix: "Keep exactly one: a provider, peering location and bandwidthInMbps, or a Direct port and bandwidthInGbps.",
        });
      }
    }
  },
};
