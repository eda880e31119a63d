import {
  isSecretInput,
  ofType,
  recordResources,
  settled,
  unwrap,
  valueOf,
  isSecretOutput,
} from "../support/mock-runtime";

const recorded = recordResources();
// Imported after the mocks are installed, as Pulumi's testing guide does.
import { ExpressRouteValidationError, RedundantCircuit, type RedundantCircuitArgs } from "../../lib";

const base: RedundantCircuitArgs = {
  resourceGroupName: "rg-er",
  location: "westeurope",
  serviceProviderName: "Equinix",
  peeringLocation: "Amsterdam",
  bandwidthInMbps: 1000,
  privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: "192.168.100.128/29" },
};

describe("RedundantCircuit", () => {
  it("creates a protected Standard circuit with a dual-BGP private peering carved from the /29", async () => {
    const c = new RedundantCircuit("ams", base);
    await settled(c);
    const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", "ams-");
    expect(circuit.inputs).toMatchObject({
      circuitName: "ams",
      sku: { name: "Standard_MeteredData", tier: "Standard", family: "MeteredData" },
      serviceProviderProperties: {
        serviceProviderName: "Equinix",
        peeringLocation: "Amsterdam",
        bandwidthInMbps: 1000,
      },
    });
    const [peering] = ofType(recorded, "network:ExpressRouteCircuitPeering", "ams-");
    expect(peering.inputs).toMatchObject({
      circuitName: "ams",
      peeringName: "AzurePrivatePeering",
      peeringType: "AzurePrivatePeering",
      peerASN: 65010,
      vlanId: 100,
      primaryPeerAddressPrefix: "192.168.100.128/30",
      secondaryPeerAddressPrefix: "192.168.100.132/30",
    });
    const links = await valueOf(c.privatePeeringLinks);
    expect(links?.primary).toMatchObject({
      customerAddress: "192.168.100.129",
      microsoftAddress: "192.168.100.130",
      vlanId: 100,
      customerAsn: 65010,
      microsoftAsn: 12076,
    });
    expect(links?.secondary).toMatchObject({
      customerAddress: "192.168.100.133",
      microsoftAddress: "192.168.100.134",
    });
    expect(await isSecretOutput(c.serviceKey)).toBe(true);
    expect(await valueOf(c.circuitId)).toBe(
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits/ams",
    );
    expect(circuit.protect).toBe(true);
    expect(peering.protect).toBe(false);
    expect(unwrap(peering.inputs.vlanId)).toBe(100);
  });

  it("refuses a single-/30 private peering before creating anything", () => {
    const before = recorded.length;
    expect(
      () =>
        new RedundantCircuit("single", {
          ...base,
          privatePeering: { peerAsn: 65010, vlanId: 100, primaryPeerAddressPrefix: "192.168.100.128/30" },
        }),
    ).toThrow(ExpressRouteValidationError);
    expect(recorded.slice(before).filter((r) => r.type.startsWith("azure-native:"))).toEqual([]);
  });
});
