import { displayKey } from "../findings";
import { SOURCES } from "../facts/sources";
import { circuitByKey } from "./each";
import { type Rule } from "./rule";

export const connectionCircuitPrivatePeering: Rule = {
  id: "connection-circuit-private-peering",
  severity: "mandatory",
  description: "A VNet link's circuit has Azure private peering.",
  why: "VNets are reached over private peering: without it the connection carries nothing.",
  source: SOURCES.circuitPeerings,
  check(model, report) {
    for (const x of model.connections ?? []) {
      const c = circuitByKey(model, x.circuitKey);
      if (!c || c.external) continue;
      if (c.peerings.some((p) => p.peeringType === "AzurePrivatePeering")) continue;
      if (c.peeringsUnknown) {
        report.cannotVerify(
          x,
          "peer.id",
          `circuit ${displayKey(c.key)}'s peerings are only known at deploy time`,
        );
        continue;
      }
      report.fail(x, "peer.id", {
        message: `Circuit ${displayKey(c.key)} has no private peering (or its peerings are not configured yet), so the VNet link would carry no traffic.`,
        value: displayKey(c.key),
        allowed: "a circuit with AzurePrivatePeering",
        fix: "Configure the circuit's private peering (dual BGP) before linking VNets to it.",
      });
    }
  },
};
