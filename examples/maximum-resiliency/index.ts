import * as network from "@pulumi/azure-native/network";
import * as resources from "@pulumi/azure-native/resources";
import { MaximumResiliency } from "../../lib";

const rg = new resources.ResourceGroup("rg-er-resilient", { location: "westeurope" });
const hub = new network.VirtualNetwork("hub-vnet", {
  resourceGroupName: rg.name,
  location: "westeurope",
  addressSpace: { addressPrefixes: ["10.10.0.0/16"] },
});

// Amsterdam and London: two metros, so losing one site leaves the other carrying every VNet.
const estate = new MaximumResiliency("er", {
  resourceGroupName: rg.name,
  primary: {
    location: "westeurope",
    serviceProviderName: "Equinix",
    peeringLocation: "Amsterdam",
    bandwidthInMbps: 1000,
    privatePeering: { peerAsn: 65300, vlanId: 300, peerAddressPrefix: "10.255.1.0/29" },
  },
  secondary: {
    location: "westeurope",
    serviceProviderName: "Equinix",
    peeringLocation: "London",
    bandwidthInMbps: 1000,
    privatePeering: { peerAsn: 65300, vlanId: 300, peerAddressPrefix: "10.255.1.8/29" },
  },
  gateway: {
    location: "westeurope",
    virtualNetworkName: hub.name,
    gatewaySubnetPrefix: "10.10.255.0/27",
    sku: "ErGw1AZ",
  },
  globalReach: { addressPool: "10.255.2.0/29", usedRanges: ["10.10.0.0/16"] },
});

export const primaryCircuitId = estate.primary.circuitId;
export const secondaryCircuitId = estate.secondary.circuitId;
export const gatewayId = estate.gatewayId;
