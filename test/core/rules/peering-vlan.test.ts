import { UNKNOWN } from "../../../lib/core/model";
import { peeringVlan } from "../../../lib/core/rules/peering-vlan";
import {
  CIRCUIT,
  VALID_MODELS,
  circuit,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  microsoftModel,
  model,
  privatePeering,
  privatePeeringModel,
  run,
} from "./fixtures";

const ruleId = "peering-vlan-valid";

describe("peering-vlan-valid", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(peeringVlan, m)).toEqual([]);
  });

  it.each([1, 4094])("accepts the boundary VLAN id %d", (vlanId) => {
    expect(run(peeringVlan, privatePeeringModel({ vlanId }))).toEqual([]);
  });

  it("accepts the same VLAN id on peerings of two different circuits", () => {
    const m = model({
      circuits: [
        circuit(),
        circuit({
          key: "lon",
          origin: { resource: "lon" },
          peerings: [privatePeering({ key: "lon:AzurePrivatePeering", origin: { resource: "lon" } })],
        }),
      ],
    });
    expect(run(peeringVlan, m)).toEqual([]);
  });

  it.each([
    { what: "a peering without a VLAN id", vlanId: undefined },
    { what: "VLAN id 0", vlanId: 0 },
    { what: "VLAN id 4095", vlanId: 4095 },
    { what: "a negative VLAN id", vlanId: -100 },
    { what: "a fractional VLAN id", vlanId: 100.5 },
  ])("rejects $what", ({ vlanId }) => {
    const f = expectOnly(run(peeringVlan, privatePeeringModel({ vlanId })), {
      ruleId,
      severity: "mandatory",
      path: "privatePeering.vlanId",
      resource: CIRCUIT,
    });
    expectValueShows(f, vlanId);
  });

  it("rejects a peering that reuses the VLAN id of another peering of the circuit", () => {
    const f = expectOnly(run(peeringVlan, microsoftModel({ vlanId: 100 })), {
      ruleId,
      severity: "mandatory",
      path: "microsoftPeering.vlanId",
      resource: CIRCUIT,
    });
    expectValueShows(f, 100);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = privatePeeringModel({
      origin: { resource: CIRCUIT, path: "privatePeering", fields: { vlanId: "privatePeering.vlan" } },
      vlanId: 5000,
    });
    expectOnly(run(peeringVlan, m), { ruleId, severity: "mandatory", path: "privatePeering.vlan" });
  });

  it("reports an unknown VLAN id as unverifiable, never as a violation", () => {
    expectOnlyUnverifiable(
      run(peeringVlan, privatePeeringModel({ vlanId: UNKNOWN })),
      ruleId,
      "privatePeering.vlanId",
    );
  });

  it("does not count an unknown VLAN id as a clash with a known one", () => {
    expectOnlyUnverifiable(
      run(peeringVlan, microsoftModel({ vlanId: UNKNOWN })),
      ruleId,
      "microsoftPeering.vlanId",
    );
  });
});
