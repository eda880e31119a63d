import { LOCAL_TIER } from "../facts/circuit";
import { isUnknown } from "../model";
import { declaredCircuits } from "./each";
import { type Rule } from "./rule";

export const localCircuitUnlimited: Rule = {
  id: "local-circuit-unlimited",
  severity: "mandatory",
  description:
    "A Local circuit from a connectivity provider uses the UnlimitedData family (on ExpressRoute Direct, where every circuit is created MeteredData, direct-circuit-metered applies instead).",
  why: "ExpressRoute Local from a provider is only offered with unlimited data; Azure rejects a metered one.",
  source: LOCAL_TIER.source,
  check(model, report) {
    for (const c of declaredCircuits(model)) {
      if (c.sku.tier !== "Local" || !c.provider || c.direct) continue;
      if (!report.known(c, "sku.family", c.sku.family)) continue;
      if (c.sku.family !== LOCAL_TIER.family && !isUnknown(c.sku.family)) {
        report.fail(c, "sku.family", {
          message: "A Local circuit must be billed UnlimitedData.",
          value: c.sku.family,
          allowed: JSON.stringify(LOCAL_TIER.family),
          fix: 'Set the family to "UnlimitedData", or use the Standard tier for metered billing.',
        });
      }
    }
  },
};
