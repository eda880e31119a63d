import {
  ExpressRouteValidationError,
  MaximumResiliency,
  RedundantCircuit,
  VirtualWanHubGateway,
  type ExistingCircuit,
  type RedundantCircuitArgs,
  type VirtualWanHubGatewayArgs,
} from "../../lib";
import { isSecretInput, ofType, recordResources, valueOf } from "../support/mock-runtime";
import { rejection, resourcesOfRefused, warningsOf } from "../support/refusals";

// Issue 10: an ExpressRoute gateway in a Virtual WAN hub, and circuits connected to it, refused before anything
// is created when the hub or a connection would not deploy or would not carry traffic.

const recorded = recordResources();

const newHub: VirtualWanHubGatewayArgs = {
  resourceGroupName: "rg-wan",
  location: "westeurope",
  hubAddressPrefix: "10.100.0.0/23",
};

const HUB_ID =
  "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-wan/providers/Microsoft.Network/virtualHubs/weu-hub";

let nextBlock = 40;
const provider = (
  peeringLocation: string,
  extra: Partial<RedundantCircuitArgs> = {},
): RedundantCircuitArgs => ({
  resourceGroupName: "rg-er",
  serviceProviderName: "Equinix",
  peeringLocation,
  bandwidthInMbps: 1000,
  privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: `192.168.${nextBlock++}.0/29` },
  ...extra,
});

/** A circuit created elsewhere, Standard at Amsterdam unless told otherwise. */
function existing(circuitName: string, extra: Partial<ExistingCircuit> = {}): ExistingCircuit {
  return {
    circuitId: `/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-remote/providers/Microsoft.Network/expressRouteCircuits/${circuitName}`,
    peeringLocation: "Amsterdam",
    skuTier: "Standard",
    bandwidthInMbps: 1000,
    ...extra,
  };
}

function expectRefusal(error: ExpressRouteValidationError, name: string, ruleId: string, path: string) {
  expect(error.findings.map((f) => [f.ruleId, f.path])).toContainEqual([ruleId, path]);
  const finding = error.findings.find((f) => f.ruleId === ruleId && f.path === path)!;
  expect(finding.severity).toBe("mandatory");
  expect(finding.fix).not.toBe("");
  expect(error.message).toContain(`"${name}"`);
  expect(error.message).toContain(`[${ruleId}]`);
}

describe("VirtualWanHubGateway resources", () => {
  it("creates a Standard Virtual WAN, a Standard hub and a 2-unit gateway in it by default", async () => {
    const gw = new VirtualWanHubGateway("weu", newHub);
    await valueOf(gw.id);
    const [wan] = ofType(recorded, "network:VirtualWan", "weu-");
    expect(wan.inputs).toEqual({
      resourceGroupName: "rg-wan",
      location: "westeurope",
      virtualWANName: "weu-wan",
      type: "Standard",
    });
    const [hub] = ofType(recorded, "network:VirtualHub", "weu-");
    expect(hub.inputs).toEqual({
      resourceGroupName: "rg-wan",
      location: "westeurope",
      virtualHubName: "weu-hub",
      virtualWan: { id: wan.id },
      addressPrefix: "10.100.0.0/23",
      sku: "Standard",
    });
    const [gateway] = ofType(recorded, "network:ExpressRouteGateway", "weu-");
    expect(gateway.inputs).toEqual({
      resourceGroupName: "rg-wan",
      location: "westeurope",
      expressRouteGatewayName: "weu",
      virtualHub: { id: hub.id },
      autoScaleConfiguration: { bounds: { min: 2, max: 2 } },
      allowNonVirtualWanTraffic: false,
    });
    expect(await valueOf(gw.virtualHubId)).toBe(hub.id);
  });

  it("puts the gateway in an existing hub without creating a hub or a Virtual WAN", async () => {
    const gw = new VirtualWanHubGateway("in-hub", {
      resourceGroupName: "rg-wan",
      location: "westeurope",
      virtualHubId: HUB_ID,
      scaleUnits: { min: 3, max: 6 },
    });
    await valueOf(gw.id);
    expect(ofType(recorded, "network:VirtualHub", "in-hub-")).toEqual([]);
    expect(ofType(recorded, "network:VirtualWan", "in-hub-")).toEqual([]);
    const [gateway] = ofType(recorded, "network:ExpressRouteGateway", "in-hub-");
    expect(gateway.inputs).toMatchObject({
      virtualHub: { id: HUB_ID },
      autoScaleConfiguration: { bounds: { min: 3, max: 6 } },
    });
  });

  it.each<[string, Partial<VirtualWanHubGatewayArgs>, string, string]>([
    ["no hub at all", { hubAddressPrefix: undefined }, "hub-gateway-input", "virtualHubId"],
    ["both an existing hub and a prefix", { virtualHubId: HUB_ID }, "hub-gateway-input", "virtualHubId"],
    [
      "a Virtual WAN for an existing hub",
      {
        hubAddressPrefix: undefined,
        virtualHubId: HUB_ID,
        virtualWanId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualWans/w",
      },
      "hub-gateway-input",
      "virtualWanId",
    ],
    ["a /25 hub", { hubAddressPrefix: "10.100.0.0/25" }, "virtual-hub-address-prefix", "hubAddressPrefix"],
    ["11 minimum scale units", { scaleUnits: { min: 11 } }, "hub-gateway-scale-units", "scaleUnits.min"],
    [
      "20 maximum scale units",
      { scaleUnits: { min: 2, max: 20 } },
      "hub-gateway-scale-units",
      "scaleUnits.max",
    ],
    ["an unknown region", { location: "westeurop" }, "azure-region-known", "location"],
    [
      "a hub id that is not one",
      { hubAddressPrefix: undefined, virtualHubId: "weu-hub" },
      "argument-type",
      "virtualHubId",
    ],
  ])("refuses %s before creating anything", async (what, change, ruleId, path) => {
    const name = `refused-${what.replace(/[^a-z0-9]+/gi, "-")}`;
    const error = rejection(() => new VirtualWanHubGateway(name, { ...newHub, ...change }));
    expectRefusal(error, name, ruleId, path);
    expect(await resourcesOfRefused(recorded, name)).toEqual([]);
  });

  it("reports 11 minimum units once when no maximum is given", () => {
    const error = rejection(() => new VirtualWanHubGateway("once", { ...newHub, scaleUnits: { min: 11 } }));
    expect(error.findings.map((f) => f.path)).toEqual(["scaleUnits.min"]);
  });

  it("warns about a single scale unit (throughput may vary in maintenance) but creates the gateway", () => {
    const warnings = warningsOf(
      () => new VirtualWanHubGateway("one-unit", { ...newHub, scaleUnits: { min: 1 } }),
    );
    expect(warnings).toEqual([expect.stringContaining("[virtual-wan-hub-advice]")]);
    expect(warnings[0]).toContain("scaleUnits.min");
  });
});

