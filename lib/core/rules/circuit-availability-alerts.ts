import { CIRCUIT_ALERTS } from "../facts/monitoring";
import { UNKNOWN, isUnknown } from "../model";
import { declaredCircuits } from "./each";
import { pointsAt } from "./operations-each";
import { type Rule } from "./rule";

const BGP = CIRCUIT_ALERTS.find((a) => a.metric === "BgpAvailability")!;

export const circuitAvailabilityAlerts: Rule = {
  id: "circuit-availability-alerts",
  severity: "advisory",
  description:
    "Every circuit has a BGP availability alert split by peer, so losing the session on either link alerts on its own.",
  why: "A circuit that loses one BGP session keeps carrying traffic on the other link: only a per-link alert says its SLA no longer holds, before the second link fails too.",
  source: BGP.source,
  check(model, report) {
    const ops = model.operations;
    if (!ops) return;
    for (const c of declaredCircuits(model)) {
      let watched: boolean | typeof UNKNOWN = false;
      let unsplit = false;
      for (const alert of ops.alerts) {
        const on = pointsAt(alert.scopes, c.key);
        if (on === false) continue;
        if (isUnknown(alert.criteria)) {
          watched = watched === true ? true : UNKNOWN;
          continue;
        }
        const bgp = (alert.criteria ?? []).filter(
          (k) => typeof k.metric === "string" && k.metric.toLowerCase() === "bgpavailability",
        );
        if (bgp.length === 0) continue;
        if (!bgp.some((k) => k.splitBy.some((d) => d.toLowerCase() === "peer"))) {
          unsplit = true;
          continue;
        }
        if (on === true) watched = true;
        else if (watched === false) watched = UNKNOWN;
      }
      if (watched === true) continue;
      if (isUnknown(watched)) {
        report.cannotVerify(c, "alerts", "an alert's scope or criteria are only known at deploy time");
        continue;
      }
      report.fail(c, "alerts", {
        message: unsplit
          ? "The circuit's BGP availability alert is not split by peer: it averages both links, so one session down shows as 50% and cannot say which link failed."
          : "No metric alert watches the circuit's BGP availability: losing the session on one link would go unnoticed while the other carries the traffic.",
        value: unsplit ? "BgpAvailability without a Peer dimension" : "no BgpAvailability alert",
        allowed: `a metric alert on BgpAvailability below ${BGP.threshold}%, split by ${BGP.splitBy.join(" and ")}`,
        fix: 'Use a circuit component of this library (it creates the alerts), or add an azure-native monitor.MetricAlert on BgpAvailability with dimensions [{ name: "Peer", operator: "Include", values: ["*"] }].',
      });
    }
  },
};
