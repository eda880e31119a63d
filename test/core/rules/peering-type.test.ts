import { UNKNOWN } from "../../../lib/core/model";
import { peeringType } from "../../../lib/core/rules/peering-type";
import {
  CIRCUIT,
  VALID_MODELS,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  privatePeeringModel,
  run,
} from "./fixtures";

const ruleId = "peering-type-supported";

describe("peering-type-supported", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(peeringType, m)).toEqual([]);
  });

  it.each(["AzurePrivatePeering", "MicrosoftPeering"])("accepts a %s", (type) => {
    expect(run(peeringType, privatePeeringModel({ peeringType: type }))).toEqual([]);
  });

  it.each([
    { what: "the retired AzurePublicPeering", type: "AzurePublicPeering" },
    { what: "a peering type Azure does not offer", type: "PrivatePeering" },
    { what: "a peering without a type", type: undefined },
  ])("rejects $what", ({ type }) => {
    const f = expectOnly(run(peeringType, privatePeeringModel({ peeringType: type })), {
      ruleId,
      severity: "mandatory",
      path: "privatePeering.peeringType",
      resource: CIRCUIT,
    });
    expectValueShows(f, type);
    expect(f.allowed).toContain("MicrosoftPeering");
  });

  it.each([
    ["AzurePrivatePeering", "AzurePrivatePeering"],
    ["azureprivatepeering", "AzurePrivatePeering"],
    [undefined, "AzurePrivatePeering"],
  ])("accepts a peering named %s of type %s", (name, type) => {
    expect(run(peeringType, privatePeeringModel({ name, peeringType: type }))).toEqual([]);
  });

  it("refuses a peering whose name is not its type", () => {
    const f = expectOnly(
      run(peeringType, privatePeeringModel({ name: "MicrosoftPeering", peeringType: "AzurePrivatePeering" })),
      {
        ruleId,
        severity: "mandatory",
        path: "privatePeering.name",
        resource: CIRCUIT,
      },
    );
    expect(f.allowed).toBe('"AzurePrivatePeering"');
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = privatePeeringModel({
      origin: { resource: CIRCUIT, path: "privatePeering", fields: { peeringType: "privatePeering" } },
      peeringType: "AzurePublicPeering",
    });
    expectOnly(run(peeringType, m), { ruleId, severity: "mandatory", path: "privatePeering" });
  });

  it("reports an unknown peering type as unverifiable, never as a violation", () => {
    expectOnlyUnverifiable(
      run(peeringType, privatePeeringModel({ peeringType: UNKNOWN })),
      ruleId,
      "privatePeering.peeringType",
    );
  });
});
