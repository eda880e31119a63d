import { UNKNOWN } from "../../../lib/core/model";
import { connectionRoutingWeight } from "../../../lib/core/rules/connection-routing-weight";
import {
  CONNECTION,
  VALID_MODELS,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  gatewayModel,
  run,
} from "./fixtures";

const ruleId = "connection-routing-weight";

describe("connection-routing-weight", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(connectionRoutingWeight, m)).toEqual([]);
  });

  it.each([
    ["the lowest weight", 0],
    ["a middle weight", 100],
    ["the highest weight", 32000],
    ["an unset weight (Azure's default)", undefined],
  ])("accepts %s", (_what, routingWeight) => {
    expect(run(connectionRoutingWeight, gatewayModel({ connection: { routingWeight } }))).toEqual([]);
  });

  it.each([
    ["a negative weight", -1],
    ["a weight above 32000", 32001],
    ["a fractional weight", 1.5],
    ["a weight that is not a number", Number.NaN],
  ])("rejects %s (%d)", (_what, routingWeight) => {
    const f = expectOnly(run(connectionRoutingWeight, gatewayModel({ connection: { routingWeight } })), {
      ruleId,
      severity: "mandatory",
      path: "routingWeight",
      resource: CONNECTION,
    });
    expect(f.allowed).toContain("0..32000");
    if (!Number.isNaN(routingWeight)) expectValueShows(f, routingWeight);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = gatewayModel({
      connection: {
        origin: { resource: CONNECTION, fields: { routingWeight: "links[0].weight" } },
        routingWeight: -5,
      },
    });
    expectOnly(run(connectionRoutingWeight, m), { ruleId, severity: "mandatory", path: "links[0].weight" });
  });

  it("reports an unknown weight as unverifiable, never as a violation", () => {
    expectOnlyUnverifiable(
      run(connectionRoutingWeight, gatewayModel({ connection: { routingWeight: UNKNOWN } })),
      ruleId,
      "routingWeight",
      CONNECTION,
    );
  });
});
