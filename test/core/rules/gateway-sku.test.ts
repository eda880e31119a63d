import { UNKNOWN } from "../../../lib/core/model";
import { gatewaySkuRule } from "../../../lib/core/rules/gateway-sku";
import {
  GATEWAY,
  VALID_MODELS,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  gatewayModel,
  run,
} from "./fixtures";

const ruleId = "gateway-sku-valid";

describe("gateway-sku-valid", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(gatewaySkuRule, m)).toEqual([]);
  });

  it.each(["Standard", "HighPerformance", "UltraPerformance", "ErGw1AZ", "ErGw2AZ", "ErGw3AZ", "ErGwScale"])(
    "accepts the ExpressRoute gateway SKU %s",
    (skuName) => {
      expect(run(gatewaySkuRule, gatewayModel({ gateway: { skuName } }))).toEqual([]);
    },
  );

  it.each([
    { what: "a gateway of type Vpn", gateway: { gatewayType: "Vpn" }, path: "gatewayType", bad: "Vpn" },
    {
      what: "a gateway of type LocalGateway",
      gateway: { gatewayType: "LocalGateway" },
      path: "gatewayType",
      bad: "LocalGateway",
    },
    {
      what: "a gateway without a type",
      gateway: { gatewayType: undefined },
      path: "gatewayType",
      bad: undefined,
    },
    { what: "the VPN SKU VpnGw1", gateway: { skuName: "VpnGw1" }, path: "sku.name", bad: "VpnGw1" },
    { what: "the VPN SKU VpnGw2AZ", gateway: { skuName: "VpnGw2AZ" }, path: "sku.name", bad: "VpnGw2AZ" },
    { what: "the VPN-only Basic SKU", gateway: { skuName: "Basic" }, path: "sku.name", bad: "Basic" },
    {
      what: "an ErGw4AZ SKU that does not exist",
      gateway: { skuName: "ErGw4AZ" },
      path: "sku.name",
      bad: "ErGw4AZ",
    },
    { what: "a gateway without a SKU", gateway: { skuName: undefined }, path: "sku.name", bad: undefined },
  ])("rejects $what", ({ gateway, path, bad }) => {
    const f = expectOnly(run(gatewaySkuRule, gatewayModel({ gateway })), {
      ruleId,
      severity: "mandatory",
      path,
      resource: GATEWAY,
    });
    expectValueShows(f, bad);
  });

  it("lists the ExpressRoute SKUs when the SKU is wrong", () => {
    const [f] = run(gatewaySkuRule, gatewayModel({ gateway: { skuName: "VpnGw1" } }));
    expect(f.allowed).toContain("ErGw1AZ");
    expect(f.allowed).toContain("ErGwScale");
  });

  it("rejects a VPN gateway with a VPN SKU on both fields", () => {
    const m = gatewayModel({ gateway: { gatewayType: "Vpn", skuName: "VpnGw1" } });
    expect(run(gatewaySkuRule, m).map((f) => [f.path, f.severity])).toEqual([
      ["gatewayType", "mandatory"],
      ["sku.name", "mandatory"],
    ]);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = gatewayModel({
      gateway: { origin: { resource: GATEWAY, path: "gateway" }, skuName: "VpnGw1" },
    });
    expectOnly(run(gatewaySkuRule, m), { ruleId, severity: "mandatory", path: "gateway.sku.name" });
  });

  it.each([
    { field: "gatewayType", gateway: { gatewayType: UNKNOWN } },
    { field: "sku.name", gateway: { skuName: UNKNOWN } },
  ])("reports an unknown $field as unverifiable, never as a violation", ({ field, gateway }) => {
    expectOnlyUnverifiable(run(gatewaySkuRule, gatewayModel({ gateway })), ruleId, field, GATEWAY);
  });
});
