import { ERGW_SCALE } from "../facts/gateway";
import { pathOf } from "../findings";
import { vnetGateways } from "./each";
import { type Rule } from "./rule";

export const gatewayScaleBounds: Rule = {
  id: "gateway-scale-bounds",
  severity: "mandatory",
  description:
    "An ErGwScale gateway's autoscale bounds satisfy 1 <= min <= max <= 40, and autoscaling (min below max) starts at 2 units.",
  why: "Azure refuses other bounds; a single-unit minimum cannot autoscale.",
  source: ERGW_SCALE.source,
  check(model, report) {
    for (const g of vnetGateways(model)) {
      if (g.skuName !== "ErGwScale") continue;
      const { scaleMin: min, scaleMax: max } = g;
      if (
        !report.known(g, "autoScaleConfiguration.bounds.min", min) ||
        !report.known(g, "autoScaleConfiguration.bounds.max", max)
      )
        continue;
      const allowed = `integers with ${ERGW_SCALE.minUnits} <= min <= max <= ${ERGW_SCALE.maxUnits}, and min >= ${ERGW_SCALE.autoscaleMinUnits} when min < max`;
      const bad = (field: string, value: unknown, message: string, fix: string) =>
        report.fail(g, field, { message, value, allowed, fix });
      // The fixes name the bounds as the user wrote them (`scaleUnits.min` on the component).
      const minPath = pathOf(g, "autoScaleConfiguration.bounds.min");
      const maxPath = pathOf(g, "autoScaleConfiguration.bounds.max");
      if (
        min === undefined ||
        !Number.isInteger(min) ||
        min < ERGW_SCALE.minUnits ||
        min > ERGW_SCALE.maxUnits
      ) {
        bad(
          "autoScaleConfiguration.bounds.min",
          min,
          "The minimum scale units are missing or out of range.",
          `Set ${minPath} between 1 and 40.`,
        );
        continue;
      }
      if (max === undefined || !Number.isInteger(max) || max < min || max > ERGW_SCALE.maxUnits) {
        bad(
          "autoScaleConfiguration.bounds.max",
          max,
          `The maximum scale units must be between min (${min}) and 40.`,
          `Set ${maxPath} between ${minPath} and 40.`,
        );
        continue;
      }
      if (min < max && min < ERGW_SCALE.autoscaleMinUnits) {
        bad(
          "autoScaleConfiguration.bounds.min",
          min,
          "Autoscaling (min below max) needs at least 2 minimum units.",
          `Raise ${minPath} to 2, or set ${maxPath} = ${minPath} = 1 for a fixed single unit.`,
        );
      }
    }
  },
};
