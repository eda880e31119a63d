import { UNKNOWN } from "../../../lib/core/model";
import { gatewayScaleRegion } from "../../../lib/core/rules/gateway-scale-region";
import { GATEWAY, VALID_MODELS, expectOnly, expectOnlyUnverifiable, gatewayModel, run } from "./fixtures";

const ruleId = "gateway-scale-region";

function scaleGatewayIn(location: unknown, skuName = "ErGwScale") {
  return gatewayModel({ gateway: { location: location as string, skuName, scaleMin: 2, scaleMax: 10 } });
}

describe("gateway-scale-region", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(gatewayScaleRegion, m)).toEqual([]);
  });

  it.each(["northeurope", "swedencentral", "eastus", "France Central"])(
    "accepts ErGwScale in %s",
    (location) => {
      expect(run(gatewayScaleRegion, scaleGatewayIn(location))).toEqual([]);
    },
  );

  it("accepts an AZ SKU in a region without ErGwScale", () => {
    expect(run(gatewayScaleRegion, scaleGatewayIn("westeurope", "ErGw2AZ"))).toEqual([]);
  });

  it.each(["westeurope", "West Europe", "eastus2", "southeastasia", "belgiumcentral"])(
    "refuses ErGwScale in %s, where Microsoft does not offer it",
    (location) => {
      const f = expectOnly(run(gatewayScaleRegion, scaleGatewayIn(location)), {
        ruleId,
        severity: "mandatory",
        path: "sku.name",
        resource: GATEWAY,
      });
      expect(f.message).toContain("2025-11-06");
    },
  );

  it("reports an unknown location as unverifiable", () => {
    expectOnlyUnverifiable(run(gatewayScaleRegion, scaleGatewayIn(UNKNOWN)), ruleId, "location", GATEWAY);
  });
});
