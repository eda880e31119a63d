import {
  UNKNOWN,
  type ConnectionModel,
  type GatewayModel,
  type TopologyModel,
  type VirtualHubModel,
  type VirtualWanModel,
} from "../../../lib/core/model";
import {
  circuitReachesGateway,
  circuitVnetLinkLimit,
  connectionCircuitPrivatePeering,
  gatewayCircuitsPerLocation,
  gatewayConnectionLimit,
  gatewaySkuRule,
  gatewaySubnetSize,
  hubCircuitLimits,
  hubGatewayScaleUnits,
  virtualHubAddressPrefix,
  virtualWanHubAdvice,
  virtualWanType,
} from "../../../lib/core/rules";
import { RULES } from "../../../lib/core/rules";
import {
  circuit,
  directCircuit,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  londonCircuit,
  model,
  port,
  provider,
  run,
  sku,
} from "./fixtures";

// Issue 10: the rules over Virtual WAN hubs (a Virtual WAN, a hub, the hub's ExpressRoute gateway and its
// circuit connections), at the model level.

const WAN = "estate-wan";
const HUB = "weu-hub";
const HUB_GATEWAY = "weu-hub-er";

function wan(overrides: Partial<VirtualWanModel> = {}): VirtualWanModel {
  return { key: WAN, origin: { resource: WAN }, type: "Standard", ...overrides };
}

function hub(overrides: Partial<VirtualHubModel> = {}): VirtualHubModel {
  return {
    key: HUB,
    origin: { resource: HUB },
    location: "westeurope",
    wanKey: WAN,
    addressPrefix: "10.100.0.0/23",
    sku: undefined,
    ...overrides,
  };
}

function hubGateway(overrides: Partial<GatewayModel> = {}): GatewayModel {
  return {
    key: HUB_GATEWAY,
    origin: { resource: HUB_GATEWAY, fields: { connections: "expressRouteConnections" } },
    location: "westeurope",
    hubKey: HUB,
    gatewayType: "ExpressRoute",
    skuName: undefined,
    scaleMin: 2,
    scaleMax: 4,
    subnetKey: undefined,
    ...overrides,
  };
}

function hubConnection(circuitKey: string, overrides: Partial<ConnectionModel> = {}): ConnectionModel {
  const key = `${circuitKey}-hub-connection`;
  return {
    key,
    origin: {
      resource: key,
      fields: {
        "virtualNetworkGateway1.id": "expressRouteGatewayName",
        "peer.id": "expressRouteCircuitPeering.id",
      },
    },
    connectionType: "ExpressRoute",
    gatewayKey: HUB_GATEWAY,
    circuitKey,
    circuitPeering: "AzurePrivatePeering",
    routingWeight: 0,
    fastPath: undefined,
    privateLinkFastPath: undefined,
    ...overrides,
  };
}

/** Amsterdam and London circuits connected to a Standard hub in West Europe, with overrides. */
function hubEstate(parts: Partial<TopologyModel> = {}): TopologyModel {
  return model({
    circuits: [circuit(), londonCircuit()],
    virtualWans: [wan()],
    virtualHubs: [hub()],
    gateways: [hubGateway()],
    connections: [hubConnection("ams"), hubConnection("lon")],
    ...parts,
  });
}

/** `n` circuits at a peering location, each connected to the hub. */
function circuitsAt(peeringLocation: string, n: number) {
  const circuits = Array.from({ length: n }, (_, i) =>
    circuit({
      key: `${peeringLocation}-${i}`,
      origin: { resource: `${peeringLocation}-${i}` },
      provider: provider({ peeringLocation }),
    }),
  );
  return { circuits, connections: circuits.map((c) => hubConnection(c.key)) };
}

function manyCircuits(...groups: [string, number][]): TopologyModel {
  const parts = groups.map(([loc, n]) => circuitsAt(loc, n));
  return hubEstate({
    circuits: parts.flatMap((p) => p.circuits),
    connections: parts.flatMap((p) => p.connections),
  });
}

describe("a compliant Virtual WAN estate", () => {
  it("passes every rule", () => {
    expect(RULES.flatMap((r) => run(r, hubEstate()))).toEqual([]);
  });

  it("is not judged by the virtual network gateway rules (a hub gateway has no SKU and no GatewaySubnet)", () => {
    for (const rule of [
      gatewaySkuRule,
      gatewaySubnetSize,
      gatewayConnectionLimit,
      gatewayCircuitsPerLocation,
    ]) {
      expect(run(rule, manyCircuits(["Amsterdam", 4], ["London", 4]))).toEqual([]);
    }
  });
});

