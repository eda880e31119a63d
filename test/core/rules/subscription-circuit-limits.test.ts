import { subscriptionCircuitLimits } from "../../../lib/core/rules/subscription-circuit-limits";
import { VALID_MODELS, circuit, model, run } from "./fixtures";

const ruleId = "subscription-circuit-limits";

/** `n` circuits, in `region(i)`. */
function circuits(n: number, region: (i: number) => string) {
  return model({
    circuits: Array.from({ length: n }, (_, i) =>
      circuit({ key: `c${i}`, origin: { resource: `c${i}` }, location: region(i) }),
    ),
  });
}

describe("subscription-circuit-limits", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(subscriptionCircuitLimits, m)).toEqual([]);
  });

  it("accepts 10 circuits in one region and 50 in all", () => {
    expect(
      run(
        subscriptionCircuitLimits,
        circuits(10, () => "westeurope"),
      ),
    ).toEqual([]);
    const regions = ["westeurope", "northeurope", "uksouth", "ukwest", "francecentral"];
    expect(
      run(
        subscriptionCircuitLimits,
        circuits(50, (i) => regions[i % 5]),
      ),
    ).toEqual([]);
  });

  it("advises (not refuses) on the 11th circuit in one region, counting display names as the region", () => {
    const findings = run(
      subscriptionCircuitLimits,
      circuits(11, (i) => (i % 2 ? "West Europe" : "westeurope")),
    );
    expect(findings.map((f) => [f.ruleId, f.severity, f.resource, f.path])).toEqual([
      [ruleId, "advisory", "c10", "location"],
    ]);
    expect(findings[0].value).toBe("11 circuits");
  });

  it("advises on the 51st circuit of a stack", () => {
    const regions = ["westeurope", "northeurope", "uksouth", "ukwest", "francecentral", "swedencentral"];
    const findings = run(
      subscriptionCircuitLimits,
      circuits(51, (i) => regions[i % 6]),
    );
    expect(findings.map((f) => [f.severity, f.resource, f.value])).toEqual([
      ["advisory", "c50", "51 circuits"],
    ]);
  });
});
