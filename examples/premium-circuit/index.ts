import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import { PremiumCircuit } from "../../lib";

const config = new pulumi.Config();
const rg = new resources.ResourceGroup("rg-expressroute-global", { location: "eastus" });

// A Premium circuit reaches VNets in every geopolitical region and carries Microsoft 365.
const circuit = new PremiumCircuit("wdc-er", {
  resourceGroupName: rg.name,
  location: "eastus",
  serviceProviderName: "Equinix",
  peeringLocation: "Washington DC",
  bandwidthInMbps: 2000,
  privatePeering: {
    peerAsn: 65020,
    vlanId: 200,
    peerAddressPrefix: "10.255.0.0/29",
    // The BGP MD5 key comes from stack config as a secret; it is checked when it resolves.
    sharedKey: config.getSecret("bgpKey") ?? pulumi.secret("ExampleKey2024"),
    ipv6: { peerAddressPrefix: "fd00:0:0:1::/125" },
  },
  microsoftPeering: {
    peerAsn: 12345,
    vlanId: 201,
    primaryPeerAddressPrefix: "123.1.0.0/30",
    secondaryPeerAddressPrefix: "123.1.0.4/30",
    advertisedPublicPrefixes: ["123.1.0.0/24"],
    routingRegistryName: "ARIN",
    // Exchange Online and SharePoint Online service communities.
    routeFilterCommunities: ["12076:5010", "12076:5020"],
  },
});

export const circuitId = circuit.circuitId;
export const limits = circuit.limits;
export const privatePeeringLinks = circuit.privatePeeringLinks;
export const microsoftPeeringLinks = circuit.microsoftPeeringLinks;
