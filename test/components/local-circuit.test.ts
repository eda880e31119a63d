import { ExpressRouteValidationError, LocalCircuit, RedundantCircuit } from "../../lib";
import { ofType, recordResources, settled, valueOf } from "../support/mock-runtime";

const recorded = recordResources();
const peering = { peerAsn: 65030, vlanId: 400, peerAddressPrefix: "10.30.0.0/29" };

describe("LocalCircuit", () => {
  it("creates a Local UnlimitedData circuit at a location with a Local region", async () => {
    const c = new LocalCircuit("local-ams", {
      resourceGroupName: "rg",
      serviceProviderName: "Equinix",
      peeringLocation: "Amsterdam",
      bandwidthInMbps: 1000,
      privatePeering: peering,
    });
    await settled(c);
    const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", "local-ams-");
    expect(circuit.inputs.sku).toEqual({
      name: "Local_UnlimitedData",
      tier: "Local",
      family: "UnlimitedData",
    });
    expect(ofType(recorded, "network:ExpressRouteCircuitPeering", "local-ams-")).toHaveLength(1);
    expect((await valueOf(c.limits)).maxVnetLinks).toBe(10);
  });

  it("refuses a peering location with no Local Azure region, naming the location", () => {
    let error: unknown;
    try {
      new LocalCircuit("local-atl", {
        resourceGroupName: "rg",
        serviceProviderName: "Equinix",
        peeringLocation: "Atlanta",
        bandwidthInMbps: 1000,
        privatePeering: peering,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExpressRouteValidationError);
    expect((error as ExpressRouteValidationError).findings).toEqual([
      expect.objectContaining({
        ruleId: "local-circuit-location",
        path: "peeringLocation",
        value: '"Atlanta"',
      }),
    ]);
    expect(ofType(recorded, "network:ExpressRouteCircuit", "local-atl-")).toEqual([]);
  });

  it("refuses the Local tier at a Local-less location through RedundantCircuit too (same rule)", () => {
    expect(
      () =>
        new RedundantCircuit("local-dal", {
          resourceGroupName: "rg",
          serviceProviderName: "Equinix",
          peeringLocation: "Dallas",
          bandwidthInMbps: 1000,
          skuTier: "Local",
          skuFamily: "UnlimitedData",
          privatePeering: peering,
        }),
    ).toThrow(/peeringLocation: ExpressRoute Local is not offered at Dallas.*\[local-circuit-location\]/);
  });
});
