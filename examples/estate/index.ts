import * as network from "@pulumi/azure-native/network";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import * as resources from "@pulumi/azure-native/resources";
import { MaximumResiliency } from "../../lib";

// The root program: a well-architected ExpressRoute estate. Two sites in two metros (Amsterdam and London),
// each a circuit with dual-BGP private peering, both linked to one zone-redundant gateway, Global Reach
// between the sites, and Microsoft peering (with its route filter) on the Amsterdam circuit. Watched by default:
// BGP and ARP availability alerts per link, the maintenance alert, gateway CPU and capacity alerts, locks on the
// circuits; here the alerts mail the NOC and the logs go to a Log Analytics workspace.
const rg = new resources.ResourceGroup("rg-expressroute-estate", { location: "westeurope" });
const hub = new network.VirtualNetwork("hub-vnet", {
  resourceGroupName: rg.name,
  location: "westeurope",
  addressSpace: { addressPrefixes: ["10.10.0.0/16"] },
});

const logs = new operationalinsights.Workspace("er-logs", {
  resourceGroupName: rg.name,
  location: "westeurope",
  sku: { name: "PerGB2018" },
  retentionInDays: 30,
});

const estate = new MaximumResiliency("er", {
  resourceGroupName: rg.name,
  primary: {
    location: "westeurope",
    serviceProviderName: "Equinix",
    peeringLocation: "Amsterdam",
    bandwidthInMbps: 1000,
    premium: true,
    privatePeering: { peerAsn: 65100, vlanId: 100, peerAddressPrefix: "10.100.0.0/29" },
    microsoftPeering: {
      peerAsn: 12345,
      vlanId: 101,
      primaryPeerAddressPrefix: "123.1.0.0/30",
      secondaryPeerAddressPrefix: "123.1.0.4/30",
      advertisedPublicPrefixes: ["123.1.0.0/24"],
      routingRegistryName: "RIPENCC",
      routeFilterCommunities: ["12076:5010"],
    },
  },
  secondary: {
    location: "westeurope",
    serviceProviderName: "Equinix",
    peeringLocation: "London",
    bandwidthInMbps: 1000,
    privatePeering: { peerAsn: 65100, vlanId: 100, peerAddressPrefix: "10.100.0.8/29" },
  },
  gateway: { location: "westeurope", virtualNetworkName: hub.name, gatewaySubnetPrefix: "10.10.255.0/27" },
  globalReach: { addressPool: "10.100.1.0/29", usedRanges: ["10.10.0.0/16"] },
  monitoring: { emails: ["noc@example.com"], throughputPercent: 80, logAnalyticsWorkspaceId: logs.id },
});

export const amsterdamCircuitId = estate.primary.circuitId;
export const londonCircuitId = estate.secondary.circuitId;
export const amsterdamServiceKey = estate.primary.serviceKey;
export const londonServiceKey = estate.secondary.serviceKey;
export const amsterdamLinks = estate.primary.privatePeeringLinks;
export const londonLinks = estate.secondary.privatePeeringLinks;
