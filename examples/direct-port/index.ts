import * as managedidentity from "@pulumi/azure-native/managedidentity";
import * as resources from "@pulumi/azure-native/resources";
import { DirectCircuit, DirectPort } from "../../lib";

const rg = new resources.ResourceGroup("rg-expressroute-direct", { location: "westeurope" });
const identity = new managedidentity.UserAssignedIdentity("er-macsec", { resourceGroupName: rg.name });

// A 10 Gbps ExpressRoute Direct port pair with MACsec; the keys stay in Key Vault, read by the identity.
const port = new DirectPort("ams-direct", {
  resourceGroupName: rg.name,
  location: "westeurope",
  peeringLocation: "Equinix-Amsterdam-AM5",
  bandwidthInGbps: 10,
  encapsulation: "Dot1Q",
  macSec: {
    cknSecretIdentifier: "https://er-macsec-kv.vault.azure.net/secrets/macsec-ckn",
    cakSecretIdentifier: "https://er-macsec-kv.vault.azure.net/secrets/macsec-cak",
    cipher: "GcmAesXpn256",
    identityId: identity.id,
  },
});

// Two circuits carved from the port: 5 + 5 Gbps of a 10 Gbps port.
const production = new DirectCircuit("ams-direct-prod", {
  resourceGroupName: rg.name,
  location: "westeurope",
  port,
  bandwidthInGbps: 5,
  privatePeering: { peerAsn: 65040, vlanId: 400, peerAddressPrefix: "10.253.0.0/29" },
});
const test = new DirectCircuit("ams-direct-test", {
  resourceGroupName: rg.name,
  location: "westeurope",
  port,
  bandwidthInGbps: 5,
  privatePeering: { peerAsn: 65040, vlanId: 401, peerAddressPrefix: "10.253.0.8/29" },
});

export const portId = port.id;
export const productionCircuitId = production.circuitId;
export const testCircuitId = test.circuitId;
