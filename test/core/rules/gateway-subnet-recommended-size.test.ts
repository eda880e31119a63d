import { gatewaySubnetRecommendedSize } from "../../../lib/core/rules/gateway-subnet-recommended-size";
import { GATEWAY, VALID_MODELS, expectOnly, gatewayModel, gatewaySubnet, run } from "./fixtures";

const ruleId = "gateway-subnet-recommended-size";

function inSubnet(addressPrefix: string) {
  return gatewayModel({ vnet: { subnets: [gatewaySubnet({ addressPrefix })] } });
}

describe("gateway-subnet-recommended-size", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(gatewaySubnetRecommendedSize, m)).toEqual([]);
  });

  it.each(["10.10.255.0/27", "10.10.255.0/26", "10.10.0.0/24"])("accepts a %s GatewaySubnet", (prefix) => {
    expect(run(gatewaySubnetRecommendedSize, inSubnet(prefix))).toEqual([]);
  });

  it.each(["10.10.255.0/30", "garbage"])("leaves %s to gateway-subnet-size", (prefix) => {
    expect(run(gatewaySubnetRecommendedSize, inSubnet(prefix))).toEqual([]);
  });

  it.each(["10.10.255.0/28", "10.10.255.0/29"])(
    "advises a /27 for a %s GatewaySubnet, which Azure accepted but no longer supports for new gateways",
    (prefix) => {
      const f = expectOnly(run(gatewaySubnetRecommendedSize, inSubnet(prefix)), {
        ruleId,
        severity: "advisory",
        path: "ipConfigurations[0].subnet.id",
        resource: GATEWAY,
      });
      expect(f.value).toBe(JSON.stringify(prefix));
      expect(f.allowed).toContain("/27");
    },
  );
});
