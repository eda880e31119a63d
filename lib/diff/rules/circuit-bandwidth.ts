import { CIRCUIT_CHANGES } from "../../core/facts/changes";
import { valueAt } from "../values";
import { changeFinding, ofKind, type ChangeRule } from "./context";

/** A circuit's bandwidth goes up in place (for a provider circuit, as the provider's port allows), never down. */
export const circuitBandwidth: ChangeRule = {
  id: "change-circuit-bandwidth",
  check(context) {
    return ofKind(context, "network:ExpressRouteCircuit").flatMap((m) => {
      if (!m.before || !m.after) return [];
      for (const [path, unit] of [
        ["serviceProviderProperties.bandwidthInMbps", "Mbps"],
        ["bandwidthInGbps", "Gbps"],
      ] as const) {
        const [old, now] = [valueAt(m.before, path), valueAt(m.after, path)];
        if (typeof old !== "number" || typeof now !== "number" || old === now) continue;
        if (now < old)
          return [
            changeFinding("change-circuit-bandwidth-decrease", "mandatory", m, {
              path,
              message: `The circuit's bandwidth would go down from ${old} to ${now} ${unit}; Azure only raises a circuit's bandwidth in place, so a lower one means a new circuit, a new service key and a new order with the provider. Source: ${CIRCUIT_CHANGES.source.url}`,
              value: `${old} -> ${now} ${unit}`,
              allowed: `${old} ${unit} or more`,
              fix: `Keep ${old} ${unit}; for less, create a new circuit beside this one, move the connections to it, then remove this one.`,
            }),
          ];
        if (unit === "Mbps")
          return [
            changeFinding("change-circuit-bandwidth-increase", "advisory", m, {
              path,
              message: `The circuit's bandwidth goes up from ${old} to ${now} Mbps in place; Azure does it on a best-effort basis, as the provider's port capacity at the peering location allows.`,
              value: `${old} -> ${now} Mbps`,
              allowed: "an increase the provider can carry",
              fix: "Check with the provider that its port has the capacity before you apply; if it does not, the update fails and the circuit keeps its bandwidth.",
            }),
          ];
      }
      return [];
    });
  },
};
