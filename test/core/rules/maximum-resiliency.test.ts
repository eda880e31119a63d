import { UNKNOWN } from "../../../lib/core/model";
import { maximumResiliency } from "../../../lib/core/rules/maximum-resiliency";
import {
  CIRCUIT,
  GATEWAY,
  LONDON_CIRCUIT,
  VALID_MODELS,
  circuit,
  connections,
  expectOnly,
  expectValueShows,
  gateway,
  gatewayModel,
  londonCircuit,
  model,
  provider,
  run,
  vnet,
} from "./fixtures";

const ruleId = "maximum-resiliency";

/** A gateway linked to the Amsterdam circuit and to a second circuit at `second`. */
function linkedTo(second: string) {
  return model({
    circuits: [circuit(), londonCircuit({ provider: provider({ peeringLocation: second }) })],
    vnets: [vnet()],
    gateways: [gateway()],
    connections: connections(2, (i) => [CIRCUIT, LONDON_CIRCUIT][i]),
  });
}

describe("maximum-resiliency", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(maximumResiliency, m)).toEqual([]);
  });

  it.each(["London", "Frankfurt", "Washington DC", "London2"])(
    "accepts a gateway linked to circuits at Amsterdam and %s",
    (second) => {
      expect(run(maximumResiliency, linkedTo(second))).toEqual([]);
    },
  );

  it("accepts a gateway without connections", () => {
    expect(
      run(maximumResiliency, model({ circuits: [circuit()], vnets: [vnet()], gateways: [gateway()] })),
    ).toEqual([]);
  });

  it("says nothing about a gateway linked only to circuits outside the model", () => {
    expect(
      run(maximumResiliency, gatewayModel({ connection: { circuitKey: "/subscriptions/0/er" } })),
    ).toEqual([]);
  });

  it("advises a second site for a gateway linked to a single circuit at one peering location", () => {
    const f = expectOnly(run(maximumResiliency, gatewayModel()), {
      ruleId,
      severity: "advisory",
      path: "connections",
      resource: GATEWAY,
    });
    expect(f.unverifiable).toBeUndefined();
    expectValueShows(f, "Amsterdam");
  });

  it("advises a second site for a gateway linked to two circuits at the same peering location", () => {
    const f = expectOnly(run(maximumResiliency, linkedTo("Amsterdam")), {
      ruleId,
      severity: "advisory",
      path: "connections",
      resource: GATEWAY,
    });
    expectValueShows(f, "Amsterdam");
  });

  it("accepts circuits at Amsterdam and Amsterdam2: two peering locations of one metro are maximum resiliency", () => {
    expect(run(maximumResiliency, linkedTo("Amsterdam2"))).toEqual([]);
  });

  it("advises that a gateway linked only to an ExpressRoute Metro circuit has high, not maximum, resiliency", () => {
    const m = gatewayModel({ circuit: { provider: provider({ peeringLocation: "Amsterdam Metro" }) } });
    const f = expectOnly(run(maximumResiliency, m), {
      ruleId,
      severity: "advisory",
      path: "connections",
      resource: GATEWAY,
    });
    expect(f.message).toContain("Metro");
    expect(f.message).toContain("high resiliency");
    expectValueShows(f, "Amsterdam Metro");
  });

  it("accepts an ExpressRoute Metro circuit with a second circuit at another location", () => {
    const m = model({
      circuits: [circuit({ provider: provider({ peeringLocation: "Amsterdam Metro" }) }), londonCircuit()],
      vnets: [vnet()],
      gateways: [gateway()],
      connections: connections(2, (i) => [CIRCUIT, LONDON_CIRCUIT][i]),
    });
    expect(run(maximumResiliency, m)).toEqual([]);
  });

  it("advises on each gateway that depends on one site", () => {
    const m = linkedTo("London");
    const second = gateway({ key: "gw-2", origin: { resource: "gw-2" } });
    const secondLinks = connections(1, () => LONDON_CIRCUIT, { gatewayKey: "gw-2" }).map((x) => ({
      ...x,
      key: "gw-2:lon",
    }));
    const findings = run(maximumResiliency, {
      ...m,
      gateways: [...(m.gateways ?? []), second],
      connections: [...(m.connections ?? []), ...secondLinks],
    });
    expect(findings.map((f) => [f.resource, f.severity])).toEqual([["gw-2", "advisory"]]);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = gatewayModel({ gateway: { origin: { resource: GATEWAY, path: "hub.gateway" } } });
    expectOnly(run(maximumResiliency, m), { ruleId, severity: "advisory", path: "hub.gateway.connections" });
  });
});

describe("maximum-resiliency with a circuit unknown at preview", () => {
  it("cannot verify (advisory) a VNet link whose circuit is only known at deploy time", () => {
    const findings = run(maximumResiliency, gatewayModel({ connection: { circuitKey: UNKNOWN } }));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "maximum-resiliency",
        severity: "advisory",
        unverifiable: true,
        path: "peer.id",
      }),
    ]);
  });
});
