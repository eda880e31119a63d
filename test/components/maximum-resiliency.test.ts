import { MaximumResiliency, type MaximumResiliencyArgs, type ResilientSiteArgs } from "../../lib";
import { recordResources, valueOf, type Registered } from "../support/mock-runtime";
import { rejection, resourcesOfRefused, warningsOf } from "../support/refusals";

const recorded = recordResources();

const site = (peeringLocation: string, peerAddressPrefix: string): ResilientSiteArgs => ({
  serviceProviderName: "Equinix",
  peeringLocation,
  bandwidthInMbps: 1000,
  privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix },
});

const vnetGateway = {
  location: "westeurope",
  virtualNetworkName: "vnet-hub",
  gatewaySubnetPrefix: "10.0.255.0/27",
};

const base: MaximumResiliencyArgs = {
  resourceGroupName: "rg-mr",
  primary: site("Amsterdam", "192.168.10.0/29"),
  secondary: site("London", "192.168.20.0/29"),
  gateway: vnetGateway,
};

/** Waits until everything the pattern creates is registered, and returns its azure-native resources. */
async function resourcesOf(mr: MaximumResiliency): Promise<Registered[]> {
  await Promise.all(
    [
      mr.primary.circuitId,
      mr.secondary.circuitId,
      mr.primary.privatePeeringId!,
      mr.secondary.privatePeeringId!,
      mr.gatewayId,
      mr.primaryLink!.id,
      mr.secondaryLink!.id,
      ...(mr.globalReach?.connections.map((c) => c.id) ?? []),
    ].map(valueOf),
  );
  // Every resource in the pattern's tree of components.
  const tree = new Set([await valueOf(mr.urn)]);
  for (let size = 0; size !== tree.size;) {
    size = tree.size;
    for (const r of recorded) if (r.parent && tree.has(r.parent)) tree.add(r.urn);
  }
  return recorded.filter((r) => r.custom && tree.has(r.urn));
}

/** The ExpressRoute topology among them: alerts and locks (tested in monitoring.test.ts) left out. */
const topology = (resources: Registered[]) =>
  resources.filter((r) => !/^azure-native:(monitor|authorization):/.test(r.type));

/** The resources of one type, by name (primary before secondary). */
const byType = (resources: Registered[], type: string) =>
  resources
    .filter((r) => r.type === `azure-native:network:${type}`)
    .sort((a, b) => a.name.localeCompare(b.name));

describe("MaximumResiliency wiring", () => {
  it("creates two circuits in two metros, one gateway linked to both, and Global Reach between them, nothing else", async () => {
    const mr = new MaximumResiliency("mr", { ...base, globalReach: { addressPool: "10.255.0.0/29" } });
    const resources = await resourcesOf(mr);
    expect(
      topology(resources)
        .map((r) => r.type.replace("azure-native:network:", ""))
        .sort(),
    ).toEqual([
      "ExpressRouteCircuit",
      "ExpressRouteCircuit",
      "ExpressRouteCircuitConnection",
      "ExpressRouteCircuitPeering",
      "ExpressRouteCircuitPeering",
      "PublicIPAddress",
      "Subnet",
      "VirtualNetworkGateway",
      "VirtualNetworkGatewayConnection",
      "VirtualNetworkGatewayConnection",
    ]);
    const circuits = byType(resources, "ExpressRouteCircuit");
    expect(
      circuits.map((c) => [
        c.name,
        c.inputs.resourceGroupName,
        c.inputs.sku.name,
        c.inputs.serviceProviderProperties.peeringLocation,
      ]),
    ).toEqual([
      ["mr-primary-circuit", "rg-mr", "Standard_MeteredData", "Amsterdam"],
      ["mr-secondary-circuit", "rg-mr", "Standard_MeteredData", "London"],
    ]);
    const gatewayId = await valueOf(mr.gatewayId);
    const [gateway] = byType(resources, "VirtualNetworkGateway");
    expect(gateway.inputs).toMatchObject({
      resourceGroupName: "rg-mr",
      location: "westeurope",
      gatewayType: "ExpressRoute",
    });
    expect(gateway.inputs.sku).toEqual({ name: "ErGw1AZ", tier: "ErGw1AZ" });
    const links = byType(resources, "VirtualNetworkGatewayConnection");
    expect(
      links.map((l) => [
        l.name,
        l.inputs.connectionType,
        l.inputs.virtualNetworkGateway1.id,
        l.inputs.peer.id,
      ]),
    ).toEqual([
      ["mr-primary-link-connection", "ExpressRoute", gatewayId, await valueOf(mr.primary.circuitId)],
      ["mr-secondary-link-connection", "ExpressRoute", gatewayId, await valueOf(mr.secondary.circuitId)],
    ]);
    const [reach] = byType(resources, "ExpressRouteCircuitConnection");
    expect(reach.inputs).toMatchObject({
      circuitName: "mr-primary",
      expressRouteCircuitPeering: { id: await valueOf(mr.primary.privatePeeringId!) },
      peerExpressRouteCircuitPeering: { id: await valueOf(mr.secondary.privatePeeringId!) },
      addressPrefix: "10.255.0.0/29",
    });
    // Both circuits carry the VNet link and the Global Reach connection.
    expect([mr.primary.links, mr.secondary.links]).toEqual([2, 2]);
    const urn = await valueOf(mr.urn);
    const children = recorded.filter((r) => r.parent === urn).map((r) => r.type);
    expect(children.sort()).toEqual([
      "expressroute:index:ExpressRouteGateway",
      "expressroute:index:GlobalReachMesh",
      "expressroute:index:RedundantCircuit",
      "expressroute:index:RedundantCircuit",
    ]);
  });

  it("creates no Global Reach unless asked, and passes each site's routing weight to its link", async () => {
    const mr = new MaximumResiliency("mr-plain", {
      ...base,
      primary: { ...base.primary, routingWeight: 200 },
      secondary: { ...base.secondary, routingWeight: 100 },
    });
    const resources = await resourcesOf(mr);
    expect(mr.globalReach).toBeUndefined();
    expect(byType(resources, "ExpressRouteCircuitConnection")).toEqual([]);
    expect(topology(resources)).toHaveLength(9);
    expect(byType(resources, "VirtualNetworkGatewayConnection").map((l) => l.inputs.routingWeight)).toEqual([
      200, 100,
    ]);
  });

  it("accepts a Premium circuit outside the gateway's geopolitical region", async () => {
    const mr = new MaximumResiliency("mr-premium", {
      ...base,
      secondary: { ...site("Washington DC", "192.168.30.0/29"), premium: true },
    });
    const resources = await resourcesOf(mr);
    expect(byType(resources, "ExpressRouteCircuit").map((c) => c.inputs.sku.name)).toEqual([
      "Standard_MeteredData",
      "Premium_MeteredData",
    ]);
  });
});

