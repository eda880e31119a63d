import { UNKNOWN } from "../../../lib/core/model";
import { localCircuitUnlimited } from "../../../lib/core/rules/local-circuit-unlimited";
import {
  CIRCUIT,
  VALID_MODELS,
  circuitModel,
  directModel,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  run,
  sku,
} from "./fixtures";

const ruleId = "local-circuit-unlimited";

function local(family: unknown) {
  return sku({ tier: "Local", family: family as string, name: undefined });
}

describe("local-circuit-unlimited", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(localCircuitUnlimited, m)).toEqual([]);
  });

  it("accepts a Local circuit billed UnlimitedData", () => {
    expect(run(localCircuitUnlimited, circuitModel({ sku: local("UnlimitedData") }))).toEqual([]);
  });

  it("ignores metered billing on circuits that are not Local", () => {
    expect(
      run(localCircuitUnlimited, circuitModel({ sku: sku({ tier: "Premium", name: undefined }) })),
    ).toEqual([]);
  });

  it.each([
    { what: "a metered Local circuit", family: "MeteredData" },
    { what: "a Local circuit with an unset family", family: undefined },
    { what: "a Local circuit with a family Azure does not offer", family: "Unlimited" },
  ])("rejects $what", ({ family }) => {
    const f = expectOnly(run(localCircuitUnlimited, circuitModel({ sku: local(family) })), {
      ruleId,
      severity: "mandatory",
      path: "sku.family",
      resource: CIRCUIT,
    });
    expectValueShows(f, family);
    expect(f.allowed).toContain("UnlimitedData");
  });

  it("leaves a metered Local circuit on ExpressRoute Direct to direct-circuit-metered (Direct creates MeteredData only)", () => {
    expect(run(localCircuitUnlimited, directModel({}, { sku: local("MeteredData") }))).toEqual([]);
  });

  it("skips a metered Local circuit declared outside the model", () => {
    const m = circuitModel({
      external: true,
      sku: sku({ tier: "Local", family: "MeteredData", name: undefined }),
    });
    expect(run(localCircuitUnlimited, m)).toEqual([]);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = circuitModel({
      origin: { resource: CIRCUIT, fields: { "sku.family": "billing" } },
      sku: local("MeteredData"),
    });
    expectOnly(run(localCircuitUnlimited, m), { ruleId, severity: "mandatory", path: "billing" });
  });

  it("reports an unknown family on a Local circuit as unverifiable, never as a violation", () => {
    expectOnlyUnverifiable(
      run(localCircuitUnlimited, circuitModel({ sku: local(UNKNOWN) })),
      ruleId,
      "sku.family",
    );
  });
});
