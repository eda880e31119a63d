import * as resources from "@pulumi/azure-native/resources";
import { GlobalReachMesh, RedundantCircuit } from "../../lib";

const rg = new resources.ResourceGroup("rg-global-reach", { location: "westeurope" });
const site = (name: string, peeringLocation: string, prefix: string) =>
  new RedundantCircuit(name, {
    resourceGroupName: rg.name,
    location: "westeurope",
    serviceProviderName: "Equinix",
    peeringLocation,
    bandwidthInMbps: 1000,
    privatePeering: { peerAsn: 65200, vlanId: 200, peerAddressPrefix: prefix },
  });

const amsterdam = site("er-amsterdam", "Amsterdam", "10.201.0.0/29");
const london = site("er-london", "London", "10.201.0.8/29");
const frankfurt = site("er-frankfurt", "Frankfurt", "10.201.0.16/29");

// Every pair of sites connected once; /29s come from the pool in a stable order (append new sites at the end).
const mesh = new GlobalReachMesh("sites", {
  circuits: [
    { name: "amsterdam", circuit: amsterdam },
    { name: "london", circuit: london },
    { name: "frankfurt", circuit: frankfurt },
  ],
  addressPool: "10.250.0.0/26",
  usedRanges: ["10.0.0.0/16", "172.16.0.0/16"],
});

export const allocations = mesh.allocations;
