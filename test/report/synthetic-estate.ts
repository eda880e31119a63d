import { LocationCatalog } from "../../lib/core/facts/peering-locations";
import type { TopologyModel } from "../../lib/core/model";
import { modelFromAzureNative } from "../../lib/core/translate";
import type { AzureResource } from "../../lib/core/translate/resource-index";

const SUB =
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network";

/**
 * An estate of `n` circuits as raw resources translated into the topology model (no Pulumi run, so a 40-circuit
 * drawing costs milliseconds): circuits with dual-BGP private peering at public peering locations (two per
 * location), one gateway per 8 circuits linked to them, and Global Reach between neighbours.
 */
export function syntheticEstate(n: number): TopologyModel {
  const locations = LocationCatalog.shipped()
    .locations("public")
    .filter((l) => (l.providers ?? []).includes("Equinix") && !l.metroSites)
    .map((l) => l.location);
  const resources: AzureResource[] = [];
  const add = (type: string, name: string, props: Record<string, unknown>) =>
    resources.push({
      urn: `urn:pulumi:dev::synthetic::azure-native:network:${type}::${name}`,
      type: `azure-native:network:${type}`,
      name,
      props,
    });
  for (let i = 0; i < n; i++) {
    const block = `10.${Math.floor(i / 32)}.${(i % 32) * 8}`;
    add("ExpressRouteCircuit", `er-${i}`, {
      resourceGroupName: "rg",
      circuitName: `er-${i}`,
      location: "westeurope",
      sku: { name: "Premium_MeteredData", tier: "Premium", family: "MeteredData" },
      serviceProviderProperties: {
        serviceProviderName: "Equinix",
        peeringLocation: locations[Math.floor(i / 2) % locations.length],
        bandwidthInMbps: 1000,
      },
      peerings: [
        {
          name: "AzurePrivatePeering",
          peeringType: "AzurePrivatePeering",
          peerASN: 65000 + i,
          vlanId: 100 + i,
          primaryPeerAddressPrefix: `${block}.0/30`,
          secondaryPeerAddressPrefix: `${block}.4/30`,
        },
      ],
    });
  }
  const gateways = Math.ceil(n / 8);
  for (let g = 0; g < gateways; g++) {
    add("VirtualNetworkGateway", `gw-${g}`, {
      resourceGroupName: "rg",
      virtualNetworkGatewayName: `gw-${g}`,
      location: "westeurope",
      gatewayType: "ExpressRoute",
      sku: { name: "ErGw3AZ", tier: "ErGw3AZ" },
      ipConfigurations: [
        { name: "default", subnet: { id: `${SUB}/virtualNetworks/vnet-${g}/subnets/GatewaySubnet` } },
      ],
    });
  }
  for (let i = 0; i < n; i++)
    add("VirtualNetworkGatewayConnection", `link-${i}`, {
      resourceGroupName: "rg",
      location: "westeurope",
      connectionType: "ExpressRoute",
      virtualNetworkGateway1: { id: `${SUB}/virtualNetworkGateways/gw-${Math.floor(i / 8)}` },
      peer: { id: `${SUB}/expressRouteCircuits/er-${i}` },
      routingWeight: i % 3,
    });
  for (let i = 0; i + 1 < n; i += 2)
    add("ExpressRouteCircuitConnection", `reach-${i}`, {
      resourceGroupName: "rg",
      circuitName: `er-${i}`,
      peeringName: "AzurePrivatePeering",
      expressRouteCircuitPeering: { id: `${SUB}/expressRouteCircuits/er-${i}/peerings/AzurePrivatePeering` },
      peerExpressRouteCircuitPeering: {
        id: `${SUB}/expressRouteCircuits/er-${i + 1}/peerings/AzurePrivatePeering`,
      },
      addressPrefix: `10.200.${i}.0/29`,
    });
  return modelFromAzureNative(resources);
}
