import { UNKNOWN } from "../../../lib/core/model";
import { localCircuitLocation } from "../../../lib/core/rules/local-circuit-location";
import {
  CIRCUIT,
  VALID_MODELS,
  circuitModel,
  directModel,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  provider,
  run,
  sku,
} from "./fixtures";

const ruleId = "local-circuit-location";
const LOCAL = sku({ tier: "Local", family: "UnlimitedData", name: "Local_UnlimitedData" });
const path = "serviceProviderProperties.peeringLocation";

describe("local-circuit-location", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(localCircuitLocation, m)).toEqual([]);
  });

  it.each(["Amsterdam", "London", "Washington DC", "washington dc"])(
    "accepts a Local circuit at %s, which has a Local Azure region",
    (peeringLocation) => {
      expect(
        run(localCircuitLocation, circuitModel({ sku: LOCAL, provider: provider({ peeringLocation }) })),
      ).toEqual([]);
    },
  );

  it("accepts a metered Local circuit on a Direct port at Equinix-Amsterdam-AM5, local to westeurope", () => {
    const m = directModel({}, { sku: sku({ tier: "Local", family: "MeteredData", name: undefined }) });
    expect(run(localCircuitLocation, m)).toEqual([]);
  });

  it("refuses a Local circuit on a Direct port at a facility with no Local region (Equinix-Dallas-DA3)", () => {
    const m = directModel(
      { peeringLocation: "Equinix-Dallas-DA3" },
      { sku: sku({ tier: "Local", family: "MeteredData", name: undefined }) },
    );
    const f = expectOnly(run(localCircuitLocation, m), {
      ruleId,
      severity: "mandatory",
      path: "expressRoutePort",
    });
    expect(f.message).toContain("Dallas");
  });

  it("accepts a Standard circuit at a location without Local regions", () => {
    expect(
      run(localCircuitLocation, circuitModel({ provider: provider({ peeringLocation: "Dallas" }) })),
    ).toEqual([]);
  });

  it.each([
    ["an unset peering location", undefined],
    ["a peering location missing from the catalog", "Atlantis"],
  ])("leaves %s to peering-location-known", (_what, peeringLocation) => {
    expect(
      run(localCircuitLocation, circuitModel({ sku: LOCAL, provider: provider({ peeringLocation }) })),
    ).toEqual([]);
  });

  it.each(["Dallas", "New York", "Atlanta", "dallas"])(
    "rejects a Local circuit at %s, which has no Local Azure region",
    (peeringLocation) => {
      const f = expectOnly(
        run(localCircuitLocation, circuitModel({ sku: LOCAL, provider: provider({ peeringLocation }) })),
        { ruleId, severity: "mandatory", path, resource: CIRCUIT },
      );
      expectValueShows(f, peeringLocation);
    },
  );

  it("skips a Local circuit declared outside the model", () => {
    const m = circuitModel({ external: true, sku: LOCAL, provider: provider({ peeringLocation: "Dallas" }) });
    expect(run(localCircuitLocation, m)).toEqual([]);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = circuitModel({
      origin: { resource: CIRCUIT, fields: { [path]: "peeringLocation" } },
      sku: LOCAL,
      provider: provider({ peeringLocation: "Dallas" }),
    });
    expectOnly(run(localCircuitLocation, m), { ruleId, severity: "mandatory", path: "peeringLocation" });
  });

  it("reports an unknown peering location of a Local circuit as unverifiable, never as a violation", () => {
    const m = circuitModel({ sku: LOCAL, provider: provider({ peeringLocation: UNKNOWN }) });
    expectOnlyUnverifiable(run(localCircuitLocation, m), ruleId, path);
  });
});