describe("virtual-wan-type-expressroute", () => {
  it("refuses a Basic Virtual WAN, naming its type", () => {
    const f = expectOnly(run(virtualWanType, hubEstate({ virtualWans: [wan({ type: "Basic" })] })), {
      ruleId: "virtual-wan-type-expressroute",
      severity: "mandatory",
      path: "type",
      resource: WAN,
    });
    expectValueShows(f, "Basic");
  });

  it("refuses a Basic hub, naming its sku", () => {
    expectOnly(run(virtualWanType, hubEstate({ virtualHubs: [hub({ sku: "Basic" })] })), {
      ruleId: "virtual-wan-type-expressroute",
      severity: "mandatory",
      path: "sku",
      resource: HUB,
    });
  });

  it("refuses a hub gateway that names no hub", () => {
    expectOnly(run(virtualWanType, hubEstate({ gateways: [hubGateway({ hubKey: "" })] })), {
      ruleId: "virtual-wan-type-expressroute",
      severity: "mandatory",
      path: "hub",
    });
  });

  it.each([
    ["a type left to Azure's default", { type: undefined }],
    ["a Standard type", { type: "Standard" }],
  ])("accepts %s", (_what, w) => {
    expect(run(virtualWanType, hubEstate({ virtualWans: [wan(w)] }))).toEqual([]);
  });

  it("says it cannot verify a type known only at deploy time", () => {
    expectOnlyUnverifiable(
      run(virtualWanType, hubEstate({ virtualWans: [wan({ type: UNKNOWN })] })),
      "virtual-wan-type-expressroute",
      "type",
    );
  });

  it("leaves a Basic Virtual WAN without an ExpressRoute gateway alone", () => {
    expect(run(virtualWanType, hubEstate({ virtualWans: [wan({ type: "Basic" })], gateways: [] }))).toEqual(
      [],
    );
  });
});

describe("hub-gateway-scale-units", () => {
  it.each([1, 2, 10])("accepts %s units", (units) => {
    expect(
      run(hubGatewayScaleUnits, hubEstate({ gateways: [hubGateway({ scaleMin: units, scaleMax: units })] })),
    ).toEqual([]);
  });

  it.each([
    ["min", 0, { scaleMin: 0, scaleMax: 4 }],
    ["min", 11, { scaleMin: 11, scaleMax: undefined }],
    ["min", 2.5, { scaleMin: 2.5, scaleMax: 4 }],
    ["max", 11, { scaleMin: 2, scaleMax: 11 }],
    ["max", 40, { scaleMin: 2, scaleMax: 40 }],
  ] as const)("refuses %s = %s", (bound, bad, gw) => {
    const f = expectOnly(run(hubGatewayScaleUnits, hubEstate({ gateways: [hubGateway(gw)] })), {
      ruleId: "hub-gateway-scale-units",
      severity: "mandatory",
      path: `autoScaleConfiguration.bounds.${bound}`,
    });
    expectValueShows(f, bad);
  });

  it("says it cannot verify units known only at deploy time", () => {
    expectOnlyUnverifiable(
      run(
        hubGatewayScaleUnits,
        hubEstate({ gateways: [hubGateway({ scaleMin: UNKNOWN, scaleMax: undefined })] }),
      ),
      "hub-gateway-scale-units",
      "autoScaleConfiguration.bounds.min",
    );
  });
});

describe("hub-circuit-limits", () => {
  it("accepts 8 circuits, 4 per peering location", () => {
    expect(run(hubCircuitLimits, manyCircuits(["Amsterdam", 4], ["London", 4]))).toEqual([]);
  });

  it("refuses 9 circuits on one hub", () => {
    const f = expectOnly(
      run(hubCircuitLimits, manyCircuits(["Amsterdam", 3], ["London", 3], ["Frankfurt", 3])),
      {
        ruleId: "hub-circuit-limits",
        severity: "mandatory",
        path: "expressRouteConnections",
        resource: HUB_GATEWAY,
      },
    );
    expect(f.message).toContain("9 circuits");
  });

  it("refuses 5 circuits from one peering location", () => {
    const f = expectOnly(run(hubCircuitLimits, manyCircuits(["Amsterdam", 5])), {
      ruleId: "hub-circuit-limits",
      severity: "mandatory",
      path: "expressRouteConnections",
    });
    expect(f.value).toContain("5 circuits at Amsterdam");
  });

  it("counts a circuit connected twice once", () => {
    const twice = hubEstate({
      connections: [hubConnection("ams"), { ...hubConnection("ams"), key: "again" }],
    });
    expect(run(hubCircuitLimits, twice)).toEqual([]);
  });

  it("says it cannot verify a connection whose circuit is unknown at preview", () => {
    expectOnlyUnverifiable(
      run(hubCircuitLimits, hubEstate({ connections: [hubConnection("ams", { circuitKey: UNKNOWN })] })),
      "hub-circuit-limits",
      "expressRouteCircuitPeering.id",
    );
  });
});

