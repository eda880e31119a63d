import { UNKNOWN } from "../../../lib/core/model";
import { connectionType } from "../../../lib/core/rules/connection-type";
import {
  CONNECTION,
  VALID_MODELS,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  gatewayModel,
  run,
} from "./fixtures";

const ruleId = "connection-type-expressroute";

describe("connection-type-expressroute", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(connectionType, m)).toEqual([]);
  });

  it("accepts a connection to a gateway and a circuit outside the model", () => {
    const m = gatewayModel({
      connection: { gatewayKey: "/subscriptions/0/gw", circuitKey: "/subscriptions/0/er" },
    });
    expect(run(connectionType, m)).toEqual([]);
  });

  it.each([
    {
      what: "an IPsec connection",
      connection: { connectionType: "IPsec" },
      path: "connectionType",
      bad: "IPsec",
    },
    {
      what: "a Vnet2Vnet connection",
      connection: { connectionType: "Vnet2Vnet" },
      path: "connectionType",
      bad: "Vnet2Vnet",
    },
    {
      what: "a connection type in the wrong case",
      connection: { connectionType: "expressroute" },
      path: "connectionType",
      bad: "expressroute",
    },
    {
      what: "a connection without a type",
      connection: { connectionType: undefined },
      path: "connectionType",
      bad: undefined,
    },
    {
      what: "a connection that names no gateway",
      connection: { gatewayKey: undefined },
      path: "virtualNetworkGateway1.id",
      bad: undefined,
    },
    {
      what: "a connection that names no circuit",
      connection: { circuitKey: undefined },
      path: "peer.id",
      bad: undefined,
    },
  ])("rejects $what", ({ connection, path, bad }) => {
    const f = expectOnly(run(connectionType, gatewayModel({ connection })), {
      ruleId,
      severity: "mandatory",
      path,
      resource: CONNECTION,
    });
    expectValueShows(f, bad);
  });

  it("rejects each missing part of an empty connection", () => {
    const m = gatewayModel({
      connection: { connectionType: undefined, gatewayKey: undefined, circuitKey: undefined },
    });
    expect(run(connectionType, m).map((f) => [f.path, f.severity])).toEqual([
      ["connectionType", "mandatory"],
      ["virtualNetworkGateway1.id", "mandatory"],
      ["peer.id", "mandatory"],
    ]);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = gatewayModel({
      connection: {
        origin: {
          resource: CONNECTION,
          path: "connections[0]",
          fields: { "peer.id": "connections[0].circuit" },
        },
        circuitKey: undefined,
      },
    });
    expectOnly(run(connectionType, m), { ruleId, severity: "mandatory", path: "connections[0].circuit" });
  });

  it.each([{ field: "connectionType", connection: { connectionType: UNKNOWN } }])(
    "reports an unknown $field as unverifiable, never as a violation",
    ({ field, connection }) => {
      expectOnlyUnverifiable(run(connectionType, gatewayModel({ connection })), ruleId, field, CONNECTION);
    },
  );

  it.each([
    ["virtualNetworkGateway1.id", { gatewayKey: UNKNOWN }],
    ["peer.id", { circuitKey: UNKNOWN }],
  ] as const)(
    "accepts a %s that is set but unknown at preview (it names the resource)",
    (_field, connection) => {
      expect(run(connectionType, gatewayModel({ connection }))).toEqual([]);
    },
  );
});
