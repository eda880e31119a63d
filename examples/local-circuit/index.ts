import * as resources from "@pulumi/azure-native/resources";
import { LocalCircuit } from "../../lib";

const rg = new resources.ResourceGroup("rg-expressroute-local", { location: "uksouth" });

// ExpressRoute Local at London reaches UK South with unlimited data at no egress charge.
const circuit = new LocalCircuit("lon-local", {
  resourceGroupName: rg.name,
  location: "uksouth",
  serviceProviderName: "Equinix",
  peeringLocation: "London",
  bandwidthInMbps: 1000,
  privatePeering: { peerAsn: 65030, vlanId: 300, peerAddressPrefix: "10.254.0.0/29" },
});

export const circuitId = circuit.circuitId;
export const privatePeeringLinks = circuit.privatePeeringLinks;