describe("HubCircuitConnection", () => {
  it("connects a circuit's private peering, with the authorization key kept secret", async () => {
    const gw = new VirtualWanHubGateway("conn", newHub);
    const circuit = new RedundantCircuit("conn-ams", provider("Amsterdam"));
    const link = gw.connect("conn-ams-link", { circuit, routingWeight: 10, authorizationKey: "key-1" });
    await valueOf(link.id);
    const [x] = ofType(recorded, "network:ExpressRouteConnection", "conn-ams-link-");
    expect(x.inputs).toMatchObject({
      resourceGroupName: "rg-wan",
      expressRouteGatewayName: "conn",
      connectionName: "conn-ams-link",
      name: "conn-ams-link",
      expressRouteCircuitPeering: { id: await valueOf(circuit.privatePeeringId!) },
      routingWeight: 10,
      enableInternetSecurity: false,
    });
    expect(x.inputs.expressRouteCircuitPeering.id).toMatch(/\/peerings\/AzurePrivatePeering$/);
    expect(isSecretInput(x.inputs.authorizationKey)).toBe(true);
  });

  it("connects an existing circuit's AzurePrivatePeering", async () => {
    const gw = new VirtualWanHubGateway("conn-existing", newHub);
    const link = gw.connect("partner-link", { existing: existing("er-partner") });
    await valueOf(link.id);
    const [x] = ofType(recorded, "network:ExpressRouteConnection", "partner-link-");
    expect(x.inputs.expressRouteCircuitPeering.id).toBe(
      `${existing("er-partner").circuitId}/peerings/AzurePrivatePeering`,
    );
  });

  it.each<[string, () => (gw: VirtualWanHubGateway) => unknown, string, string]>([
    [
      "a Standard North American circuit on a West Europe hub",
      () => (gw) => gw.connect("wdc", { existing: existing("er-wdc", { peeringLocation: "Washington DC" }) }),
      "circuit-reaches-gateway",
      "gateway",
    ],
    [
      "a routing weight of 40000",
      () => (gw) => gw.connect("heavy", { existing: existing("er-heavy"), routingWeight: 40000 }),
      "connection-routing-weight",
      "routingWeight",
    ],
    [
      "a circuit whose peerings are not configured yet",
      () => {
        const circuit = new RedundantCircuit("unconfigured", {
          ...provider("Amsterdam"),
          configurePeerings: false,
        });
        return (gw) => gw.connect("unconfigured-link", { circuit });
      },
      "connection-circuit-private-peering",
      "circuit",
    ],
    [
      "a Standard circuit that already has 10 links",
      () => (gw) => gw.connect("full", { existing: existing("er-full", { existingLinks: 10 }) }),
      "circuit-vnet-link-limit",
      "circuit",
    ],
  ])("refuses %s before creating the connection", async (what, setup, ruleId, path) => {
    const name = `hub-${what.replace(/[^a-z0-9]+/gi, "-")}`;
    const gw = new VirtualWanHubGateway(name, newHub);
    const connect = setup();
    const error = rejection(() => connect(gw));
    expectRefusal(error, error.message.match(/"([^"]+)"/)![1], ruleId, path);
    expect(gw.links).toEqual([]);
    expect(
      recorded.filter(
        (r) => r.type === "azure-native:network:ExpressRouteConnection" && r.name.startsWith(name),
      ),
    ).toEqual([]);
  });

  it("refuses a fifth circuit from one peering location, and a ninth circuit, on one hub", () => {
    const gw = new VirtualWanHubGateway("limits", newHub);
    for (let i = 1; i <= 4; i++) gw.connect(`ams-${i}`, { existing: existing(`er-ams-${i}`) });
    expectRefusal(
      rejection(() => gw.connect("ams-5", { existing: existing("er-ams-5") })),
      "ams-5",
      "hub-circuit-limits",
      "gateway",
    );
    for (let i = 1; i <= 4; i++)
      gw.connect(`lon-${i}`, { existing: existing(`er-lon-${i}`, { peeringLocation: "London" }) });
    expectRefusal(
      rejection(() =>
        gw.connect("fra-1", { existing: existing("er-fra-1", { peeringLocation: "Frankfurt" }) }),
      ),
      "fra-1",
      "hub-circuit-limits",
      "gateway",
    );
    expect(gw.links.map((l) => l.linkName)).toHaveLength(8);
  });
});

