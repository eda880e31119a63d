import { SKU_FAMILIES, SKU_TIERS } from "../facts/circuit";
import { SOURCES } from "../facts/sources";
import { declaredCircuits } from "./each";
import { oneOf, type Rule } from "./rule";

export const circuitSku: Rule = {
  id: "circuit-sku-valid",
  severity: "mandatory",
  description:
    "A circuit's SKU tier is Local, Standard or Premium, its family MeteredData or UnlimitedData, and its name is tier_family.",
  why: "Azure rejects a circuit whose SKU name does not match its tier and family, and Basic is a retired tier.",
  source: SOURCES.circuitArm,
  check(model, report) {
    for (const c of declaredCircuits(model)) {
      const { tier, family, name } = c.sku;
      if (report.known(c, "sku.tier", tier)) {
        if ((SKU_TIERS.retired as readonly unknown[]).includes(tier)) {
          report.fail(c, "sku.tier", {
            message: `The ${tier} tier is a legacy value that new circuits cannot use.`,
            value: tier,
            allowed: oneOf(SKU_TIERS.value),
            fix: `Use "Standard" (same reach as ${tier}) or "Premium" for global reach.`,
          });
        } else if (!(SKU_TIERS.value as readonly unknown[]).includes(tier)) {
          report.fail(c, "sku.tier", {
            message: "The SKU tier is not one Azure offers.",
            value: tier,
            allowed: oneOf(SKU_TIERS.value),
            fix: "Set the tier to Local, Standard or Premium.",
          });
        }
      }
      if (
        report.known(c, "sku.family", family) &&
        !(SKU_FAMILIES.value as readonly unknown[]).includes(family)
      ) {
        report.fail(c, "sku.family", {
          message: "The SKU family is not one Azure offers.",
          value: family,
          allowed: oneOf(SKU_FAMILIES.value),
          fix: "Set the family to MeteredData or UnlimitedData.",
        });
      }
      if (name === undefined || !report.known(c, "sku.name", name)) continue;
      // The name can only be judged against a valid tier and family (their own problems are reported above).
      if (!(SKU_TIERS.value as readonly unknown[]).includes(tier)) continue;
      if (!(SKU_FAMILIES.value as readonly unknown[]).includes(family)) continue;
      const expected = `${tier}_${family}`;
      if (name !== expected) {
        report.fail(c, "sku.name", {
          message: "The SKU name must be the tier and the family joined by an underscore.",
          value: name,
          allowed: JSON.stringify(expected),
          fix: `Set sku.name to "${expected}", or change tier and family to match the name.`,
        });
      }
    }
  },
};
