import { LocationCatalog } from "../../../lib/core/facts/peering-locations";
import { UNKNOWN } from "../../../lib/core/model";
import { peeringLocationKnown } from "../../../lib/core/rules/peering-location-known";
import { validateTopology } from "../../../lib/core/validate";
import {
  CIRCUIT,
  VALID_MODELS,
  circuitModel,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  provider,
  run,
} from "./fixtures";

const ruleId = "peering-location-known";
const path = "serviceProviderProperties.peeringLocation";

describe("peering-location-known", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(peeringLocationKnown, m)).toEqual([]);
  });

  it.each(["Amsterdam2", "Washington DC", "washington dc", "Silicon Valley", "Tokyo"])(
    "accepts the public peering location %s",
    (peeringLocation) => {
      expect(run(peeringLocationKnown, circuitModel({ provider: provider({ peeringLocation }) }))).toEqual(
        [],
      );
    },
  );

  it.each([
    { what: "a misspelt peering location", peeringLocation: "Amsterdamm" },
    { what: "a peering location that does not exist", peeringLocation: "Atlantis" },
    { what: "a peering location of a national cloud", peeringLocation: "Beijing" },
    { what: "an unset peering location", peeringLocation: undefined },
  ])("rejects $what", ({ peeringLocation }) => {
    const f = expectOnly(
      run(peeringLocationKnown, circuitModel({ provider: provider({ peeringLocation }) })),
      {
        ruleId,
        severity: "mandatory",
        path,
        resource: CIRCUIT,
      },
    );
    expectValueShows(f, peeringLocation);
  });

  it.each([
    ["Amsterdam Metro", "westeurope"],
    ["Washington DC", "usgovvirginia"],
    ["Beijing", "chinanorth2"],
    ["Shanghai2", "China East 2"],
  ])("accepts %s for a circuit in %s, the peering location's cloud", (peeringLocation, location) => {
    expect(
      run(peeringLocationKnown, circuitModel({ location, provider: provider({ peeringLocation }) })),
    ).toEqual([]);
  });

  it("says a national-cloud location belongs to another cloud than the circuit's region", () => {
    const [f] = run(
      peeringLocationKnown,
      circuitModel({ provider: provider({ peeringLocation: "Beijing" }) }),
    );
    expect(f.message).toContain("Azure China");
    expect(f.fix).toContain("Azure China");
  });

  it.each([
    ["Amsterdamm", "Amsterdam"],
    ["Washington D.C", "Washington DC"],
    ["Silicon Vally", "Silicon Valley"],
    [" Amsterdam", "Amsterdam"],
    ["Amsterdam  2", "Amsterdam2"],
  ])("suggests the closest location for %j", (peeringLocation, suggestion) => {
    const [f] = run(peeringLocationKnown, circuitModel({ provider: provider({ peeringLocation }) }));
    expect(f.message).toContain(`Did you mean "${suggestion}"`);
  });

  it("accepts a location added to the catalog by the user", () => {
    const catalog = LocationCatalog.shipped().extend({
      locations: [
        {
          cloud: "public",
          location: "Atlantis",
          geopoliticalRegion: "Europe",
          localRegions: [],
          expressRouteDirect: false,
        },
      ],
    });
    const m = circuitModel({ provider: provider({ peeringLocation: "Atlantis" }) });
    expect(validateTopology(m, { rules: [peeringLocationKnown], catalog })).toEqual([]);
  });

  it.each([
    ["a peering location missing from the catalog", "Atlantis"],
    ["no peering location", undefined],
  ])("skips a circuit declared outside the model with %s", (_what, peeringLocation) => {
    const m = circuitModel({ external: true, provider: provider({ peeringLocation }) });
    expect(run(peeringLocationKnown, m)).toEqual([]);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = circuitModel({
      origin: { resource: CIRCUIT, fields: { [path]: "peeringLocation" } },
      provider: provider({ peeringLocation: "Amsterdamm" }),
    });
    expectOnly(run(peeringLocationKnown, m), { ruleId, severity: "mandatory", path: "peeringLocation" });
  });

  it("reports an unknown peering location as unverifiable, never as a violation", () => {
    const m = circuitModel({ provider: provider({ peeringLocation: UNKNOWN }) });
    expectOnlyUnverifiable(run(peeringLocationKnown, m), ruleId, path);
  });
});
