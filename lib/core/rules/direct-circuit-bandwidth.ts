import { DIRECT_CIRCUIT_BANDWIDTHS_GBPS, type DirectPortBandwidthGbps } from "../facts/circuit";
import { isUnknown } from "../model";
import { declaredCircuits } from "./each";
import { oneOf, type Rule } from "./rule";

export const directCircuitBandwidth: Rule = {
  id: "direct-circuit-bandwidth",
  severity: "mandatory",
  description:
    "A circuit on an ExpressRoute Direct port uses a bandwidth offered for the port's speed: 1, 2, 5 or 10 Gbps on 10 Gbps ports; 5, 10, 40 or 100 on 100 Gbps; up to 400 on 400 Gbps.",
  why: "Azure only carves the listed circuit sizes from each port speed.",
  source: DIRECT_CIRCUIT_BANDWIDTHS_GBPS.source,
  check(model, report) {
    for (const c of declaredCircuits(model)) {
      if (!c.direct) continue;
      const bw = c.direct.bandwidthInGbps;
      if (!report.known(c, "bandwidthInGbps", bw)) continue;
      const portKey = c.direct.portKey;
      const port = isUnknown(portKey) ? undefined : model.ports.find((p) => p.key === portKey);
      const speed = port ? port.bandwidthInGbps : c.direct.portBandwidthInGbps;
      if (speed === undefined || isUnknown(speed)) {
        report.cannotVerify(
          c,
          "expressRoutePort",
          isUnknown(portKey)
            ? "the port's id is only known at deploy time"
            : "the port is not in this stack, so its speed is unknown",
        );
        continue;
      }
      const allowed = DIRECT_CIRCUIT_BANDWIDTHS_GBPS.value[speed as DirectPortBandwidthGbps];
      if (!allowed) continue; // the port's own speed is reported by direct-port-valid
      if (bw === undefined || !allowed.includes(bw)) {
        report.fail(c, "bandwidthInGbps", {
          message: `The bandwidth is not offered on a ${speed} Gbps ExpressRoute Direct port.`,
          value: bw,
          allowed: `${oneOf(allowed)} (Gbps)`,
          fix: `Pick one of ${oneOf(allowed)} Gbps, or use a port of another speed.`,
        });
      }
    }
  },
};
