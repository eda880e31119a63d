import { SOURCES } from "../facts/sources";
import { type Rule } from "./rule";

export const propertyShape: Rule = {
  id: "property-shape",
  severity: "mandatory",
  description:
    "Every property the ExpressRoute rules read has the type azure-native declares (peerings a list, vlanId a number, sku an object, and so on), and every reference the rules follow is an ARM id of the right kind of resource.",
  why: "A value of another type fails at deployment, and no rule can judge it: it would otherwise pass as if it were not set.",
  source: SOURCES.circuitArm,
  check(model, report) {
    const seen = new Set<string>();
    for (const issue of model.shapeIssues ?? []) {
      const key = `${issue.resource} ${issue.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report.fail({ key, origin: { resource: issue.resource } }, issue.path, {
        message: `The property must be ${issue.expected}.`,
        value: issue.value,
        allowed: issue.expected,
        fix: "Give the property the type azure-native declares for it (see the resource's typings).",
      });
    }
  },
};
