import { DIRECT_CIRCUIT_BANDWIDTHS_GBPS, type DirectPortBandwidthGbps } from "../facts/circuit";
import { isUnknown } from "../model";
import { oneOf, type Rule } from "./rule";

export const directCircuitBandwidth: Rule = {
  id: "direct-circuit-bandwidth",
  severity: "mandatory",
  description:
    "A circuit on an ExpressRoute Direct port uses a bandwidth offered for the port's speed: 1, 2, 5 or 10 Gbps on 10 Gbps ports; 5, 10, 40 or 100 on 100 Gbps; up to 400 on 400 Gbps.",
  why: "Azure only carves the listed circuit sizes from each port speed.",
  source: DIRECT_CIRCUIT_BANDWIDTHS_GBPS.source,
  check(model, report) {
    for (const c of model.circuits) {
      if (!c.direct) continue;
      const bw = c.direct.bandwidthInGbps;
      if (!report.known(c, "bandwidthInGbps", bw)) continue;
      const portKey = c.direct.portKey;
      const port = isUnknown(portKey) ? undefined : model.ports.find((p) => p.key === portKey);
      const speed = port ? port.bandwidthInGbps : c.direct.portBandwidthInGbps;
      if (!report.known(c, "expressRoutePort", speed)) continue;
      if (speed === undefined) {
        report.fail(c, "expressRoutePort", {
          severity: "advisory",
          message: "Cannot verify the circuit's bandwidth: the port's speed is not known.",
          value: portKey,
          allowed: "a port whose bandwidthInGbps is 10, 100 or 400",
          fix: "Declare the port in the same program, or give the port's speed.",
        });
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
