import * as resources from "@pulumi/azure-native/resources";
import { PremiumCircuit, RedundantCircuit } from "../../lib";

// The root program: an estate with two circuits at two different peering locations, each with dual-BGP
// private peering; the Amsterdam circuit also carries Microsoft peering with its route filter.
const rg = new resources.ResourceGroup("rg-expressroute-estate", { location: "westeurope" });

const amsterdam = new PremiumCircuit("er-amsterdam", {
  resourceGroupName: rg.name,
  location: "westeurope",
  serviceProviderName: "Equinix",
  peeringLocation: "Amsterdam",
  bandwidthInMbps: 1000,
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
});

const london = new RedundantCircuit("er-london", {
  resourceGroupName: rg.name,
  location: "westeurope",
  serviceProviderName: "Equinix",
  peeringLocation: "London",
  bandwidthInMbps: 1000,
  privatePeering: { peerAsn: 65100, vlanId: 100, peerAddressPrefix: "10.100.0.8/29" },
});

export const amsterdamCircuitId = amsterdam.circuitId;
export const londonCircuitId = london.circuitId;
export const amsterdamLinks = amsterdam.privatePeeringLinks;
export const londonLinks = london.privatePeeringLinks;
