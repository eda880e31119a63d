import { resiliencySameMetro } from "../../../lib/core/rules/resiliency-same-metro";
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

const ruleId = "resiliency-same-metro";

/** A gateway linked to a circuit at `first` and a second circuit at `second`. */
function linkedTo(first: string, second: string) {
  return model({
    circuits: [
      circuit({ provider: provider({ peeringLocation: first }) }),
      londonCircuit({ provider: provider({ peeringLocation: second }) }),
    ],
    vnets: [vnet()],
    gateways: [gateway()],
    connections: connections(2, (i) => [CIRCUIT, LONDON_CIRCUIT][i]),
  });
}

describe("resiliency-same-metro", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(resiliencySameMetro, m)).toEqual([]);
  });

  it.each([
    ["Amsterdam", "London"],
    ["Amsterdam2", "Frankfurt2"],
    ["Amsterdam Metro", "London"],
  ])("accepts circuits at %s and %s, in two metros", (a, b) => {
    expect(run(resiliencySameMetro, linkedTo(a, b))).toEqual([]);
  });

  it("leaves a gateway that depends on one location to maximum-resiliency", () => {
    expect(run(resiliencySameMetro, gatewayModel())).toEqual([]);
    expect(run(resiliencySameMetro, linkedTo("Amsterdam", "Amsterdam"))).toEqual([]);
  });

  it.each([
    ["Amsterdam", "Amsterdam2", "Amsterdam"],
    ["Washington DC", "Washington DC2", "Washington DC"],
    ["Tokyo2", "Tokyo3", "Tokyo"],
  ])("notes (advisory) that %s and %s share the %s metro", (a, b, metro) => {
    const f = expectOnly(run(resiliencySameMetro, linkedTo(a, b)), {
      ruleId,
      severity: "advisory",
      path: "connections",
      resource: GATEWAY,
    });
    expect(f.message).toContain(`${metro} metro`);
    expect(f.message).toContain("maximum resiliency");
    expectValueShows(f, `${a} and ${b}`);
  });
});
