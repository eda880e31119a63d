import { PremiumCircuit } from "../../lib";
import { ofType, recordResources, settled, valueOf } from "../support/mock-runtime";

const recorded = recordResources();

describe("PremiumCircuit", () => {
  it("creates a Premium circuit with dual BGP and reports Premium limits for its bandwidth", async () => {
    const c = new PremiumCircuit("global", {
      resourceGroupName: "rg",
      serviceProviderName: "Equinix",
      peeringLocation: "Silicon Valley",
      bandwidthInMbps: 1000,
      skuFamily: "UnlimitedData",
      privatePeering: { peerAsn: 65020, vlanId: 300, peerAddressPrefix: "172.16.0.0/29" },
    });
    await settled(c);
    const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", "global-");
    expect(circuit.inputs.sku).toEqual({
      name: "Premium_UnlimitedData",
      tier: "Premium",
      family: "UnlimitedData",
    });
    expect(circuit.protect).toBe(true);
    const [peering] = ofType(recorded, "network:ExpressRouteCircuitPeering", "global-");
    expect([peering.inputs.primaryPeerAddressPrefix, peering.inputs.secondaryPeerAddressPrefix]).toEqual([
      "172.16.0.0/30",
      "172.16.0.4/30",
    ]);
    expect(await valueOf(c.limits)).toEqual({ maxVnetLinks: 50, maxIpv4Routes: 10000, maxIpv6Routes: 100 });
  });

  it.each([
    [50, 20],
    [200, 25],
    [500, 40],
    [2000, 60],
    [5000, 75],
    [10000, 100],
  ] as const)(
    "reports a limit of %i Mbps Premium circuits: %i VNet links",
    async (bandwidthInMbps, links) => {
      const c = new PremiumCircuit(`p${bandwidthInMbps}`, {
        resourceGroupName: "rg",
        serviceProviderName: "Equinix",
        peeringLocation: "London",
        bandwidthInMbps,
        privatePeering: { peerAsn: 65020, vlanId: 300, peerAddressPrefix: "172.16.0.0/29" },
      });
      expect((await valueOf(c.limits)).maxVnetLinks).toBe(links);
    },
  );
});
