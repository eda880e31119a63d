import { ExpressRouteGateway, RedundantCircuit, VirtualWanHubGateway } from "../../lib";
import { recordResources } from "../support/mock-runtime";
import { rejection } from "../support/refusals";

// Issue 15: a component's findings speak of its own arguments, once per problem.
recordResources();

const gateway = (name: string, over: object) =>
  new ExpressRouteGateway(name, {
    resourceGroupName: "rg",
    location: "northeurope",
    virtualNetworkName: "vnet",
    gatewaySubnetPrefix: "10.0.0.0/26",
    sku: "ErGwScale",
    ...over,
  });

describe("component findings in the user's words", () => {
  it("reports an ErGwScale gateway without scaleUnits once", () => {
    const error = rejection(() => gateway("msg-no-units", {}));
    expect(error.findings.map((f) => [f.ruleId, f.path])).toEqual([["gateway-input", "scaleUnits"]]);
  });

  it("names scaleUnits.min, not ARM's bounds, in a gateway's and a hub's fixes", () => {
    const [vnet] = rejection(() => gateway("msg-bad-units", { scaleUnits: { min: 0, max: 50 } })).findings;
    expect(vnet).toMatchObject({ path: "scaleUnits.min", fix: "Set scaleUnits.min between 1 and 40." });
    const hub = rejection(
      () =>
        new VirtualWanHubGateway("msg-hub", {
          resourceGroupName: "rg",
          location: "westeurope",
          hubAddressPrefix: "10.1.0.0/23",
          scaleUnits: { min: 0, max: 2 },
        }),
    ).findings;
    expect(hub.map((f) => f.fix)).toEqual([expect.stringMatching(/^Set scaleUnits\.min between 1 and 10 /)]);
    for (const f of [vnet, ...hub]) expect(`${f.message} ${f.fix} ${f.allowed}`).not.toMatch(/bounds/);
  });

  it("says an empty routeFilterCommunities holds no community", () => {
    const [f] = rejection(
      () =>
        new RedundantCircuit("msg-filter", {
          resourceGroupName: "rg",
          location: "westeurope",
          serviceProviderName: "Equinix",
          peeringLocation: "Amsterdam",
          bandwidthInMbps: 1000,
          microsoftPeering: {
            peerAsn: 12345,
            vlanId: 200,
            primaryPeerAddressPrefix: "123.1.0.0/30",
            secondaryPeerAddressPrefix: "123.1.0.4/30",
            advertisedPublicPrefixes: ["123.1.0.0/24"],
            routingRegistryName: "RIPENCC",
            routeFilterCommunities: [],
          },
        }),
    ).findings;
    expect(f).toMatchObject({ path: "microsoftPeering.routeFilterCommunities", value: "no community" });
    expect(f.fix).toContain("microsoftPeering.routeFilterCommunities");
  });

  it("names fastPath and privateLinkFastPath, not expressRouteGatewayBypass, on a VNet link", () => {
    const circuit = new RedundantCircuit("msg-fp-circuit", {
      resourceGroupName: "rg",
      location: "westeurope",
      serviceProviderName: "Equinix",
      peeringLocation: "Amsterdam",
      bandwidthInMbps: 1000,
      privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: "10.9.0.0/29" },
    });
    const gw = new ExpressRouteGateway("msg-fp-gw", {
      resourceGroupName: "rg",
      location: "westeurope",
      virtualNetworkName: "vnet",
      gatewaySubnetPrefix: "10.9.255.0/27",
    });
    const fastPath = rejection(() => gw.connect("msg-fp", { circuit, fastPath: true })).findings;
    const privateLink = rejection(() =>
      gw.connect("msg-plfp", { circuit, privateLinkFastPath: true }),
    ).findings;
    expect(fastPath.map((f) => f.path)).toEqual(["fastPath"]);
    expect(privateLink[0]).toMatchObject({
      path: "privateLinkFastPath",
      fix: "Set fastPath to true, or turn Private Link FastPath off.",
    });
    for (const f of [...fastPath, ...privateLink])
      expect(`${f.message} ${f.fix} ${f.allowed}`).not.toMatch(/expressRouteGatewayBypass|bounds/);
  });
});
