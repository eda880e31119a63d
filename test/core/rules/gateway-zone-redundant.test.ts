import { UNKNOWN } from "../../../lib/core/model";
import { gatewayZoneRedundant } from "../../../lib/core/rules/gateway-zone-redundant";
import { GATEWAY, VALID_MODELS, expectOnly, expectValueShows, gatewayModel, run } from "./fixtures";

const ruleId = "gateway-zone-redundant";

describe("gateway-zone-redundant", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(gatewayZoneRedundant, m)).toEqual([]);
  });

  it.each(["ErGw1AZ", "ErGw2AZ", "ErGw3AZ", "ErGwScale"])("accepts the zone-redundant SKU %s", (skuName) => {
    expect(run(gatewayZoneRedundant, gatewayModel({ gateway: { skuName } }))).toEqual([]);
  });

  it.each([
    ["a SKU that is not an ExpressRoute SKU", "VpnGw1"],
    ["an unset SKU", undefined],
    ["an unknown SKU", UNKNOWN],
  ])("leaves %s to gateway-sku-valid", (_what, skuName) => {
    expect(run(gatewayZoneRedundant, gatewayModel({ gateway: { skuName } }))).toEqual([]);
  });

  it.each([
    ["Standard", "ErGw1AZ"],
    ["HighPerformance", "ErGw2AZ"],
    ["UltraPerformance", "ErGw3AZ"],
  ])("advises against the non-zone-redundant SKU %s and suggests %s", (skuName, az) => {
    const f = expectOnly(run(gatewayZoneRedundant, gatewayModel({ gateway: { skuName } })), {
      ruleId,
      severity: "advisory",
      path: "sku.name",
      resource: GATEWAY,
    });
    expect(f.unverifiable).toBeUndefined();
    expectValueShows(f, skuName);
    expect(f.fix).toContain(az);
  });
});
