import { UNKNOWN } from "../../../lib/core/model";
import { peeringOnePerType } from "../../../lib/core/rules/peering-one-per-type";
import {
  CIRCUIT,
  VALID_MODELS,
  circuit,
  circuitModel,
  expectOnly,
  expectValueShows,
  microsoftPeering,
  model,
  privatePeering,
  run,
} from "./fixtures";

const ruleId = "peering-one-per-type";

/** The n-th extra peering of a circuit, written by the user at `peerings[n]`. */
function at(n: number, base: typeof privatePeering, overrides: Parameters<typeof privatePeering>[0] = {}) {
  return base({
    key: `${CIRCUIT}:peering-${n}`,
    origin: { resource: CIRCUIT, path: `peerings[${n}]` },
    ...overrides,
  });
}

describe("peering-one-per-type", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(peeringOnePerType, m)).toEqual([]);
  });

  it("accepts a private peering of the same type on each of two circuits", () => {
    const m = model({ circuits: [circuit(), circuit({ key: "lon", origin: { resource: "lon" } })] });
    expect(run(peeringOnePerType, m)).toEqual([]);
  });

  it.each([
    { what: "a second private peering on a circuit", base: privatePeering, type: "AzurePrivatePeering" },
    { what: "a second Microsoft peering on a circuit", base: microsoftPeering, type: "MicrosoftPeering" },
  ])("rejects $what", ({ base, type }) => {
    const m = circuitModel({ peerings: [at(0, base), at(1, base)] });
    const f = expectOnly(run(peeringOnePerType, m), {
      ruleId,
      severity: "mandatory",
      path: "peerings[1].peeringType",
      resource: CIRCUIT,
    });
    expectValueShows(f, type);
  });

  it("rejects every duplicate after the first peering of a type", () => {
    const m = circuitModel({
      peerings: [
        at(0, privatePeering),
        at(1, microsoftPeering),
        at(2, privatePeering),
        at(3, privatePeering),
      ],
    });
    expect(run(peeringOnePerType, m).map((f) => [f.path, f.severity])).toEqual([
      ["peerings[2].peeringType", "mandatory"],
      ["peerings[3].peeringType", "mandatory"],
    ]);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = circuitModel({
      peerings: [
        privatePeering(),
        privatePeering({
          key: `${CIRCUIT}:extra`,
          origin: { resource: CIRCUIT, path: "extraPeering", fields: { peeringType: "extraPeering.kind" } },
        }),
      ],
    });
    expectOnly(run(peeringOnePerType, m), { ruleId, severity: "mandatory", path: "extraPeering.kind" });
  });

  it("never reports a violation for a peering whose type is unknown until deployment", () => {
    const m = circuitModel({
      peerings: [at(0, privatePeering), at(1, privatePeering, { peeringType: UNKNOWN })],
    });
    expect(run(peeringOnePerType, m).filter((f) => f.severity === "mandatory")).toEqual([]);
  });
});