describe("MaximumResiliency through a Virtual WAN hub", () => {
  const site = (peeringLocation: string, peerAddressPrefix: string) => ({
    serviceProviderName: "Equinix",
    peeringLocation,
    bandwidthInMbps: 1000 as const,
    privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix },
  });

  it("connects both sites' circuits to the hub gateway", async () => {
    const mr = new MaximumResiliency("mr-hub", {
      resourceGroupName: "rg-mr",
      primary: site("Amsterdam", "192.168.80.0/29"),
      secondary: site("London", "192.168.81.0/29"),
      hub: { location: "westeurope", hubAddressPrefix: "10.100.0.0/23" },
    });
    await Promise.all([mr.gatewayId, mr.primaryLink!.id, mr.secondaryLink!.id].map(valueOf));
    expect(mr.gateway).toBeUndefined();
    expect(await valueOf(mr.gatewayId)).toBe(await valueOf(mr.hubGateway!.id));
    expect(
      ofType(recorded, "network:ExpressRouteConnection", "mr-hub-")
        .map((r) => r.name)
        .sort(),
    ).toEqual(["mr-hub-primary-link-connection", "mr-hub-secondary-link-connection"]);
  });

  it("refuses, before creating anything, a Standard secondary site outside the hub's geopolitical region", async () => {
    const error = rejection(
      () =>
        new MaximumResiliency("mr-hub-far", {
          resourceGroupName: "rg-mr",
          primary: site("Amsterdam", "192.168.82.0/29"),
          secondary: site("Washington DC", "192.168.83.0/29"),
          hub: { location: "westeurope", hubAddressPrefix: "10.100.0.0/23" },
        }),
    );
    expectRefusal(error, "mr-hub-far", "circuit-reaches-gateway", "hub.location");
    expect(await resourcesOfRefused(recorded, "mr-hub-far")).toEqual([]);
  });

  it("refuses a pattern given both a gateway and a hub, and one given neither", () => {
    const args = {
      resourceGroupName: "rg-mr",
      primary: site("Amsterdam", "192.168.84.0/29"),
      secondary: site("London", "192.168.85.0/29"),
    };
    const hub = { location: "westeurope", hubAddressPrefix: "10.100.0.0/23" };
    const gateway = {
      location: "westeurope",
      virtualNetworkName: "vnet",
      gatewaySubnetPrefix: "10.0.255.0/27",
    };
    expectRefusal(
      rejection(() => new MaximumResiliency("mr-both", { ...args, hub, gateway })),
      "mr-both",
      "gateway-input",
      "gateway",
    );
    expectRefusal(
      rejection(() => new MaximumResiliency("mr-neither", args)),
      "mr-neither",
      "gateway-input",
      "gateway",
    );
  });
});
