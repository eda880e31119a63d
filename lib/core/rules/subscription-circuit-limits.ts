import { CIRCUIT_LIMITS } from "../facts/circuit";
import { nameKey } from "../suggest";
import type { CircuitModel } from "../model";
import { declaredCircuits } from "./each";
import { type Rule } from "./rule";

export const subscriptionCircuitLimits: Rule = {
  id: "subscription-circuit-limits",
  severity: "advisory",
  description:
    "A stack declares no more circuits than a subscription holds: 10 per region and 50 in all (support can raise the total).",
  why: "Azure refuses circuits beyond the subscription's limits; a stack cannot see the subscription's other circuits, so it only counts its own.",
  source: CIRCUIT_LIMITS.subscriptionSource,
  check(model, report) {
    const { perRegionPerSubscription: perRegion, perSubscription: total } = CIRCUIT_LIMITS.value;
    const circuits = declaredCircuits(model);
    const byRegion = new Map<string, CircuitModel[]>();
    for (const c of circuits) {
      if (typeof c.location !== "string") continue;
      const region = report.context.catalog.azureRegion(c.location) ?? c.location;
      byRegion.set(nameKey(region), [...(byRegion.get(nameKey(region)) ?? []), c]);
    }
    for (const list of byRegion.values()) {
      if (list.length <= perRegion) continue;
      report.fail(list[perRegion], "location", {
        message: `The stack declares ${list.length} circuits in ${String(list[0].location)}; a subscription holds ${perRegion} per region.`,
        shown: `${list.length} circuits`,
        allowed: `at most ${perRegion} circuits per region per subscription`,
        fix: "Spread the circuits over subscriptions (or regions), or ask Azure support about the limit first.",
      });
    }
    if (circuits.length > total) {
      report.fail(circuits[total], "location", {
        message: `The stack declares ${circuits.length} circuits; a subscription holds ${total} unless support raises the limit.`,
        shown: `${circuits.length} circuits`,
        allowed: `at most ${total} circuits per subscription`,
        fix: "Submit a support request to raise the limit, or spread the circuits over subscriptions.",
      });
    }
  },
};