describe("virtual-hub-address-prefix", () => {
  it.each(["10.100.0.0/23", "10.100.0.0/24", "10.0.0.0/16"])("accepts %s", (addressPrefix) => {
    expect(run(virtualHubAddressPrefix, hubEstate({ virtualHubs: [hub({ addressPrefix })] }))).toEqual([]);
  });

  it.each(["10.100.0.0/25", "10.100.1.0/23", "2001:db8::/48", "not a prefix", "10.100.0.0/33"])(
    "refuses %s",
    (addressPrefix) => {
      const f = expectOnly(
        run(virtualHubAddressPrefix, hubEstate({ virtualHubs: [hub({ addressPrefix })] })),
        {
          ruleId: "virtual-hub-address-prefix",
          severity: "mandatory",
          path: "addressPrefix",
          resource: HUB,
        },
      );
      expectValueShows(f, addressPrefix);
    },
  );

  it("does not judge a hub without an ExpressRoute gateway (a route server hub has no prefix of its own)", () => {
    expect(
      run(
        virtualHubAddressPrefix,
        hubEstate({ virtualHubs: [hub({ addressPrefix: "10.0.0.0/28" })], gateways: [] }),
      ),
    ).toEqual([]);
  });
});

describe("virtual-wan-hub-advice", () => {
  it("advises against one scale unit", () => {
    expectOnly(
      run(virtualWanHubAdvice, hubEstate({ gateways: [hubGateway({ scaleMin: 1, scaleMax: 1 })] })),
      {
        ruleId: "virtual-wan-hub-advice",
        severity: "advisory",
        path: "autoScaleConfiguration.bounds.min",
      },
    );
  });

  it("advises when the maximum is below the minimum", () => {
    expectOnly(
      run(virtualWanHubAdvice, hubEstate({ gateways: [hubGateway({ scaleMin: 4, scaleMax: 3 })] })),
      {
        ruleId: "virtual-wan-hub-advice",
        severity: "advisory",
        path: "autoScaleConfiguration.bounds.max",
      },
    );
  });

  it.each([
    ["a provider circuit", "ams", 5],
    ["a Direct circuit on a 4-unit gateway", "ams-direct", 4],
  ])("advises that FastPath over %s does not apply", (_what, circuitKey, units) => {
    const m = hubEstate({
      circuits: [circuit(), directCircuit()],
      ports: [port()],
      gateways: [hubGateway({ scaleMin: units, scaleMax: units })],
      connections: [hubConnection(circuitKey, { fastPath: true })],
    });
    expectOnly(run(virtualWanHubAdvice, m), {
      ruleId: "virtual-wan-hub-advice",
      severity: "advisory",
      path: "expressRouteGatewayBypass",
    });
  });

  it("accepts FastPath over a Direct circuit on a 5-unit gateway", () => {
    const m = hubEstate({
      circuits: [directCircuit()],
      ports: [port()],
      gateways: [hubGateway({ scaleMin: 5, scaleMax: 5 })],
      connections: [hubConnection("ams-direct", { fastPath: true })],
    });
    expect(run(virtualWanHubAdvice, m)).toEqual([]);
  });
});

describe("the connection rules over hub connections", () => {
  it("circuit-reaches-gateway uses the hub's region: a Standard North American circuit cannot reach a West Europe hub", () => {
    const wdc = circuit({
      key: "wdc",
      origin: { resource: "wdc" },
      location: "eastus",
      provider: provider({ peeringLocation: "Washington DC" }),
    });
    const m = hubEstate({
      circuits: [wdc],
      connections: [hubConnection("wdc")],
      gateways: [hubGateway({ location: "eastus" })],
    });
    expectOnly(run(circuitReachesGateway, m), {
      ruleId: "circuit-reaches-gateway",
      severity: "mandatory",
      path: "expressRouteGatewayName",
      resource: "wdc-hub-connection",
    });
    const premium = {
      ...m,
      circuits: [{ ...wdc, sku: sku({ tier: "Premium", name: "Premium_MeteredData" }) }],
    };
    expect(run(circuitReachesGateway, premium)).toEqual([]);
  });

  it("connection-circuit-private-peering refuses a hub connection to the Microsoft peering", () => {
    const m = hubEstate({ connections: [hubConnection("ams", { circuitPeering: "MicrosoftPeering" })] });
    expectOnly(run(connectionCircuitPrivatePeering, m), {
      ruleId: "connection-circuit-private-peering",
      severity: "mandatory",
      path: "expressRouteCircuitPeering.id",
    });
  });

  it("circuit-vnet-link-limit counts hub connections with VNet links and Global Reach", () => {
    const links = Array.from({ length: 11 }, (_, i) => ({ ...hubConnection("ams"), key: `c${i}` }));
    expectOnly(run(circuitVnetLinkLimit, hubEstate({ connections: links })), {
      ruleId: "circuit-vnet-link-limit",
      severity: "mandatory",
      path: "sku.tier",
      resource: "ams",
    });
    expect(run(circuitVnetLinkLimit, hubEstate({ connections: links.slice(0, 10) }))).toEqual([]);
  });
});
