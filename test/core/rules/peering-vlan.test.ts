import { UNKNOWN } from "../../../lib/core/model";
import { peeringVlan } from "../../../lib/core/rules/peering-vlan";
import {
  CIRCUIT,
  DIRECT_CIRCUIT,
  PORT,
  VALID_MODELS,
  circuit,
  directCircuit,
  directProperties,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  microsoftModel,
  model,
  privatePeering,
  port,
  privatePeeringModel,
  run,
} from "./fixtures";

const ruleId = "peering-vlan-valid";
const SECOND = "ams-direct-2";

/** A second Direct circuit on `portKey` whose private peering uses `vlanId`. */
function secondDirectCircuit(vlanId: unknown, portKey: string = PORT) {
  return directCircuit({
    key: SECOND,
    origin: { resource: SECOND },
    direct: directProperties({ portKey }),
    peerings: [
      privatePeering({
        key: `${SECOND}:AzurePrivatePeering`,
        origin: { resource: SECOND, path: "privatePeering" },
        vlanId: vlanId as number,
      }),
    ],
  });
}

/** Two Direct circuits on one port of this encapsulation, the second one's private peering on `vlanId`. */
function twoCircuitsOnOnePort(encapsulation: string, vlanId: unknown) {
  return model({
    circuits: [directCircuit(), secondDirectCircuit(vlanId)],
    ports: [port({ encapsulation })],
  });
}

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

  it("accepts different VLAN ids on two circuits of one Dot1Q Direct port", () => {
    expect(run(peeringVlan, twoCircuitsOnOnePort("Dot1Q", 101))).toEqual([]);
  });

  it("accepts the same VLAN id on two circuits of one QinQ Direct port, which do not share a VLAN space", () => {
    expect(run(peeringVlan, twoCircuitsOnOnePort("QinQ", 100))).toEqual([]);
  });

  it("accepts the same VLAN id on circuits of two different Dot1Q Direct ports", () => {
    const m = model({
      circuits: [directCircuit(), secondDirectCircuit(100, "port-ams-2")],
      ports: [port(), port({ key: "port-ams-2", origin: { resource: "port-ams-2" } })],
    });
    expect(run(peeringVlan, m)).toEqual([]);
  });

  it("rejects a VLAN id that another circuit on the same Dot1Q Direct port already uses", () => {
    const f = expectOnly(run(peeringVlan, twoCircuitsOnOnePort("Dot1Q", 100)), {
      ruleId,
      severity: "mandatory",
      path: "privatePeering.vlanId",
      resource: SECOND,
    });
    expectValueShows(f, 100);
    expect(f.fix).toContain("Dot1Q");
  });

  it("rejects the clash on a Dot1Q port whichever circuit comes first in the model", () => {
    const m = model({
      circuits: [secondDirectCircuit(100), directCircuit()],
      ports: [port()],
    });
    expectOnly(run(peeringVlan, m), {
      ruleId,
      severity: "mandatory",
      path: "privatePeering.vlanId",
      resource: DIRECT_CIRCUIT,
    });
  });

  it("rejects a clash on a Dot1Q port with a provider circuit listed between the port's circuits", () => {
    const m = model({
      circuits: [directCircuit(), circuit(), secondDirectCircuit(100)],
      ports: [port()],
    });
    expectOnly(run(peeringVlan, m), {
      ruleId,
      severity: "mandatory",
      path: "privatePeering.vlanId",
      resource: SECOND,
    });
  });

  it("does not count an unknown VLAN id on a Dot1Q port as a clash", () => {
    expectOnlyUnverifiable(
      run(peeringVlan, twoCircuitsOnOnePort("Dot1Q", UNKNOWN)),
      ruleId,
      "privatePeering.vlanId",
      SECOND,
    );
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
