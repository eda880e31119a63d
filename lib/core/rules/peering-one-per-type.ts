import { SOURCES } from "../facts/sources";
import { isUnknown } from "../model";
import { type Rule } from "./rule";

export const peeringOnePerType: Rule = {
  id: "peering-one-per-type",
  severity: "mandatory",
  description: "A circuit has at most one peering of each type.",
  why: "Each circuit carries one private and one Microsoft peering at most; a second one of a type fails or replaces the first.",
  source: SOURCES.routing,
  check(model, report) {
    for (const c of model.circuits) {
      const seen = new Set<string>();
      for (const p of c.peerings) {
        const t = p.peeringType;
        if (t === undefined || isUnknown(t)) continue;
        if (seen.has(t)) {
          report.fail(p, "peeringType", {
            message: `The circuit already has a ${t} peering.`,
            value: t,
            allowed: "one AzurePrivatePeering and one MicrosoftPeering per circuit",
            fix: "Remove the duplicate peering, or configure it on another circuit.",
          });
        }
        seen.add(t);
      }
    }
  },
};
