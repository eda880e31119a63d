import * as resources from "@pulumi/azure-native/resources";
import { RedundantCircuit } from "../../lib";

const rg = new resources.ResourceGroup("rg-expressroute", { location: "westeurope" });

// One Standard circuit at Amsterdam. The /29 is split into the primary and secondary /30s, one per
// Microsoft edge router: both BGP sessions are configured, as the availability SLA requires.
const circuit = new RedundantCircuit("ams-er", {
  resourceGroupName: rg.name,
  location: "westeurope",
  serviceProviderName: "Equinix",
  peeringLocation: "Amsterdam",
  bandwidthInMbps: 1000,
  privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: "192.168.100.128/29" },
  authorizations: ["hub-connection"],
});

export const circuitId = circuit.circuitId;
export const serviceKey = circuit.serviceKey;
/** What to configure on your two routers. */
export const privatePeeringLinks = circuit.privatePeeringLinks;
