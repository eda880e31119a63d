import { CIRCUIT_CHANGES } from "../../core/facts/changes";
import { valueAt } from "../values";
import { changeFinding, ofKind, same, type ChangeRule } from "./context";

/** Billing changes from MeteredData to UnlimitedData in place, never back. */
export const circuitBilling: ChangeRule = {
  id: "change-circuit-billing-metered",
  check(context) {
    return ofKind(context, "network:ExpressRouteCircuit").flatMap((m) => {
      if (!m.before || !m.after) return [];
      const [old, now] = [valueAt(m.before, "sku.family"), valueAt(m.after, "sku.family")];
      if (!same(old, "UnlimitedData") || !same(now, "MeteredData")) return [];
      return [
        changeFinding("change-circuit-billing-metered", "mandatory", m, {
          path: "sku.family",
          message: `The circuit would go from UnlimitedData back to MeteredData; Azure changes billing only from MeteredData to UnlimitedData. Source: ${CIRCUIT_CHANGES.source.url}`,
          value: "UnlimitedData -> MeteredData",
          allowed: "UnlimitedData (as deployed)",
          fix: "Keep UnlimitedData (sku.family and sku.name); metered billing needs a new circuit.",
        }),
      ];
    });
  },
};
