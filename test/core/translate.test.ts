import { UNKNOWN } from "../../lib/core/model";
import { modelFromAzureNative, type AzureResource } from "../../lib/core/translate";

const urn = (type: string, name: string) => `urn:pulumi:dev::p::${type}::${name}`;
const CIRCUIT = "azure-native:network:ExpressRouteCircuit";
const PEERING = "azure-native:network:ExpressRouteCircuitPeering";
const FILTER = "azure-native:network:RouteFilter";
const GR = "azure-native:network:ExpressRouteCircuitConnection";
const sub = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network";

function res(
  type: string,
  name: string,
  props: Record<string, unknown>,
  deps?: Record<string, string[]>,
): AzureResource {
  return { urn: urn(type, name), type, name, props, propertyDependencies: deps };
}

const circuit = (name: string, extra: Record<string, unknown> = {}) =>
  res(CIRCUIT, name, {
    resourceGroupName: "rg",
    circuitName: name,
    sku: { name: "Standard_MeteredData", tier: "Standard", family: "MeteredData" },
    serviceProviderProperties: {
      serviceProviderName: "Equinix",
      peeringLocation: "Amsterdam",
      bandwidthInMbps: 1000,
    },
    ...extra,
  });

describe("modelFromAzureNative", () => {
  it("puts inline and standalone peerings of one circuit together, with their own paths", () => {
    const c = circuit("er-a", { peerings: [{ peeringType: "MicrosoftPeering", vlanId: 200 }] });
    const p = res(PEERING, "er-a-private", {
      resourceGroupName: "rg",
      circuitName: "er-a",
      peeringType: "AzurePrivatePeering",
      vlanId: 100,
    });
    const model = modelFromAzureNative([c, p]);
    expect(model.circuits).toHaveLength(1);
    expect(
      model.circuits[0].peerings.map((x) => [x.peeringType, x.vlanId, x.origin.resource, x.origin.path]),
    ).toEqual([
      ["MicrosoftPeering", 200, c.urn, "peerings[0]"],
      ["AzurePrivatePeering", 100, p.urn, undefined],
    ]);
  });

  it("links a standalone peering to its circuit by property dependency when the name is unknown at preview", () => {
    const c = circuit("er-a");
    const p = res(
      PEERING,
      "private",
      { resourceGroupName: UNKNOWN, circuitName: UNKNOWN, peeringType: "AzurePrivatePeering" },
      { circuitName: [c.urn] },
    );
    const model = modelFromAzureNative([c, p]);
    expect(model.circuits.map((x) => [x.key, x.peerings.length, Boolean(x.external)])).toEqual([
      [c.urn, 1, false],
    ]);
  });

  it("keeps a peering of a circuit outside the stack on an external circuit, so only the peering is checked", () => {
    const p = res(PEERING, "private", {
      resourceGroupName: "rg",
      circuitName: "existing",
      peeringType: "AzurePrivatePeering",
    });
    const [c] = modelFromAzureNative([p]).circuits;
    expect(c.external).toBe(true);
    expect(c.key).toBe("name:rg/existing");
  });

  it("resolves a route filter by ARM id, and by dependency when the id is unknown", () => {
    const f = res(FILTER, "rf", {
      resourceGroupName: "rg",
      routeFilterName: "rf",
      location: "westeurope",
      rules: [],
    });
    const byId = res(PEERING, "ms1", {
      resourceGroupName: "rg",
      circuitName: "x",
      peeringType: "MicrosoftPeering",
      routeFilter: { id: `${sub}/routeFilters/rf` },
    });
    const byDep = res(
      PEERING,
      "ms2",
      {
        resourceGroupName: "rg",
        circuitName: "y",
        peeringType: "MicrosoftPeering",
        routeFilter: { id: UNKNOWN },
      },
      { routeFilter: [f.urn] },
    );
    const unknown = res(PEERING, "ms3", {
      resourceGroupName: "rg",
      circuitName: "z",
      peeringType: "MicrosoftPeering",
      routeFilter: { id: UNKNOWN },
    });
    const model = modelFromAzureNative([f, byId, byDep, unknown]);
    const filterOf = (name: string) =>
      model.circuits.flatMap((c) => c.peerings).find((p) => p.key.endsWith(name))?.routeFilter;
    expect(filterOf("ms1")).toBe(f.urn);
    expect(filterOf("ms2")).toBe(f.urn);
    expect(filterOf("ms3")).toBe(UNKNOWN);
  });

  it("links a Global Reach connection's circuits by peering ids, standing in its parent circuit only for an id unknown at preview", () => {
    const a = circuit("er-a");
    const b = circuit("er-b");
    const byIds = res(GR, "ab", {
      resourceGroupName: "rg",
      circuitName: "er-a",
      expressRouteCircuitPeering: { id: `${sub}/expressRouteCircuits/er-a/peerings/AzurePrivatePeering` },
      peerExpressRouteCircuitPeering: { id: `${sub}/expressRouteCircuits/er-b/peerings/AzurePrivatePeering` },
      addressPrefix: "10.0.0.0/29",
    });
    const unknownOwnId = res(GR, "ab2", {
      resourceGroupName: "rg",
      circuitName: "er-a",
      expressRouteCircuitPeering: { id: UNKNOWN },
      peerExpressRouteCircuitPeering: {
        id: `${sub}/expressRouteCircuits/other/peerings/AzurePrivatePeering`,
      },
    });
    const missingOwnId = res(GR, "ab3", {
      resourceGroupName: "rg",
      circuitName: "er-a",
      expressRouteCircuitPeering: { id: "" },
      peerExpressRouteCircuitPeering: { id: `${sub}/expressRouteCircuits/er-b/peerings/AzurePrivatePeering` },
    });
    const model = modelFromAzureNative([a, b, byIds, unknownOwnId, missingOwnId]);
    expect(model.globalReach?.map((g) => [g.circuitKey, g.peerCircuitKey])).toEqual([
      [a.urn, b.urn],
      [a.urn, `id:${sub}/expressRouteCircuits/other`],
      [undefined, b.urn],
    ]);
  });

  it("keeps only ExpressRoute gateways and connections", () => {
    const vpn = res("azure-native:network:VirtualNetworkGateway", "vpn", {
      gatewayType: "Vpn",
      sku: { name: "VpnGw1" },
    });
    const er = res("azure-native:network:VirtualNetworkGateway", "er", {
      gatewayType: "ExpressRoute",
      sku: { name: "ErGw1AZ" },
    });
    const model = modelFromAzureNative([vpn, er]);
    expect(model.gateways?.map((g) => g.key)).toEqual([er.urn]);
  });
});

