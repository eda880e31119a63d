import { DIRECT_CIRCUIT_FAMILY } from "../facts/circuit";
import { declaredCircuits } from "./each";
import { type Rule } from "./rule";

export const directCircuitMetered: Rule = {
  id: "direct-circuit-metered",
  severity: "mandatory",
  description:
    "A circuit on an ExpressRoute Direct port, Local included, is created with the MeteredData family.",
  why: "Azure creates Direct circuits MeteredData only; UnlimitedData can only be set on a circuit that already exists, and never back.",
  source: DIRECT_CIRCUIT_FAMILY.source,
  check(model, report) {
    for (const c of declaredCircuits(model)) {
      if (!c.direct || c.provider) continue;
      const family = c.sku.family;
      if (!report.known(c, "sku.family", family) || family !== "UnlimitedData") continue;
      report.fail(c, "sku.family", {
        message: "An ExpressRoute Direct circuit cannot be created UnlimitedData.",
        value: family,
        allowed: JSON.stringify(DIRECT_CIRCUIT_FAMILY.atCreation),
        fix: "Create the circuit MeteredData. To switch an existing Direct circuit to UnlimitedData (allowed once it exists, and irreversible), exempt it from this policy with that reason.",
      });
    }
  },
};
