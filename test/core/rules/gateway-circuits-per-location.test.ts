import { UNKNOWN } from "../../../lib/core/model";
import { gatewayCircuitsPerLocation } from "../../../lib/core/rules";
import {
  GATEWAY,
  gatewayModel,
  VALID_MODELS,
  circuit,
  connections,
  expectCompleteRecipe,
  expectOnly,
  gateway,
  model,
  provider,
  run,
  vnet,
} from "./fixtures";

const ruleId = "gateway-circuits-per-location";

/** A gateway linking `n` circuits, circuit i at `location(i)`. */
function linked(n: number, location: (i: number) => string) {
  return model({
    circuits: Array.from({ length: n }, (_, i) =>
      circuit({
        key: `c${i}`,
        origin: { resource: `c${i}` },
        provider: provider({ peeringLocation: location(i) }),
      }),
    ),
    vnets: [vnet()],
    gateways: [gateway({ skuName: "ErGw3AZ" })],
    connections: connections(n, (i) => `c${i}`),
  });
}

describe(ruleId, () => {
  it.each(VALID_MODELS)("accepts the %s", (_what, m) => {
    expect(run(gatewayCircuitsPerLocation, m)).toEqual([]);
  });

  it("accepts four circuits from one peering location, and eight from two", () => {
    expect(
      run(
        gatewayCircuitsPerLocation,
        linked(4, () => "Amsterdam"),
      ),
    ).toEqual([]);
    expect(
      run(
        gatewayCircuitsPerLocation,
        linked(8, (i) => (i % 2 ? "Amsterdam" : "London")),
      ),
    ).toEqual([]);
  });

  it("rejects a fifth circuit from one peering location", () => {
    const f = expectOnly(
      run(
        gatewayCircuitsPerLocation,
        linked(5, () => "Amsterdam"),
      ),
      {
        ruleId,
        severity: "mandatory",
        path: "connections",
        resource: GATEWAY,
      },
    );
    expectCompleteRecipe(f);
    expect(f.value).toBe('"5 circuits at Amsterdam"');
  });

  it("counts a Metro location and its twin separately (Amsterdam and Amsterdam2 are two locations)", () => {
    expect(
      run(
        gatewayCircuitsPerLocation,
        linked(8, (i) => (i % 2 ? "Amsterdam" : "Amsterdam2")),
      ),
    ).toEqual([]);
  });
});

describe("gateway-circuits-per-location with a circuit unknown at preview", () => {
  it("cannot verify (advisory) a VNet link whose circuit is only known at deploy time", () => {
    const findings = run(gatewayCircuitsPerLocation, gatewayModel({ connection: { circuitKey: UNKNOWN } }));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "gateway-circuits-per-location",
        severity: "advisory",
        unverifiable: true,
        path: "peer.id",
      }),
    ]);
  });
});
