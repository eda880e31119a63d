import { UNKNOWN } from "../../lib/core/model";
import { modelFromAzureNative, type AzureResource } from "../../lib/core/translate";

// Issue 10: how Virtual WAN resources enter the model, linked by property dependencies, ids and names.

const urn = (type: string, name: string) => `urn:pulumi:dev::p::${type}::${name}`;
const T = (kind: string) => `azure-native:network:${kind}`;
const sub = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network";

function res(
  kind: string,
  name: string,
  props: Record<string, unknown>,
  deps?: Record<string, string[]>,
): AzureResource {
  return { urn: urn(T(kind), name), type: T(kind), name, props, propertyDependencies: deps };
}

const circuit = (name: string) =>
  res("ExpressRouteCircuit", name, {
    resourceGroupName: "rg",
    circuitName: name,
    sku: { name: "Standard_MeteredData", tier: "Standard", family: "MeteredData" },
    serviceProviderProperties: {
      serviceProviderName: "Equinix",
      peeringLocation: "Amsterdam",
      bandwidthInMbps: 1000,
    },
    peerings: [{ name: "AzurePrivatePeering", peerASN: 65010, vlanId: 100 }],
  });
const wan = res("VirtualWan", "wan", { resourceGroupName: "rg", virtualWANName: "wan", type: "standard" });
const hub = res("VirtualHub", "hub", {
  resourceGroupName: "rg",
  virtualHubName: "hub",
  location: "westeurope",
  virtualWan: { id: `${sub}/virtualWans/wan` },
  addressPrefix: "10.100.0.0/23",
});
const gateway = (props: Record<string, unknown> = {}, deps?: Record<string, string[]>) =>
  res(
    "ExpressRouteGateway",
    "hub-er",
    {
      resourceGroupName: "rg",
      expressRouteGatewayName: "hub-er",
      virtualHub: { id: `${sub}/virtualHubs/hub` },
      ...props,
    },
    deps,
  );

describe("Virtual WAN resources in the model", () => {
  it("links a hub to its Virtual WAN and a gateway to its hub by id, with the type in Azure's spelling", () => {
    const m = modelFromAzureNative([wan, hub, gateway()]);
    expect(m.virtualWans).toEqual([expect.objectContaining({ key: wan.urn, type: "Standard" })]);
    expect(m.virtualHubs).toEqual([
      expect.objectContaining({ key: hub.urn, wanKey: wan.urn, location: "westeurope" }),
    ]);
    expect(m.gateways).toEqual([
      expect.objectContaining({ key: gateway().urn, hubKey: hub.urn, skuName: undefined }),
    ]);
  });

  it("marks a gateway that names no hub with an empty hub key (still a hub gateway)", () => {
    const [g] = modelFromAzureNative([gateway({ virtualHub: undefined })]).gateways ?? [];
    expect(g.hubKey).toBe("");
  });

  it("reads a standalone connection's gateway by name in its resource group, and its peering from the id in any case", () => {
    const c = circuit("er-ams");
    const x = res("ExpressRouteConnection", "ams-connection", {
      resourceGroupName: "rg",
      expressRouteGatewayName: "hub-er",
      name: "ams",
      expressRouteCircuitPeering: { id: `${sub}/expressRouteCircuits/er-ams/peerings/azureprivatepeering` },
      routingWeight: 10,
      authorizationKey: "a-key",
    });
    const [conn] = modelFromAzureNative([c, hub, gateway(), x]).connections ?? [];
    expect(conn).toMatchObject({
      gatewayKey: gateway().urn,
      circuitKey: c.urn,
      circuitPeering: "AzurePrivatePeering",
      routingWeight: 10,
      connectionType: "ExpressRoute",
    });
    // The key is never in the model, only an identity of it.
    expect(JSON.stringify(conn)).not.toContain("a-key");
  });

  it("keeps a connection to a gateway of another stack by name, and a non-peering id as not a peering", () => {
    const x = res("ExpressRouteConnection", "partner", {
      resourceGroupName: "rg",
      expressRouteGatewayName: "shared-er",
      name: "partner",
      expressRouteCircuitPeering: { id: `${sub}/expressRouteCircuits/er-partner` },
    });
    const [conn] = modelFromAzureNative([x]).connections ?? [];
    expect(conn.gatewayKey).toBe("name:rg/shared-er");
    expect(conn.circuitKey).toBe(`not-a-peering-id:${sub}/expressRouteCircuits/er-partner`);
    expect(conn.circuitPeering).toBeUndefined();
  });

  it("links an inline connection whose id is unknown through the list's dependency when it names one circuit", () => {
    const c = circuit("er-ams");
    const g = gateway(
      { expressRouteConnections: [{ name: "ams", expressRouteCircuitPeering: { id: UNKNOWN } }] },
      { expressRouteConnections: [c.urn] },
    );
    const [conn] = modelFromAzureNative([c, hub, g]).connections ?? [];
    expect(conn).toMatchObject({
      key: `${g.urn}#expressRouteConnections[0]`,
      gatewayKey: g.urn,
      circuitKey: c.urn,
    });
    expect(conn.circuitPeering).toEqual(UNKNOWN);
  });

  it("leaves inline connections unknown when the list depends on two circuits", () => {
    const [a, b] = [circuit("er-ams"), circuit("er-lon")];
    const g = gateway(
      {
        expressRouteConnections: [
          { name: "ams", expressRouteCircuitPeering: { id: UNKNOWN } },
          { name: "lon", expressRouteCircuitPeering: { id: UNKNOWN } },
        ],
      },
      { expressRouteConnections: [a.urn, b.urn] },
    );
    const conns = modelFromAzureNative([a, b, hub, g]).connections ?? [];
    expect(conns.map((x) => x.circuitKey)).toEqual([UNKNOWN, UNKNOWN]);
  });

  it("records a hub's scale units of the wrong type as a shape issue", () => {
    const m = modelFromAzureNative([gateway({ autoScaleConfiguration: { bounds: { min: "two" } } })]);
    expect(m.shapeIssues).toEqual([
      expect.objectContaining({
        path: "autoScaleConfiguration.bounds.min",
        expected: "a number",
        value: "two",
      }),
    ]);
  });
});