describe("modelFromAzureNative reads values as ARM does", () => {
  const GATEWAY = "azure-native:network:VirtualNetworkGateway";
  const CONNECTION = "azure-native:network:VirtualNetworkGatewayConnection";
  const AUTH = "azure-native:network:ExpressRouteCircuitAuthorization";
  const VNET = "azure-native:network:VirtualNetwork";

  it("carries the canonical spelling of SKU, tier, family, gateway SKU and type names written in any case", () => {
    const c = circuit("er-a", {
      sku: { name: "premium_metereddata", tier: "PREMIUM", family: "meteredData" },
    });
    const g = res(GATEWAY, "gw", { gatewayType: "expressroute", sku: { name: "ErGw1Az" } });
    const model = modelFromAzureNative([c, g]);
    expect(model.circuits[0].sku).toEqual({
      name: "Premium_MeteredData",
      tier: "Premium",
      family: "MeteredData",
    });
    expect(model.gateways?.map((x) => [x.gatewayType, x.skuName])).toEqual([["ExpressRoute", "ErGw1AZ"]]);
  });

  it("keeps a name that matches no value as written, for the rules to report", () => {
    const c = circuit("er-a", { sku: { name: "Gold_MeteredData", tier: "Gold", family: "MeteredData" } });
    expect(modelFromAzureNative([c]).circuits[0].sku.tier).toBe("Gold");
  });

  it("takes a peering's type from its name when peeringType is omitted (inline and standalone)", () => {
    const c = circuit("er-a", { peerings: [{ name: "MicrosoftPeering", vlanId: 200 }] });
    const p = res(PEERING, "er-a-private", {
      resourceGroupName: "rg",
      circuitName: "er-a",
      peeringName: "AzurePrivatePeering",
    });
    const other = res(PEERING, "er-b-private", {
      resourceGroupName: "rg",
      circuitName: "er-a",
      peeringName: "my-peering",
    });
    const peerings = modelFromAzureNative([c, p, other]).circuits[0].peerings;
    expect(peerings.map((x) => [x.peeringType, x.name])).toEqual([
      ["MicrosoftPeering", "MicrosoftPeering"],
      ["AzurePrivatePeering", "AzurePrivatePeering"],
      [undefined, "my-peering"],
    ]);
    expect(peerings[1].origin.fields?.name).toBe("peeringName");
  });

  it("reads a subnet's addressPrefixes: the IPv4 one as its prefix, all of them for dual stack", () => {
    const v = res(VNET, "hub", {
      subnets: [{ name: "GatewaySubnet", addressPrefixes: ["fd00::/64", "10.0.255.0/27"] }],
    });
    const [subnet] = modelFromAzureNative([v]).vnets![0].subnets;
    expect(subnet.addressPrefix).toBe("10.0.255.0/27");
    expect(subnet.addressPrefixes).toEqual(["fd00::/64", "10.0.255.0/27"]);
  });

  it("identifies the authorization a connection redeems without keeping the key", () => {
    const auth = res(AUTH, "auth-1", { resourceGroupName: "rg", circuitName: "er-a" });
    const byKey = res(CONNECTION, "x1", {
      connectionType: "ExpressRoute",
      authorizationKey: "0000-secret-key",
    });
    const sameKey = res(CONNECTION, "x2", {
      connectionType: "ExpressRoute",
      authorizationKey: "0000-secret-key",
    });
    const byDependency = res(
      CONNECTION,
      "x3",
      { connectionType: "ExpressRoute", authorizationKey: UNKNOWN },
      { authorizationKey: [auth.urn] },
    );
    const unknown = res(CONNECTION, "x4", { connectionType: "ExpressRoute", authorizationKey: UNKNOWN });
    const none = res(CONNECTION, "x5", { connectionType: "ExpressRoute" });
    const links = modelFromAzureNative([auth, byKey, sameKey, byDependency, unknown, none]).connections!;
    const [a, b, c, d, e] = links.map((x) => x.authorization);
    expect(a).toBe(b);
    expect(String(a)).not.toContain("secret");
    expect(c).toBe(`authorization:${auth.urn}`);
    expect(d).toBe(UNKNOWN);
    expect(e).toBeUndefined();
  });
});
