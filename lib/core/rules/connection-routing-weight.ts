import { ROUTING_WEIGHT } from "../facts/gateway";
import { type Rule } from "./rule";

export const connectionRoutingWeight: Rule = {
  id: "connection-routing-weight",
  severity: "mandatory",
  description: "A VNet link's routing weight is an integer from 0 to 32000.",
  why: "Azure refuses other weights.",
  source: ROUTING_WEIGHT.source,
  check(model, report) {
    for (const x of model.connections ?? []) {
      const w = x.routingWeight;
      if (!report.known(x, "routingWeight", w) || w === undefined) continue;
      if (!Number.isInteger(w) || w < ROUTING_WEIGHT.min || w > ROUTING_WEIGHT.max) {
        report.fail(x, "routingWeight", {
          message: "The routing weight is out of range.",
          value: w,
          allowed: `an integer in ${ROUTING_WEIGHT.min}..${ROUTING_WEIGHT.max}`,
          fix: "Pick a weight in range; the link with the higher weight is preferred.",
        });
      }
    }
  },
};
