import { connectionCircuitPrivatePeering } from "../../../lib/core/rules";
import {
  CONNECTION,
  VALID_MODELS,
  expectCompleteRecipe,
  expectOnly,
  gatewayModel,
  microsoftPeering,
  run,
} from "./fixtures";

const ruleId = "connection-circuit-private-peering";

describe(ruleId, () => {
  it.each(VALID_MODELS)("accepts the %s", (_what, m) => {
    expect(run(connectionCircuitPrivatePeering, m)).toEqual([]);
  });

  it.each([
    ["no peering at all", []],
    ["only Microsoft peering", [microsoftPeering()]],
  ])("rejects a VNet link to a circuit with %s", (_what, peerings) => {
    const f = expectOnly(run(connectionCircuitPrivatePeering, gatewayModel({ circuit: { peerings } })), {
      ruleId,
      severity: "mandatory",
      path: "peer.id",
      resource: CONNECTION,
    });
    expectCompleteRecipe(f);
    expect(f.message).toContain("has no private peering");
  });

  it("says nothing about a circuit outside the model", () => {
    expect(
      run(connectionCircuitPrivatePeering, gatewayModel({ circuit: { peerings: [], external: true } })),
    ).toEqual([]);
    expect(
      run(connectionCircuitPrivatePeering, gatewayModel({ connection: { circuitKey: "id:elsewhere" } })),
    ).toEqual([]);
  });
});
