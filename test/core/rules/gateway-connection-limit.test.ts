import { UNKNOWN, type GatewayModel } from "../../../lib/core/model";
import { gatewayConnectionLimit } from "../../../lib/core/rules/gateway-connection-limit";
import {
  GATEWAY,
  VALID_MODELS,
  connections,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  gatewayModel,
  run,
} from "./fixtures";

const ruleId = "gateway-connection-limit";

/** A gateway with these overrides and `n` circuit connections, each to its own circuit. */
function withConnections(n: number, gw: Partial<GatewayModel>) {
  return { ...gatewayModel({ gateway: gw }), connections: connections(n, (i) => `circuit-${i}`) };
}

describe("gateway-connection-limit", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(gatewayConnectionLimit, m)).toEqual([]);
  });

  it.each([
    { what: "an ErGw1AZ gateway", n: 4, gw: { skuName: "ErGw1AZ" } },
    { what: "a Standard gateway", n: 4, gw: { skuName: "Standard" } },
    { what: "an ErGw2AZ gateway", n: 8, gw: { skuName: "ErGw2AZ" } },
    { what: "a HighPerformance gateway", n: 8, gw: { skuName: "HighPerformance" } },
    { what: "an ErGw3AZ gateway", n: 16, gw: { skuName: "ErGw3AZ" } },
    { what: "an UltraPerformance gateway", n: 16, gw: { skuName: "UltraPerformance" } },
    {
      what: "an ErGwScale gateway with 1 minimum unit",
      n: 4,
      gw: { skuName: "ErGwScale", scaleMin: 1, scaleMax: 1 },
    },
    {
      what: "an ErGwScale gateway with 2 minimum units",
      n: 8,
      gw: { skuName: "ErGwScale", scaleMin: 2, scaleMax: 10 },
    },
    {
      what: "an ErGwScale gateway with 9 minimum units",
      n: 8,
      gw: { skuName: "ErGwScale", scaleMin: 9, scaleMax: 10 },
    },
    {
      what: "an ErGwScale gateway with 10 minimum units",
      n: 16,
      gw: { skuName: "ErGwScale", scaleMin: 10, scaleMax: 40 },
    },
  ])("accepts $n circuit connections on $what", ({ n, gw }) => {
    expect(run(gatewayConnectionLimit, withConnections(n, gw))).toEqual([]);
  });

  it.each([
    ["a SKU that is not an ExpressRoute SKU", { skuName: "VpnGw1" }],
    ["an unset SKU", { skuName: undefined }],
  ])("leaves a gateway with %s to gateway-sku-valid", (_what, gw) => {
    expect(run(gatewayConnectionLimit, withConnections(20, gw))).toEqual([]);
  });

  it.each([
    { what: "an ErGw1AZ gateway", n: 5, gw: { skuName: "ErGw1AZ" }, limit: 4 },
    { what: "a Standard gateway", n: 5, gw: { skuName: "Standard" }, limit: 4 },
    { what: "an ErGw2AZ gateway", n: 9, gw: { skuName: "ErGw2AZ" }, limit: 8 },
    { what: "an ErGw3AZ gateway", n: 17, gw: { skuName: "ErGw3AZ" }, limit: 16 },
    {
      what: "an ErGwScale gateway with 1 minimum unit",
      n: 5,
      gw: { skuName: "ErGwScale", scaleMin: 1, scaleMax: 1 },
      limit: 4,
    },
    {
      what: "an ErGwScale gateway with 2 minimum units",
      n: 9,
      gw: { skuName: "ErGwScale", scaleMin: 2, scaleMax: 20 },
      limit: 8,
    },
    {
      what: "an ErGwScale gateway with 10 minimum units",
      n: 17,
      gw: { skuName: "ErGwScale", scaleMin: 10, scaleMax: 40 },
      limit: 16,
    },
  ])("rejects $n circuit connections on $what", ({ n, gw, limit }) => {
    const f = expectOnly(run(gatewayConnectionLimit, withConnections(n, gw)), {
      ruleId,
      severity: "mandatory",
      path: "sku.name",
      resource: GATEWAY,
    });
    expectValueShows(f, gw.skuName);
    expect(f.allowed).toContain(`at most ${limit}`);
  });

  it("counts only the gateway's own connections", () => {
    const m = withConnections(4, { skuName: "ErGw1AZ" });
    const elsewhere = connections(3, () => "circuit-x", { gatewayKey: "other-gateway" }).map((x, i) => ({
      ...x,
      key: `other:${i}`,
    }));
    expect(
      run(gatewayConnectionLimit, { ...m, connections: [...(m.connections ?? []), ...elsewhere] }),
    ).toEqual([]);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = withConnections(5, {
      origin: { resource: GATEWAY, path: "gateway", fields: { "sku.name": "gateway.sku" } },
    });
    expectOnly(run(gatewayConnectionLimit, m), { ruleId, severity: "mandatory", path: "gateway.sku" });
  });

  it("reports the unknown minimum units of a connected ErGwScale gateway as unverifiable", () => {
    expectOnlyUnverifiable(
      run(
        gatewayConnectionLimit,
        withConnections(5, { skuName: "ErGwScale", scaleMin: UNKNOWN, scaleMax: 10 }),
      ),
      ruleId,
      "autoScaleConfiguration.bounds.min",
      GATEWAY,
    );
  });

  it("does not need the minimum units of an ErGwScale gateway without connections", () => {
    const m = withConnections(0, { skuName: "ErGwScale", scaleMin: UNKNOWN, scaleMax: 10 });
    expect(run(gatewayConnectionLimit, m)).toEqual([]);
  });
});

describe("gateway-connection-limit with a gateway unknown at preview", () => {
  it("cannot verify (advisory) a connection whose gateway is only known at deploy time", () => {
    const findings = run(gatewayConnectionLimit, gatewayModel({ connection: { gatewayKey: UNKNOWN } }));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "gateway-connection-limit",
        severity: "advisory",
        unverifiable: true,
        path: "virtualNetworkGateway1.id",
      }),
    ]);
  });
});
