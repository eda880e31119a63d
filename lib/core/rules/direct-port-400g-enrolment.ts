import { DIRECT_PORT_BANDWIDTHS_GBPS } from "../facts/circuit";
import { type Rule } from "./rule";

export const directPortEnrolment: Rule = {
  id: "direct-port-400g-enrolment",
  severity: "advisory",
  description: "A 400 Gbps ExpressRoute Direct port is only ordered by a subscription enrolled for it.",
  why: "Without the enrolment the port cannot be created.",
  source: DIRECT_PORT_BANDWIDTHS_GBPS.source,
  check(model, report) {
    for (const port of model.ports) {
      const bw = port.bandwidthInGbps;
      if (
        report.known(port, "bandwidthInGbps", bw) &&
        (DIRECT_PORT_BANDWIDTHS_GBPS.enrolmentOnly as readonly unknown[]).includes(bw)
      ) {
        report.fail(port, "bandwidthInGbps", {
          message: "400 Gbps ports are only available to enrolled subscriptions.",
          value: bw,
          allowed: "10 or 100, or 400 after enrolment",
          fix: "Make sure the subscription is enrolled for 400 Gbps ExpressRoute Direct.",
        });
      }
    }
  },
};
