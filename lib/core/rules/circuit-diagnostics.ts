import { DIAGNOSTIC_LOGS } from "../facts/monitoring";
import { UNKNOWN } from "../model";
import { declaredCircuits } from "./each";
import { pointsAt } from "./operations-each";
import { type Rule } from "./rule";

export const circuitDiagnostics: Rule = {
  id: "circuit-diagnostics",
  severity: "advisory",
  description:
    "When a stack sends resources' logs somewhere (diagnostic settings), every circuit sends its PeeringRouteLog too.",
  why: "Azure keeps no resource logs until a diagnostic setting exists; a circuit left out of an estate's logging has no route table history when a route goes missing.",
  source: DIAGNOSTIC_LOGS.source,
  check(model, report) {
    const ops = model.operations;
    if (!ops || ops.diagnostics.length === 0) return;
    for (const c of declaredCircuits(model)) {
      let sent: boolean | typeof UNKNOWN = false;
      for (const d of ops.diagnostics) {
        const on = pointsAt([d.target], c.key);
        if (on === true) sent = true;
        else if (on === UNKNOWN && sent === false) sent = UNKNOWN;
      }
      if (sent === true) continue;
      if (sent === UNKNOWN) {
        report.cannotVerify(c, "diagnostics", "a diagnostic setting's resource is only known at deploy time");
        continue;
      }
      report.fail(c, "diagnostics", {
        message: "The stack sends other resources' logs to a workspace, but not this circuit's.",
        value: "no diagnostic setting",
        allowed: `a diagnostic setting on the circuit with ${DIAGNOSTIC_LOGS.circuit.join(", ")}`,
        fix: "Give the circuit component monitoring.logAnalyticsWorkspaceId, or add an azure-native monitor.DiagnosticSetting with the circuit's id as resourceUri.",
      });
    }
  },
};
