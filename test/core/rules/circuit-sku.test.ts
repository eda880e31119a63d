import { UNKNOWN } from "../../../lib/core/model";
import { circuitSku } from "../../../lib/core/rules/circuit-sku";
import {
  CIRCUIT,
  VALID_MODELS,
  circuitModel,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  run,
  sku,
} from "./fixtures";

const ruleId = "circuit-sku-valid";

describe("circuit-sku-valid", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(circuitSku, m)).toEqual([]);
  });

  it.each([
    ["Local", "UnlimitedData"],
    ["Standard", "UnlimitedData"],
    ["Premium", "MeteredData"],
    ["Premium", "UnlimitedData"],
  ])("accepts the %s tier with the %s family and the matching name", (tier, family) => {
    expect(run(circuitSku, circuitModel({ sku: sku({ tier, family, name: `${tier}_${family}` }) }))).toEqual(
      [],
    );
  });

  it("accepts a SKU whose name is left for the caller to derive", () => {
    expect(run(circuitSku, circuitModel({ sku: sku({ name: undefined }) }))).toEqual([]);
  });

  it.each([
    {
      what: "the retired Basic tier",
      sku: { tier: "Basic", name: "Basic_MeteredData" },
      path: "sku.tier",
      bad: "Basic",
    },
    {
      what: "a tier Azure does not offer",
      sku: { tier: "Gold", name: "Gold_MeteredData" },
      path: "sku.tier",
      bad: "Gold",
    },
    { what: "an unset tier", sku: { tier: undefined, name: undefined }, path: "sku.tier", bad: undefined },
    {
      what: "a family Azure does not offer",
      sku: { family: "Metered", name: "Standard_Metered" },
      path: "sku.family",
      bad: "Metered",
    },
    {
      what: "an unset family",
      sku: { family: undefined, name: undefined },
      path: "sku.family",
      bad: undefined,
    },
    {
      what: "a name that does not match the tier and family",
      sku: { name: "Standard_UnlimitedData" },
      path: "sku.name",
      bad: "Standard_UnlimitedData",
    },
    {
      what: "a name that swaps the tier and the family",
      sku: { name: "MeteredData_Standard" },
      path: "sku.name",
      bad: "MeteredData_Standard",
    },
  ])("rejects $what", ({ sku: overrides, path, bad }) => {
    const f = expectOnly(run(circuitSku, circuitModel({ sku: sku(overrides) })), {
      ruleId,
      severity: "mandatory",
      path,
      resource: CIRCUIT,
    });
    expectValueShows(f, bad);
  });

  it.each([
    { what: "a tier Azure does not offer", sku: { tier: "Gold" }, path: "sku.tier", bad: "Gold" },
    { what: "the retired Basic tier", sku: { tier: "Basic" }, path: "sku.tier", bad: "Basic" },
    { what: "an unset tier", sku: { tier: undefined }, path: "sku.tier", bad: undefined },
    { what: "a family Azure does not offer", sku: { family: "Metered" }, path: "sku.family", bad: "Metered" },
    { what: "an unset family", sku: { family: undefined }, path: "sku.family", bad: undefined },
  ])("reports only $what, not the sku.name it cannot judge", ({ sku: overrides, path, bad }) => {
    const m = circuitModel({ sku: sku({ name: "Premium_UnlimitedData", ...overrides }) });
    const f = expectOnly(run(circuitSku, m), { ruleId, severity: "mandatory", path, resource: CIRCUIT });
    expectValueShows(f, bad);
  });

  it("reports both an invalid tier and an invalid family, but not the name", () => {
    const m = circuitModel({ sku: sku({ tier: "Gold", family: "Metered", name: "Standard_MeteredData" }) });
    expect(run(circuitSku, m).map((f) => f.path)).toEqual(["sku.tier", "sku.family"]);
  });

  it.each(["tier", "family"] as const)(
    "reports an unknown sku.%s as unverifiable and does not judge the name against it",
    (field) => {
      const m = circuitModel({ sku: sku({ [field]: UNKNOWN, name: "Premium_UnlimitedData" }) });
      expectOnlyUnverifiable(run(circuitSku, m), ruleId, `sku.${field}`, CIRCUIT);
    },
  );

  it("skips a circuit declared outside the model", () => {
    const m = circuitModel({ external: true, sku: sku({ tier: "Basic", family: "Metered", name: "Gold" }) });
    expect(run(circuitSku, m)).toEqual([]);
  });

  it("names the expected SKU name when the name does not match", () => {
    const [f] = run(circuitSku, circuitModel({ sku: sku({ name: "Premium_MeteredData" }) }));
    expect(f.allowed).toContain("Standard_MeteredData");
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = circuitModel({
      origin: { resource: CIRCUIT, fields: { "sku.tier": "tier" } },
      sku: sku({ tier: "Basic", name: undefined }),
    });
    expectOnly(run(circuitSku, m), { ruleId, severity: "mandatory", path: "tier" });
  });

  it.each(["tier", "family", "name"] as const)(
    "reports an unknown sku.%s as unverifiable, never as a violation",
    (field) => {
      expectOnlyUnverifiable(
        run(circuitSku, circuitModel({ sku: sku({ [field]: UNKNOWN }) })),
        ruleId,
        `sku.${field}`,
      );
    },
  );
});
