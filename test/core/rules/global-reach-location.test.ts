import { GLOBAL_REACH_COUNTRIES } from "../../../lib/core/facts/global-reach";
import { LocationCatalog } from "../../../lib/core/facts/peering-locations";
import { globalReachLocation } from "../../../lib/core/rules/global-reach-location";
import { validateTopology } from "../../../lib/core/validate";
import { GLOBAL_REACH, VALID_MODELS, expectOnly, globalReachModel, provider, run } from "./fixtures";

const ruleId = "global-reach-location";

/** Global Reach between a circuit at `a` and one at `b`. */
function between(a: string, b: string) {
  return globalReachModel({
    circuit: { provider: provider({ peeringLocation: a }) },
    london: { provider: provider({ peeringLocation: b }) },
  });
}

describe("global-reach-location", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(globalReachLocation, m)).toEqual([]);
  });

  it.each([
    ["Amsterdam", "London"],
    ["Johannesburg", "London"],
    ["Johannesburg Metro", "Sydney"],
    ["Sao Paulo", "Washington DC"],
    ["Brussels", "Madrid"],
    ["Milan", "Zurich2"],
  ])("accepts Global Reach between %s and %s", (a, b) => {
    expect(run(globalReachLocation, between(a, b))).toEqual([]);
  });

  it.each([
    ["Dubai", "London", "expressRouteCircuitPeering.id", "UAE"],
    ["Amsterdam", "Doha", "peerExpressRouteCircuitPeering.id", "Qatar"],
    ["Cape Town", "London", "expressRouteCircuitPeering.id", "only available in Johannesburg"],
    ["Amsterdam", "Tel Aviv", "peerExpressRouteCircuitPeering.id", "Israel"],
    ["Amsterdam", "Rio de Janeiro", "peerExpressRouteCircuitPeering.id", "only available in Sao Paulo"],
  ])("refuses Global Reach between %s and %s", (a, b, path, why) => {
    const f = expectOnly(run(globalReachLocation, between(a, b)), {
      ruleId,
      severity: "mandatory",
      path,
      resource: GLOBAL_REACH,
    });
    expect(f.message).toContain(why);
  });

  it("refuses both sides when neither is in a supported country", () => {
    const findings = run(globalReachLocation, between("Dubai", "Doha"));
    expect(findings.map((f) => f.path)).toEqual([
      "expressRouteCircuitPeering.id",
      "peerExpressRouteCircuitPeering.id",
    ]);
  });

  it("cannot verify a location the catalog names no country for (an extension without one)", () => {
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
    const findings = validateTopology(between("Atlantis", "London"), {
      rules: [globalReachLocation],
      catalog,
    });
    expect(findings.map((f) => [f.severity, f.unverifiable])).toEqual([["advisory", true]]);
  });

  it("spells every supported country as the catalog does", () => {
    const countries = new Set(
      LocationCatalog.shipped()
        .locations()
        .map((l) => l.country),
    );
    for (const c of GLOBAL_REACH_COUNTRIES.value) expect([c, countries.has(c)]).toEqual([c, true]);
  });
});
