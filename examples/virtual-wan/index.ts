import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import { MaximumResiliency } from "../../lib";

// ExpressRoute through Virtual WAN, as landing zones connect it: a Standard Virtual WAN with a hub in West
// Europe, whose ExpressRoute gateway (2 to 4 scale units of 2 Gbps) takes circuits at Amsterdam and London (two
// metros: maximum resiliency), and a circuit a partner owns in another subscription, redeemed with the
// authorization key the partner gave (a secret in stack config).
const config = new pulumi.Config();
const rg = new resources.ResourceGroup("rg-er-wan", { location: "westeurope" });

const estate = new MaximumResiliency("er", {
  resourceGroupName: rg.name,
  primary: {
    location: "westeurope",
    serviceProviderName: "Equinix",
    peeringLocation: "Amsterdam",
    bandwidthInMbps: 1000,
    privatePeering: { peerAsn: 65400, vlanId: 400, peerAddressPrefix: "10.254.1.0/29" },
  },
  secondary: {
    location: "uksouth",
    serviceProviderName: "Equinix",
    peeringLocation: "London",
    bandwidthInMbps: 1000,
    privatePeering: { peerAsn: 65400, vlanId: 400, peerAddressPrefix: "10.254.1.8/29" },
  },
  hub: { location: "westeurope", hubAddressPrefix: "10.100.0.0/23", scaleUnits: { min: 2, max: 4 } },
});

// The partner's Frankfurt circuit (Standard, Europe) connected to the same hub: a third circuit, in its own
// subscription, so it needs the partner's authorization key.
const partner = estate.hubGateway!.connect("partner-frankfurt", {
  existing: {
    circuitId:
      "/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-partner/providers/Microsoft.Network/expressRouteCircuits/er-partner-fra",
    peeringLocation: "Frankfurt",
    skuTier: "Standard",
    bandwidthInMbps: 1000,
  },
  authorizationKey:
    config.getSecret("partnerAuthorizationKey") ?? pulumi.secret("placeholder-until-configured"),
  routingWeight: 10,
});

export const hubId = estate.hubGateway!.virtualHubId;
export const hubGatewayId = estate.gatewayId;
export const partnerConnectionId = partner.id;
