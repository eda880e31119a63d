import { UNKNOWN, type ConnectionModel, type GatewayModel } from "../../../lib/core/model";
import { connectionFastPath } from "../../../lib/core/rules/connection-fastpath";
import {
  CONNECTION,
  DIRECT_CIRCUIT,
  GATEWAY,
  VALID_MODELS,
  connection,
  directCircuit,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  gateway,
  gatewayModel,
  model,
  port,
  run,
  vnet,
} from "./fixtures";

const ruleId = "connection-fastpath-eligible";
const BYPASS = "expressRouteGatewayBypass";
const PRIVATE_LINK = "enablePrivateLinkFastPath";

/** A FastPath connection from a gateway with these overrides to the Amsterdam provider circuit. */
function fastPathOn(gw: Partial<GatewayModel>) {
  return gatewayModel({ gateway: gw, connection: { fastPath: true } });
}

/** A connection with these overrides from an ErGw3AZ gateway to a Direct circuit. */
function toDirectCircuit(overrides: Partial<ConnectionModel>) {
  return model({
    circuits: [directCircuit()],
    ports: [port()],
    vnets: [vnet()],
    gateways: [gateway({ skuName: "ErGw3AZ" })],
    connections: [connection({ circuitKey: DIRECT_CIRCUIT, ...overrides })],
  });
}

describe("connection-fastpath-eligible", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(connectionFastPath, m)).toEqual([]);
  });

  it.each([
    ["an ErGw3AZ gateway", { skuName: "ErGw3AZ" }],
    ["an UltraPerformance gateway", { skuName: "UltraPerformance" }],
    ["an ErGwScale gateway with 10 minimum units", { skuName: "ErGwScale", scaleMin: 10, scaleMax: 20 }],
    ["an ErGwScale gateway with 40 minimum units", { skuName: "ErGwScale", scaleMin: 40, scaleMax: 40 }],
  ])("accepts FastPath on %s", (_what, gw) => {
    expect(run(connectionFastPath, fastPathOn(gw))).toEqual([]);
  });

  it.each(["ErGw1AZ", "ErGw2AZ", "Standard", "HighPerformance"])(
    "accepts a connection without FastPath on a gateway of SKU %s",
    (skuName) => {
      expect(
        run(connectionFastPath, gatewayModel({ gateway: { skuName }, connection: { fastPath: false } })),
      ).toEqual([]);
    },
  );

  it.each([
    ["a gateway SKU that is not an ExpressRoute SKU", { skuName: "VpnGw1" }],
    ["a gateway without a SKU", { skuName: undefined }],
  ])("leaves FastPath on %s to gateway-sku-valid", (_what, gw) => {
    expect(run(connectionFastPath, fastPathOn(gw))).toEqual([]);
  });

  it("says nothing about FastPath to a gateway outside the model", () => {
    expect(
      run(
        connectionFastPath,
        gatewayModel({ connection: { fastPath: true, gatewayKey: "/subscriptions/0/gw" } }),
      ),
    ).toEqual([]);
  });

  it.each([
    ["an ErGw1AZ gateway", { skuName: "ErGw1AZ" }],
    ["an ErGw2AZ gateway", { skuName: "ErGw2AZ" }],
    ["a Standard gateway", { skuName: "Standard" }],
    ["a HighPerformance gateway", { skuName: "HighPerformance" }],
    ["an ErGwScale gateway with 2 minimum units", { skuName: "ErGwScale", scaleMin: 2, scaleMax: 10 }],
    ["an ErGwScale gateway with 9 minimum units", { skuName: "ErGwScale", scaleMin: 9, scaleMax: 20 }],
    [
      "an ErGwScale gateway without minimum units",
      { skuName: "ErGwScale", scaleMin: undefined, scaleMax: 20 },
    ],
  ])("rejects FastPath on %s", (_what, gw) => {
    const f = expectOnly(run(connectionFastPath, fastPathOn(gw)), {
      ruleId,
      severity: "mandatory",
      path: BYPASS,
      resource: CONNECTION,
    });
    expectValueShows(f, true);
  });

  it("accepts Private Link FastPath with FastPath over an ExpressRoute Direct circuit", () => {
    expect(run(connectionFastPath, toDirectCircuit({ fastPath: true, privateLinkFastPath: true }))).toEqual(
      [],
    );
  });

  it("accepts Private Link FastPath to a circuit outside the model", () => {
    const m = toDirectCircuit({
      fastPath: true,
      privateLinkFastPath: true,
      circuitKey: "/subscriptions/0/er",
    });
    expect(run(connectionFastPath, m)).toEqual([]);
  });

  it.each([
    ["with FastPath off", { fastPath: false }],
    ["without FastPath set", { fastPath: undefined }],
  ])("rejects Private Link FastPath %s over a Direct circuit", (_what, overrides) => {
    const f = expectOnly(
      run(connectionFastPath, toDirectCircuit({ privateLinkFastPath: true, ...overrides })),
      {
        ruleId,
        severity: "mandatory",
        path: PRIVATE_LINK,
        resource: CONNECTION,
      },
    );
    expect(f.message).toContain(BYPASS);
  });

  it("rejects Private Link FastPath over a provider circuit", () => {
    const m = gatewayModel({
      gateway: { skuName: "ErGw3AZ" },
      connection: { fastPath: true, privateLinkFastPath: true },
    });
    const f = expectOnly(run(connectionFastPath, m), {
      ruleId,
      severity: "mandatory",
      path: PRIVATE_LINK,
      resource: CONNECTION,
    });
    expect(f.message).toContain("ExpressRoute Direct");
  });

  it("rejects Private Link FastPath without FastPath over a provider circuit for both reasons", () => {
    const m = gatewayModel({ connection: { fastPath: false, privateLinkFastPath: true } });
    expect(run(connectionFastPath, m).map((f) => [f.path, f.severity])).toEqual([
      [PRIVATE_LINK, "mandatory"],
      [PRIVATE_LINK, "mandatory"],
    ]);
  });

  it("does not require a Direct circuit of a circuit declared outside the model", () => {
    const m = gatewayModel({
      circuit: { external: true },
      gateway: { skuName: "ErGw3AZ" },
      connection: { fastPath: true, privateLinkFastPath: true },
    });
    expect(run(connectionFastPath, m)).toEqual([]);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = gatewayModel({
      connection: {
        origin: { resource: CONNECTION, fields: { [BYPASS]: "links[0].fastPath" } },
        fastPath: true,
      },
    });
    expectOnly(run(connectionFastPath, m), { ruleId, severity: "mandatory", path: "links[0].fastPath" });
  });

  it("reports an unknown gateway SKU under FastPath as unverifiable, never as a violation", () => {
    expectOnlyUnverifiable(
      run(connectionFastPath, fastPathOn({ skuName: UNKNOWN })),
      ruleId,
      "sku.name",
      GATEWAY,
    );
  });

  it("does not reject Private Link FastPath when FastPath is only known at deploy time", () => {
    const findings = run(
      connectionFastPath,
      toDirectCircuit({ fastPath: UNKNOWN, privateLinkFastPath: true }),
    );
    expect(findings.filter((f) => f.severity === "mandatory")).toEqual([]);
  });
});
