import { UNKNOWN } from "../../../lib/core/model";
import { directCircuitMetered } from "../../../lib/core/rules/direct-circuit-metered";
import {
  DIRECT_CIRCUIT,
  VALID_MODELS,
  circuitModel,
  directModel,
  expectOnly,
  expectOnlyUnverifiable,
  run,
  sku,
} from "./fixtures";

const ruleId = "direct-circuit-metered";

describe("direct-circuit-metered", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(directCircuitMetered, m)).toEqual([]);
  });

  it.each(["Local", "Standard", "Premium"])("accepts a MeteredData %s circuit on a Direct port", (tier) => {
    const m = directModel({}, { sku: sku({ tier, family: "MeteredData", name: undefined }) });
    expect(run(directCircuitMetered, m)).toEqual([]);
  });

  it("leaves UnlimitedData provider circuits alone", () => {
    const m = circuitModel({ sku: sku({ family: "UnlimitedData", name: undefined }) });
    expect(run(directCircuitMetered, m)).toEqual([]);
  });

  it.each(["Local", "Standard", "Premium"])("refuses a %s Direct circuit created UnlimitedData", (tier) => {
    const m = directModel({}, { sku: sku({ tier, family: "UnlimitedData", name: undefined }) });
    const f = expectOnly(run(directCircuitMetered, m), {
      ruleId,
      severity: "mandatory",
      path: "sku.family",
      resource: DIRECT_CIRCUIT,
    });
    expect(f.value).toBe('"UnlimitedData"');
    expect(f.allowed).toBe('"MeteredData"');
    expect(f.fix).toContain("exempt");
  });

  it("reports an unknown family as unverifiable", () => {
    const m = directModel({}, { sku: sku({ family: UNKNOWN, name: undefined }) });
    expectOnlyUnverifiable(run(directCircuitMetered, m), ruleId, "sku.family", DIRECT_CIRCUIT);
  });
});