describe("MaximumResiliency first deployment", () => {
  it("creates only the circuits (without peerings) and the gateway while circuitsOnly is set", async () => {
    const mr = new MaximumResiliency("mr-first", {
      ...base,
      circuitsOnly: true,
      globalReach: { addressPool: "10.255.8.0/29" },
    });
    await Promise.all([mr.primary.circuitId, mr.secondary.circuitId, mr.gatewayId].map(valueOf));
    await new Promise((r) => setTimeout(r, 25));
    const types = recorded
      .filter(
        (r) =>
          r.custom &&
          r.name.startsWith("mr-first-") &&
          !/^azure-native:(monitor|authorization):/.test(r.type),
      )
      .map((r) => r.type.split(":").pop())
      .sort();
    expect(types).toEqual([
      "ExpressRouteCircuit",
      "ExpressRouteCircuit",
      "PublicIPAddress",
      "Subnet",
      "VirtualNetworkGateway",
    ]);
    expect(mr.primaryLink).toBeUndefined();
    expect(mr.globalReach).toBeUndefined();
  });
});

describe("MaximumResiliency validation", () => {
  it.each<[string, Partial<MaximumResiliencyArgs>, string, string]>([
    [
      "both circuits at one peering location",
      { secondary: site("Amsterdam", "192.168.20.0/29") },
      "maximum-resiliency-sites",
      "secondary.peeringLocation",
    ],
    [
      "a fractional routing weight on the secondary site's link",
      { secondary: { ...base.secondary, routingWeight: 1.5 } },
      "connection-routing-weight",
      "secondary.routingWeight",
    ],
    [
      "Global Reach with a site at a location without Global Reach (Dubai2)",
      {
        primary: { ...site("London", "192.168.10.0/29"), premium: true },
        secondary: { ...site("Dubai2", "192.168.20.0/29"), premium: true },
        gateway: { ...vnetGateway, location: "uksouth" },
        globalReach: { addressPool: "10.255.8.0/29" },
      },
      "global-reach-location",
      "secondary",
    ],
    [
      "a Standard secondary circuit outside the gateway's geopolitical region",
      { secondary: site("Washington DC", "192.168.20.0/29") },
      "circuit-reaches-gateway",
      "gateway.location",
    ],
    [
      "a Standard primary circuit outside the gateway's geopolitical region",
      { primary: site("Silicon Valley", "192.168.10.0/29") },
      "circuit-reaches-gateway",
      "gateway.location",
    ],
    [
      "a primary bandwidth no provider offers",
      { primary: { ...base.primary, bandwidthInMbps: 300 as 200 } },
      "provider-bandwidth-offered",
      "primary.bandwidthInMbps",
    ],
    [
      "a primary circuit without peering",
      { primary: { ...base.primary, privatePeering: undefined } },
      "circuit-has-peering",
      "primary.privatePeering",
    ],
    [
      "a secondary VLAN outside 1..4094",
      { secondary: { ...base.secondary, privatePeering: { ...base.secondary.privatePeering!, vlanId: 0 } } },
      "peering-vlan-valid",
      "secondary.privatePeering.vlanId",
    ],
    [
      "a secondary ASN reserved by Azure",
      {
        secondary: {
          ...base.secondary,
          privatePeering: { ...base.secondary.privatePeering!, peerAsn: 65515 },
        },
      },
      "peer-asn-valid",
      "secondary.privatePeering.peerAsn",
    ],
    [
      "a secondary /29 with host bits set",
      { secondary: site("London", "192.168.20.4/29") },
      "peering-address-input",
      "secondary.privatePeering.peerAddressPrefix",
    ],
    [
      "an unknown secondary peering location",
      { secondary: site("Atlantis", "192.168.20.0/29") },
      "peering-location-known",
      "secondary.peeringLocation",
    ],
    [
      "a /30 GatewaySubnet",
      { gateway: { ...vnetGateway, gatewaySubnetPrefix: "10.0.255.0/30" } },
      "gateway-subnet-size",
      "gateway.gatewaySubnetPrefix",
    ],
    [
      "a Global Reach pool that overlaps a circuit's peering /30s",
      { globalReach: { addressPool: "192.168.10.0/29" } },
      "global-reach-prefix",
      "globalReach.addressPool",
    ],
    [
      "Global Reach for a site whose circuit has no private peering",
      {
        primary: {
          ...base.primary,
          privatePeering: undefined,
          microsoftPeering: {
            peerAsn: 12345,
            vlanId: 101,
            peerAddressPrefix: "123.1.0.0/29",
            advertisedPublicPrefixes: ["123.1.0.0/24"],
            routeFilterCommunities: ["12076:5010"],
          },
        },
        globalReach: { addressPool: "10.255.9.0/29" },
      },
      "global-reach-circuits",
      "primary",
    ],
    [
      "a Global Reach pool that is not a prefix",
      { globalReach: { addressPool: "next free range" } },
      "global-reach-pool",
      "globalReach.addressPool",
    ],
    [
      "a gateway that is not zone-redundant",
      { gateway: { ...vnetGateway, sku: "Standard" } },
      "gateway-input",
      "gateway.sku",
    ],
  ])(
    "refuses %s, naming the rule and the argument, before creating anything",
    async (_what, override, ruleId, path) => {
      const name = `mr-bad-${path.replace(/\W/g, "-")}-${ruleId}`;
      const error = rejection(() => new MaximumResiliency(name, { ...base, ...override }));
      expect(error.findings.map((f) => [f.ruleId, f.path])).toContainEqual([ruleId, path]);
      const finding = error.findings.find((f) => f.ruleId === ruleId && f.path === path)!;
      expect(finding.severity).toBe("mandatory");
      expect(finding.resource).toBe(name);
      expect(error.message).toContain(`MaximumResiliency "${name}"`);
      expect(error.message).toContain(`${path}: `);
      expect(error.message).toContain(`[${ruleId}]`);
      expect(await resourcesOfRefused(recorded, name)).toEqual([]);
    },
  );

  it("accepts Amsterdam and Amsterdam2, two locations of one metro, as maximum resiliency, with advice", async () => {
    let mr: MaximumResiliency | undefined;
    const warnings = warningsOf(
      () =>
        (mr = new MaximumResiliency("mr-metro", {
          ...base,
          secondary: site("Amsterdam2", "192.168.20.0/29"),
        })),
    );
    expect(warnings).toEqual([
      expect.stringMatching(/^secondary\.peeringLocation: .*Amsterdam metro.*\[resiliency-same-metro\]$/),
    ]);
    const circuits = byType(await resourcesOf(mr!), "ExpressRouteCircuit");
    expect(circuits.map((c) => c.inputs.serviceProviderProperties.peeringLocation)).toEqual([
      "Amsterdam",
      "Amsterdam2",
    ]);
  });

  it("sends Azure the catalog's spelling of a peering location written in another case", async () => {
    const mr = new MaximumResiliency("mr-case", { ...base, primary: site("amsterdam", "192.168.10.0/29") });
    const circuits = byType(await resourcesOf(mr), "ExpressRouteCircuit");
    expect(circuits.map((c) => c.inputs.serviceProviderProperties.peeringLocation)).toEqual([
      "Amsterdam",
      "London",
    ]);
  });

  it("calls two circuits at one location standard resiliency", () => {
    const error = rejection(
      () => new MaximumResiliency("mr-same", { ...base, secondary: site("Amsterdam", "192.168.20.0/29") }),
    );
    expect(error.findings).toEqual([
      expect.objectContaining({
        ruleId: "maximum-resiliency-sites",
        path: "secondary.peeringLocation",
        message: "Both circuits are at Amsterdam: one site failure takes both down (standard resiliency).",
      }),
    ]);
  });

  it("lists the problems of both circuits and the gateway in one error", () => {
    const error = rejection(
      () =>
        new MaximumResiliency("mr-many", {
          ...base,
          primary: { ...base.primary, bandwidthInMbps: 300 as 200 },
          secondary: { ...site("Amsterdam", "192.168.20.0/29"), skuFamily: "Prepaid" as "MeteredData" },
          gateway: { ...vnetGateway, gatewaySubnetPrefix: undefined },
        }),
    );
    expect(error.findings.map((f) => f.path).sort()).toEqual([
      "gateway.gatewaySubnetPrefix",
      "primary.bandwidthInMbps",
      "secondary.peeringLocation",
      "secondary.skuFamily",
    ]);
  });
});
