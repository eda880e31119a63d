import { displayKey } from "../findings";
import { SOURCES } from "../facts/sources";
import { isUnknown } from "../model";
import { circuitByKey, gatewayByKey, gatewayDualStack } from "./each";
import { type Rule } from "./rule";

export const connectionDualStack: Rule = {
  id: "connection-dual-stack",
  severity: "mandatory",
  description:
    "A dual-stack ExpressRoute gateway (its GatewaySubnet has an IPv6 prefix) links only circuits whose private peering has IPv6 too.",
  why: "Azure cannot connect a dual-stack gateway to a circuit whose private peering is IPv4 only.",
  source: SOURCES.ipv6,
  check(model, report) {
    for (const x of model.connections ?? []) {
      const g = gatewayByKey(model, x.gatewayKey);
      const c = circuitByKey(model, x.circuitKey);
      if (!g || !c || c.external) continue;
      const dual = gatewayDualStack(model, g);
      if (dual === undefined || dual === false) continue;
      if (isUnknown(dual)) {
        report.cannotVerify(
          x,
          "virtualNetworkGateway1.id",
          "whether the gateway's subnet has IPv6 is only known at deploy time",
        );
        continue;
      }
      const privatePeering = c.peerings.find((p) => p.peeringType === "AzurePrivatePeering");
      if (!privatePeering) continue; // connection-circuit-private-peering's
      const v6 = privatePeering.ipv6;
      if (v6 && (isUnknown(v6.primaryPeerAddressPrefix) || isUnknown(v6.secondaryPeerAddressPrefix))) {
        report.cannotVerify(x, "peer.id", "whether the circuit's private peering has IPv6 is not known here");
        continue;
      }
      if (v6 !== undefined) continue;
      report.fail(x, "peer.id", {
        message: `The gateway is dual-stack (its GatewaySubnet has an IPv6 prefix) but circuit ${displayKey(c.key)}'s private peering is IPv4 only.`,
        value: displayKey(c.key),
        allowed: "a circuit whose private peering has IPv6 (ipv6PeeringConfig) as well",
        fix: "Add IPv6 (two /126s) to the circuit's private peering, or link it to an IPv4-only gateway.",
      });
    }
  },
};
