import * as pulumi from "@pulumi/pulumi";
import {
  CircuitConnection,
  ExpressRouteGateway,
  ExpressRouteValidationError,
  PremiumCircuit,
  RedundantCircuit,
  type CircuitLinkArgs,
  type ExistingCircuit,
  type ExpressRouteGatewayArgs,
  type RedundantCircuitArgs,
} from "../../lib";
import {
  isSecretInput,
  ofType,
  recordResources,
  unwrap,
  valueOf,
  type Registered,
} from "../support/mock-runtime";
import { rejection, resourcesOfRefused, warningsOf } from "../support/refusals";

const recorded = recordResources();

const base: ExpressRouteGatewayArgs = {
  resourceGroupName: "rg-hub",
  location: "westeurope",
  virtualNetworkName: "vnet-hub",
  gatewaySubnetPrefix: "10.0.255.0/27",
};

let nextBlock = 0;
const provider = (peeringLocation: string): RedundantCircuitArgs => ({
  resourceGroupName: "rg-er",
  serviceProviderName: "Equinix",
  peeringLocation,
  bandwidthInMbps: 1000,
  privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: `192.168.${nextBlock++}.0/29` },
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

/** Waits until a component's children are registered (via the ids it exposes) and returns them. */
async function childrenOf(
  component: pulumi.ComponentResource,
  ids: pulumi.Output<string>[],
): Promise<Registered[]> {
  await Promise.all(ids.map(valueOf));
  const urn = await valueOf(component.urn);
  return recorded.filter((r) => r.parent === urn);
}

/** The recorded connection resource of a CircuitConnection. */
async function connectionResource(link: CircuitConnection): Promise<Registered> {
  await valueOf(link.id);
  const urn = await valueOf(link.urn);
  const found = recorded.filter((r) => r.parent === urn);
  expect(found.map((r) => r.type)).toEqual(["azure-native:network:VirtualNetworkGatewayConnection"]);
  return found[0];
}

function expectRefusal(
  error: ExpressRouteValidationError,
  component: string,
  name: string,
  ruleId: string,
  path: string,
) {
  expect(error.findings.map((f) => [f.ruleId, f.path])).toContainEqual([ruleId, path]);
  const finding = error.findings.find((f) => f.ruleId === ruleId && f.path === path)!;
  expect(finding.severity).toBe("mandatory");
  expect(finding.fix).not.toBe("");
  expect(error.message).toContain(`${component} "${name}"`);
  expect(error.message).toContain(`${path}: `);
  expect(error.message).toContain(`[${ruleId}]`);
}

describe("ExpressRouteGateway resources", () => {
  it("creates a GatewaySubnet, a Standard static zone-redundant public IP and an ErGw1AZ ExpressRoute gateway", async () => {
    const gw = new ExpressRouteGateway("hub", base);
    const children = await childrenOf(gw, [gw.id]);
    expect(children.map((c) => c.type).sort()).toEqual([
      "azure-native:network:PublicIPAddress",
      "azure-native:network:Subnet",
      "azure-native:network:VirtualNetworkGateway",
    ]);
    const [subnet] = ofType(recorded, "network:Subnet", "hub-");
    // toMatchObject: azure-native adds its own network-policy defaults to a Subnet.
    expect(subnet.inputs).toMatchObject({
      resourceGroupName: "rg-hub",
      virtualNetworkName: "vnet-hub",
      subnetName: "GatewaySubnet",
      addressPrefix: "10.0.255.0/27",
    });
    const [ip] = ofType(recorded, "network:PublicIPAddress", "hub-");
    expect(ip.inputs).toEqual({
      resourceGroupName: "rg-hub",
      location: "westeurope",
      sku: { name: "Standard", tier: "Regional" },
      publicIPAllocationMethod: "Static",
      zones: ["1", "2", "3"],
    });
    const [gateway] = ofType(recorded, "network:VirtualNetworkGateway", "hub-");
    expect(gateway.inputs).toEqual({
      resourceGroupName: "rg-hub",
      location: "westeurope",
      virtualNetworkGatewayName: "hub",
      gatewayType: "ExpressRoute",
      sku: { name: "ErGw1AZ", tier: "ErGw1AZ" },
      ipConfigurations: [
        {
          name: "default",
          privateIPAllocationMethod: "Dynamic",
          subnet: { id: await valueOf(gw.gatewaySubnet!.id) },
          publicIPAddress: { id: ip.id },
        },
      ],
    });
    expect(gateway.inputs.autoScaleConfiguration).toBeUndefined();
    expect(subnet.id).toMatch(/\/virtualNetworks\/vnet-hub\/subnets\/GatewaySubnet$/);
    expect(await valueOf(gw.id)).toBe(gateway.id);
  });

  it("sizes an ErGwScale gateway with its autoscale bounds in a /26", async () => {
    const gw = new ExpressRouteGateway("scale", {
      ...base,
      gatewaySubnetPrefix: "10.0.254.0/26",
      location: "northeurope",
      sku: "ErGwScale",
      scaleUnits: { min: 2, max: 10 },
    });
    await childrenOf(gw, [gw.id]);
    const [gateway] = ofType(recorded, "network:VirtualNetworkGateway", "scale-");
    expect(gateway.inputs.sku).toEqual({ name: "ErGwScale", tier: "ErGwScale" });
    expect(gateway.inputs.autoScaleConfiguration).toEqual({ bounds: { min: 2, max: 10 } });
    expect(ofType(recorded, "network:PublicIPAddress", "scale-")[0].inputs.zones).toEqual(["1", "2", "3"]);
  });

  it("accepts a fixed single-unit ErGwScale gateway", async () => {
    const gw = new ExpressRouteGateway("scale-one", {
      ...base,
      gatewaySubnetPrefix: "10.0.253.0/26",
      location: "northeurope",
      sku: "ErGwScale",
      scaleUnits: { min: 1, max: 1 },
    });
    await childrenOf(gw, [gw.id]);
    const [gateway] = ofType(recorded, "network:VirtualNetworkGateway", "scale-one-");
    expect(gateway.inputs.autoScaleConfiguration).toEqual({ bounds: { min: 1, max: 1 } });
  });

  it("uses an existing GatewaySubnet by id without creating one, with the given name and tags", async () => {
    const subnetId =
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/GatewaySubnet";
    const gw = new ExpressRouteGateway("by-subnet-id", {
      ...base,
      gatewaySubnetPrefix: undefined,
      gatewaySubnetId: subnetId,
      sku: "ErGw3AZ",
      gatewayName: "ergw-hub",
      tags: { env: "prod" },
    });
    const children = await childrenOf(gw, [gw.id]);
    expect(children.map((c) => c.type).sort()).toEqual([
      "azure-native:network:PublicIPAddress",
      "azure-native:network:VirtualNetworkGateway",
    ]);
    expect(gw.gatewaySubnet).toBeUndefined();
    const [gateway] = ofType(recorded, "network:VirtualNetworkGateway", "by-subnet-id-");
    expect(gateway.inputs).toMatchObject({
      virtualNetworkGatewayName: "ergw-hub",
      sku: { name: "ErGw3AZ", tier: "ErGw3AZ" },
      ipConfigurations: [{ subnet: { id: subnetId } }],
      tags: { env: "prod" },
    });
    expect(ofType(recorded, "network:PublicIPAddress", "by-subnet-id-")[0].inputs.tags).toEqual({
      env: "prod",
    });
  });

  it("accepts a non-zone-redundant SKU only when allowed, logging a gateway-zone-redundant warning", async () => {
    const warn = jest.spyOn(pulumi.log, "warn").mockImplementation(() => Promise.resolve());
    try {
      const gw = new ExpressRouteGateway("non-az", { ...base, sku: "Standard", allowNonZoneRedundant: true });
      await childrenOf(gw, [gw.id]);
      const warnings = warn.mock.calls.filter(([, resource]) => resource === gw).map(([message]) => message);
      expect(warnings).toEqual([expect.stringContaining("[gateway-zone-redundant]")]);
      expect(warnings[0]).toContain("Standard is not zone-redundant");
    } finally {
      warn.mockRestore();
    }
    const [gateway] = ofType(recorded, "network:VirtualNetworkGateway", "non-az-");
    expect(gateway.inputs.sku).toEqual({ name: "Standard", tier: "Standard" });
    const [ip] = ofType(recorded, "network:PublicIPAddress", "non-az-");
    expect(ip.inputs.sku).toEqual({ name: "Standard", tier: "Regional" });
    expect(ip.inputs.zones).toBeUndefined();
  });
});

describe("ExpressRouteGateway validation", () => {
  it.each<[string, Partial<ExpressRouteGatewayArgs>, string, string]>([
    [
      "both a subnet prefix and a subnet id",
      {
        gatewaySubnetId:
          "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/GatewaySubnet",
      },
      "gateway-input",
      "gatewaySubnetPrefix",
    ],
    [
      "neither a subnet prefix nor a subnet id",
      { gatewaySubnetPrefix: undefined },
      "gateway-input",
      "gatewaySubnetPrefix",
    ],
    [
      "an existing subnet that is not GatewaySubnet",
      {
        gatewaySubnetPrefix: undefined,
        gatewaySubnetId:
          "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/default",
      },
      "gateway-input",
      "gatewaySubnetId",
    ],
    [
      "a /30 GatewaySubnet, smaller than Azure ever accepted",
      { gatewaySubnetPrefix: "10.0.255.0/30" },
      "gateway-subnet-size",
      "gatewaySubnetPrefix",
    ],
    [
      "a GatewaySubnet prefix that is not a prefix",
      { gatewaySubnetPrefix: "garbage" },
      "gateway-subnet-size",
      "gatewaySubnetPrefix",
    ],
    [
      "a GatewaySubnet prefix with host bits set",
      { gatewaySubnetPrefix: "10.10.255.5/27" },
      "gateway-subnet-size",
      "gatewaySubnetPrefix",
    ],
    [
      "an ErGwScale gateway in westeurope, which does not offer ErGwScale",
      {
        location: "westeurope",
        sku: "ErGwScale",
        gatewaySubnetPrefix: "10.0.255.0/26",
        scaleUnits: { min: 2, max: 4 },
      },
      "gateway-scale-region",
      "sku",
    ],
    ["a location that is not an Azure region", { location: "westeurop" }, "azure-region-known", "location"],
    [
      "an IPv6 GatewaySubnet range that is not an IPv6 prefix",
      { gatewaySubnetIpv6Prefix: "10.0.0.0/64" },
      "gateway-input",
      "gatewaySubnetIpv6Prefix",
    ],
    [
      "an IPv6 GatewaySubnet range for a subnet it does not create",
      {
        gatewaySubnetPrefix: undefined,
        gatewaySubnetId:
          "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/GatewaySubnet",
        gatewaySubnetIpv6Prefix: "fd00:10::/64",
      },
      "gateway-input",
      "gatewaySubnetIpv6Prefix",
    ],
    [
      "an ErGwScale gateway in a /27",
      { location: "northeurope", sku: "ErGwScale", scaleUnits: { min: 2, max: 4 } },
      "gateway-subnet-size",
      "gatewaySubnetPrefix",
    ],
    ["the non-zone-redundant Standard SKU", { sku: "Standard" }, "gateway-input", "sku"],
    ["the non-zone-redundant HighPerformance SKU", { sku: "HighPerformance" }, "gateway-input", "sku"],
    ["the non-zone-redundant UltraPerformance SKU", { sku: "UltraPerformance" }, "gateway-input", "sku"],
    ["a VPN SKU", { sku: "VpnGw1" as "ErGw1AZ" }, "gateway-sku-valid", "sku"],
    [
      "an ErGwScale gateway without scale units",
      { location: "northeurope", sku: "ErGwScale", gatewaySubnetPrefix: "10.0.255.0/26" },
      "gateway-input",
      "scaleUnits",
    ],
    [
      "a minimum of 0 scale units",
      {
        location: "northeurope",
        sku: "ErGwScale",
        gatewaySubnetPrefix: "10.0.255.0/26",
        scaleUnits: { min: 0, max: 4 },
      },
      "gateway-scale-bounds",
      "scaleUnits.min",
    ],
    [
      "a fractional minimum",
      {
        location: "northeurope",
        sku: "ErGwScale",
        gatewaySubnetPrefix: "10.0.255.0/26",
        scaleUnits: { min: 2.5, max: 4 },
      },
      "gateway-scale-bounds",
      "scaleUnits.min",
    ],
    [
      "a maximum below the minimum",
      {
        location: "northeurope",
        sku: "ErGwScale",
        gatewaySubnetPrefix: "10.0.255.0/26",
        scaleUnits: { min: 5, max: 4 },
      },
      "gateway-scale-bounds",
      "scaleUnits.max",
    ],
    [
      "a maximum above 40",
      {
        location: "northeurope",
        sku: "ErGwScale",
        gatewaySubnetPrefix: "10.0.255.0/26",
        scaleUnits: { min: 2, max: 41 },
      },
      "gateway-scale-bounds",
      "scaleUnits.max",
    ],
    [
      "autoscaling from a single unit",
      {
        location: "northeurope",
        sku: "ErGwScale",
        gatewaySubnetPrefix: "10.0.255.0/26",
        scaleUnits: { min: 1, max: 4 },
      },
      "gateway-scale-bounds",
      "scaleUnits.min",
    ],
  ])(
    "rejects %s, naming the rule and the argument, and creates nothing",
    async (_what, override, ruleId, path) => {
      const name = `bad-gw-${nextBlock++}`;
      const error = rejection(() => new ExpressRouteGateway(name, { ...base, ...override }));
      expectRefusal(error, "ExpressRouteGateway", name, ruleId, path);
      expect(await resourcesOfRefused(recorded, name)).toEqual([]);
    },
  );

  it("accepts a /28 GatewaySubnet (Azure accepts down to /29), advising the /27 Microsoft recommends", async () => {
    let gw: ExpressRouteGateway | undefined;
    const warnings = warningsOf(
      () => (gw = new ExpressRouteGateway("small-subnet", { ...base, gatewaySubnetPrefix: "10.0.250.0/28" })),
    );
    expect(warnings).toEqual([expect.stringContaining("[gateway-subnet-recommended-size]")]);
    await childrenOf(gw!, [gw!.id]);
    expect(ofType(recorded, "network:Subnet", "small-subnet-")[0].inputs.addressPrefix).toBe("10.0.250.0/28");
  });

  it("a suggestion names the closest region for a mistyped location", () => {
    const error = rejection(() => new ExpressRouteGateway("typo", { ...base, location: "westeurop" }));
    expect(error.message).toContain('Did you mean "westeurope"');
  });

  it("accepts a SKU in any case and sends Azure its canonical spelling (ErGw1Az is ErGw1AZ)", async () => {
    const gw = new ExpressRouteGateway("any-case", { ...base, sku: "ErGw1Az" as "ErGw1AZ" });
    await childrenOf(gw, [gw.id]);
    const [gateway] = ofType(recorded, "network:VirtualNetworkGateway", "any-case-");
    expect(gateway.inputs.sku).toEqual({ name: "ErGw1AZ", tier: "ErGw1AZ" });
  });

  it("creates a dual-stack GatewaySubnet from an IPv4 and an IPv6 prefix", async () => {
    const gw = new ExpressRouteGateway("dual", {
      ...base,
      gatewaySubnetPrefix: "10.0.249.0/27",
      gatewaySubnetIpv6Prefix: "fd00:10:0:ff::/64",
    });
    await childrenOf(gw, [gw.id]);
    const [subnet] = ofType(recorded, "network:Subnet", "dual-");
    expect(subnet.inputs.addressPrefixes).toEqual(["10.0.249.0/27", "fd00:10:0:ff::/64"]);
    expect(subnet.inputs.addressPrefix).toBeUndefined();
  });

  it("suggests the zone-redundant equivalent of a non-AZ SKU", () => {
    const error = rejection(() => new ExpressRouteGateway("hp", { ...base, sku: "HighPerformance" }));
    expect(error.findings).toEqual([
      expect.objectContaining({
        ruleId: "gateway-input",
        path: "sku",
        fix: "Use ErGw2AZ, or set allowNonZoneRedundant: true.",
      }),
    ]);
  });
});

describe("CircuitConnection", () => {
  // Shared gateways: a refused connection does not count against a gateway's limit.
  let hub: ExpressRouteGateway;
  let gw3: ExpressRouteGateway;
  let scale2: ExpressRouteGateway;
  let scale10: ExpressRouteGateway;
  let govHub: ExpressRouteGateway;
  let dualHub: ExpressRouteGateway;
  beforeAll(() => {
    govHub = new ExpressRouteGateway("link-gov", { ...base, location: "usgovvirginia" });
    dualHub = new ExpressRouteGateway("link-dual", { ...base, gatewaySubnetIpv6Prefix: "fd00:10:0:ff::/64" });
    hub = new ExpressRouteGateway("link-hub", base);
    gw3 = new ExpressRouteGateway("link-gw3", { ...base, sku: "ErGw3AZ" });
    const scale = {
      ...base,
      location: "northeurope",
      sku: "ErGwScale" as const,
      gatewaySubnetPrefix: "10.0.255.0/26",
    };
    scale2 = new ExpressRouteGateway("link-scale2", { ...scale, scaleUnits: { min: 2, max: 10 } });
    scale10 = new ExpressRouteGateway("link-scale10", { ...scale, scaleUnits: { min: 10, max: 20 } });
  });

  it("links a circuit with an ExpressRoute connection from the gateway to the circuit, sending the key as a secret", async () => {
    const ams = new RedundantCircuit("conn-ams", provider("Amsterdam"));
    const link = hub.connect("ams-link", {
      circuit: ams,
      routingWeight: 100,
      authorizationKey: "circuit-owner-key",
    });
    const conn = await connectionResource(link);
    expect(conn.name).toBe("ams-link-connection");
    expect(conn.inputs).toEqual({
      resourceGroupName: "rg-hub",
      location: "westeurope",
      virtualNetworkGatewayConnectionName: "ams-link",
      connectionType: "ExpressRoute",
      virtualNetworkGateway1: { id: await valueOf(hub.id) },
      peer: { id: await valueOf(ams.circuitId) },
      routingWeight: 100,
      authorizationKey: expect.anything(),
      expressRouteGatewayBypass: false,
    });
    expect(conn.inputs.enablePrivateLinkFastPath).toBeUndefined();
    expect(isSecretInput(conn.inputs.authorizationKey)).toBe(true);
    expect(unwrap(conn.inputs.authorizationKey)).toBe("circuit-owner-key");
    expect(conn.additionalSecretOutputs).toContain("authorizationKey");
    expect(conn.dependencies).toContain(await valueOf(ams.privatePeering!.urn));
    // The link is a child of the gateway, recorded on it and counted on the circuit.
    const linkRecord = recorded.find((r) => r.urn === conn.parent)!;
    expect(linkRecord.type).toBe("expressroute:index:CircuitConnection");
    expect(linkRecord.parent).toBe(await valueOf(hub.urn));
    expect(hub.links).toContain(link);
    expect(ams.links).toBe(1);
  });

  it("links an existing circuit by id with weight 0, no FastPath and no key by default", async () => {
    const link = new CircuitConnection("existing-link", {
      gateway: hub,
      existing: existing("er-ams"),
      connectionName: "to-er-ams",
    });
    const conn = await connectionResource(link);
    expect(conn.inputs).toEqual({
      resourceGroupName: "rg-hub",
      location: "westeurope",
      virtualNetworkGatewayConnectionName: "to-er-ams",
      connectionType: "ExpressRoute",
      virtualNetworkGateway1: { id: await valueOf(hub.id) },
      peer: { id: existing("er-ams").circuitId },
      routingWeight: 0,
      expressRouteGatewayBypass: false,
    });
    expect(conn.inputs.authorizationKey).toBeUndefined();
  });

  it("turns FastPath on for an ErGw3AZ gateway", async () => {
    const link = gw3.connect("fast-gw3", { existing: existing("er-fast3"), fastPath: true });
    expect((await connectionResource(link)).inputs.expressRouteGatewayBypass).toBe(true);
  });

  it("turns FastPath on for an ErGwScale gateway with 10 minimum units", async () => {
    const link = scale10.connect("fast-scale10", { existing: existing("er-fast10"), fastPath: true });
    expect((await connectionResource(link)).inputs.expressRouteGatewayBypass).toBe(true);
  });

  it("turns Private Link FastPath on over an ExpressRoute Direct circuit", async () => {
    const link = gw3.connect("pl-direct", {
      existing: existing("er-direct", {
        direct: true,
        bandwidthInMbps: 10000,
        peeringLocation: "Equinix-Amsterdam-AM5",
      }),
      fastPath: true,
      privateLinkFastPath: true,
    });
    const conn = await connectionResource(link);
    expect(conn.inputs).toMatchObject({ expressRouteGatewayBypass: true, enablePrivateLinkFastPath: true });
  });

  it("links a Premium circuit at Washington DC to a westeurope gateway", async () => {
    const wdc = new PremiumCircuit("conn-wdc-premium", provider("Washington DC"));
    const link = gw3.connect("wdc-premium-link", { circuit: wdc });
    expect((await connectionResource(link)).inputs.peer).toEqual({ id: await valueOf(wdc.circuitId) });
  });

  it("links a dual-stack gateway to circuits whose private peering has IPv6, created here or existing", async () => {
    const v6 = new RedundantCircuit("conn-dual", {
      ...provider("Amsterdam"),
      privatePeering: {
        peerAsn: 65010,
        vlanId: 100,
        peerAddressPrefix: `192.168.${nextBlock++}.0/29`,
        ipv6: { peerAddressPrefix: "2001:db8:0:9::/125" },
      },
    });
    const links = [
      dualHub.connect("dual-created", { circuit: v6 }),
      dualHub.connect("dual-existing", { existing: existing("er-dual", { ipv6PrivatePeering: true }) }),
    ];
    expect(
      await Promise.all(links.map(async (l) => (await connectionResource(l)).inputs.connectionType)),
    ).toEqual(["ExpressRoute", "ExpressRoute"]);
  });

  it("links a US Government circuit to a gateway in usgovvirginia", async () => {
    const gov = new RedundantCircuit("conn-gov", {
      ...provider("Washington DC"),
      location: "usgovvirginia",
    });
    const link = govHub.connect("gov-link", { circuit: gov });
    expect((await connectionResource(link)).inputs.location).toBe("usgovvirginia");
  });

  it("links four circuits to an ErGw1AZ gateway and refuses the fifth", async () => {
    const small = new ExpressRouteGateway("small", base);
    const links = [1, 2, 3, 4].map((i) =>
      small.connect(`small-${i}`, { existing: existing(`er-small-${i}`) }),
    );
    await Promise.all(links.map(connectionResource));
    const error = rejection(() => small.connect("small-5", { existing: existing("er-small-5") }));
    expectRefusal(error, "CircuitConnection", "small-5", "gateway-connection-limit", "gateway");
    expect(error.message).toContain("The gateway has 5 circuit connections; a ErGw1AZ gateway accepts 4.");
    expect(small.links).toHaveLength(4);
    expect(await resourcesOfRefused(recorded, "small-5")).toEqual([]);
  });

  it("refuses a sixteenth circuit on a gateway whose GatewaySubnet is a /27 (16 circuits need a /26)", async () => {
    const gw = new ExpressRouteGateway("sixteen", { ...base, sku: "ErGw3AZ" });
    // Four circuits per peering location, the most a VNet takes from one location.
    const at = (i: number) => ({ peeringLocation: ["Amsterdam", "London", "Frankfurt", "Paris"][i % 4] });
    const links = Array.from({ length: 15 }, (_, i) =>
      gw.connect(`sixteen-${i}`, { existing: existing(`er-sixteen-${i}`, at(i)) }),
    );
    await Promise.all(links.map(connectionResource));
    const error = rejection(() => gw.connect("sixteen-15", { existing: existing("er-sixteen-15", at(15)) }));
    expectRefusal(error, "CircuitConnection", "sixteen-15", "gateway-subnet-size", "gateway");
    expect(await resourcesOfRefused(recorded, "sixteen-15")).toEqual([]);
  });

  it("refuses a fifth circuit from one peering location on a gateway", async () => {
    const gw = new ExpressRouteGateway("per-location", { ...base, sku: "ErGw2AZ" });
    const links = [0, 1, 2, 3].map((i) =>
      gw.connect(`per-location-${i}`, { existing: existing(`er-pl-${i}`) }),
    );
    await Promise.all(links.map(connectionResource));
    const error = rejection(() => gw.connect("per-location-4", { existing: existing("er-pl-4") }));
    expectRefusal(error, "CircuitConnection", "per-location-4", "gateway-circuits-per-location", "gateway");
    expect(error.message).toContain("links 5 circuits from Amsterdam");
  });

  it.each<[string, () => [ExpressRouteGateway, CircuitLinkArgs], string, string]>([
    [
      "a routing weight of 32001",
      () => [hub, { existing: existing("er-w"), routingWeight: 32001 }],
      "connection-routing-weight",
      "routingWeight",
    ],
    [
      "a negative routing weight",
      () => [hub, { existing: existing("er-w"), routingWeight: -1 }],
      "connection-routing-weight",
      "routingWeight",
    ],
    [
      "FastPath on an ErGw1AZ gateway",
      () => [hub, { existing: existing("er-f"), fastPath: true }],
      "connection-fastpath-eligible",
      "fastPath",
    ],
    [
      "FastPath on an ErGwScale gateway with 2 minimum units",
      () => [scale2, { existing: existing("er-f"), fastPath: true }],
      "connection-fastpath-eligible",
      "fastPath",
    ],
    [
      "Private Link FastPath on a provider circuit",
      () => [
        gw3,
        {
          circuit: new RedundantCircuit(`pl-provider-${nextBlock}`, provider("Amsterdam")),
          fastPath: true,
          privateLinkFastPath: true,
        },
      ],
      "connection-fastpath-eligible",
      "privateLinkFastPath",
    ],
    [
      "Private Link FastPath without FastPath",
      () => [
        gw3,
        { existing: existing("er-d", { direct: true, bandwidthInMbps: 10000 }), privateLinkFastPath: true },
      ],
      "connection-fastpath-eligible",
      "privateLinkFastPath",
    ],
    [
      "a Standard circuit at Washington DC linked to a westeurope gateway",
      () => [hub, { circuit: new RedundantCircuit(`wdc-standard-${nextBlock}`, provider("Washington DC")) }],
      "circuit-reaches-gateway",
      "gateway",
    ],
    [
      "an existing Standard circuit outside the gateway's geopolitical region",
      () => [hub, { existing: existing("er-sv", { peeringLocation: "Silicon Valley" }) }],
      "circuit-reaches-gateway",
      "gateway",
    ],
    [
      "an existing Standard circuit that already has its 10 links",
      () => [hub, { existing: existing("er-full", { existingLinks: 10 }) }],
      "circuit-vnet-link-limit",
      "circuit",
    ],
    [
      "a Premium public-cloud circuit linked to a gateway in usgovvirginia (no tier crosses clouds)",
      () => [govHub, { circuit: new PremiumCircuit(`gov-${nextBlock}`, provider("Amsterdam")) }],
      "circuit-reaches-gateway",
      "gateway",
    ],
    [
      "an IPv4-only circuit linked to a dual-stack gateway",
      () => [dualHub, { circuit: new RedundantCircuit(`v4-only-${nextBlock}`, provider("Amsterdam")) }],
      "connection-dual-stack",
      "circuit",
    ],
    [
      "an existing circuit without IPv6 on its private peering linked to a dual-stack gateway",
      () => [dualHub, { existing: existing("er-v4") }],
      "connection-dual-stack",
      "existing",
    ],
    ["a link naming no circuit", () => [hub, {}], "circuit-link-input", "circuit"],
    [
      "a link naming both a circuit and an existing circuit",
      () => [
        hub,
        {
          circuit: new RedundantCircuit(`both-${nextBlock}`, provider("Amsterdam")),
          existing: existing("er-b"),
        },
      ],
      "circuit-link-input",
      "circuit",
    ],
  ])(
    "rejects %s, naming the rule and the argument, and creates nothing",
    async (_what, setup, ruleId, path) => {
      const name = `bad-link-${nextBlock++}`;
      const [gateway, args] = setup();
      const before = gateway.links.length;
      const error = rejection(() => gateway.connect(name, args));
      expectRefusal(error, "CircuitConnection", name, ruleId, path);
      expect(gateway.links).toHaveLength(before);
      if (args.circuit) expect(args.circuit.links).toBe(0);
      expect(await resourcesOfRefused(recorded, name)).toEqual([]);
    },
  );
});
