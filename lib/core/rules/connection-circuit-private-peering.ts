import { displayKey } from "../findings";
import { SOURCES } from "../facts/sources";
import { circuitByKey } from "./each";
import { type Rule } from "./rule";

export const connectionCircuitPrivatePeering: Rule = {
  id: "connection-circuit-private-peering",
  severity: "mandatory",
  description:
    "A VNet link's circuit has Azure private peering; a Virtual WAN hub connection names that private peering.",
  why: "VNets are reached over private peering: without it the connection carries nothing.",
  source: SOURCES.circuitPeerings,
  check(model, report) {
    for (const x of model.connections ?? []) {
      const peering = x.circuitPeering;
      if (report.known(x, "peer.id", peering) && peering !== undefined && peering !== "AzurePrivatePeering") {
        report.fail(x, "peer.id", {
          message: `The hub connection names the circuit's ${String(peering)} peering; hubs connect to a circuit's Azure private peering.`,
          value: peering,
          allowed: "the id of the circuit's private peering (…/peerings/AzurePrivatePeering)",
          fix: "Point expressRouteCircuitPeering.id at the circuit's AzurePrivatePeering.",
        });
        continue;
      }
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
        message: `Circuit ${displayKey(c.key)} has no private peering (or its peerings are not configured yet), so the connection would carry no traffic.`,
        value: displayKey(c.key),
        allowed: "a circuit with AzurePrivatePeering",
        fix: "Configure the circuit's private peering (dual BGP) before connecting gateways or hubs to it.",
      });
    }
  },
};
