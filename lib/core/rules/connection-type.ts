import { SOURCES } from "../facts/sources";
import { type Rule } from "./rule";

export const connectionType: Rule = {
  id: "connection-type-expressroute",
  severity: "mandatory",
  description:
    "A gateway connection to an ExpressRoute circuit has connectionType ExpressRoute and names both the gateway and the circuit.",
  why: "Azure only links circuits through ExpressRoute connections.",
  source: SOURCES.gateways,
  check(model, report) {
    for (const x of model.connections ?? []) {
      if (report.known(x, "connectionType", x.connectionType) && x.connectionType !== "ExpressRoute") {
        report.fail(x, "connectionType", {
          message: "A connection to a circuit must be of type ExpressRoute.",
          value: x.connectionType,
          allowed: '"ExpressRoute"',
          fix: 'Set connectionType to "ExpressRoute".',
        });
      }
      for (const [field, key] of [
        ["virtualNetworkGateway1.id", x.gatewayKey],
        ["peer.id", x.circuitKey],
      ] as const) {
        // An id unknown at preview is still set: only a missing one is a problem.
        if (key === undefined) {
          report.fail(x, field, {
            message: `The connection does not name its ${field.startsWith("peer") ? "circuit" : "gateway"}.`,
            value: undefined,
            allowed: "the id of the gateway (virtualNetworkGateway1) and of the circuit (peer)",
            fix: `Set ${field}.`,
          });
        }
      }
    }
  },
};
