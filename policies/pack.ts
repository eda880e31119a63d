import { bgpMd5KeyFormatPolicy } from "./bgp-md5-key-format";
import { circuitProviderOrDirectPolicy } from "./circuit-provider-or-direct";
import { circuitReachesGatewayPolicy } from "./circuit-reaches-gateway";
import { circuitSkuValidPolicy } from "./circuit-sku-valid";
import { circuitVnetLinkLimitPolicy } from "./circuit-vnet-link-limit";
import { connectionFastpathEligiblePolicy } from "./connection-fastpath-eligible";
import { connectionRoutingWeightPolicy } from "./connection-routing-weight";
import { connectionTypeExpressroutePolicy } from "./connection-type-expressroute";
import { directCircuitBandwidthPolicy } from "./direct-circuit-bandwidth";
import { directPortFourhundredgEnrolmentPolicy } from "./direct-port-400g-enrolment";
import { directPortLocationKnownPolicy } from "./direct-port-location-known";
import { directPortMacsecPolicy } from "./direct-port-macsec";
import { directPortMacsecXpnPolicy } from "./direct-port-macsec-xpn";
import { directPortValidPolicy } from "./direct-port-valid";
import { gatewayConnectionLimitPolicy } from "./gateway-connection-limit";
import { gatewayScaleBoundsPolicy } from "./gateway-scale-bounds";
import { gatewaySkuValidPolicy } from "./gateway-sku-valid";
import { gatewaySubnetSizePolicy } from "./gateway-subnet-size";
import { gatewayZoneRedundantPolicy } from "./gateway-zone-redundant";
import { globalReachCircuitsPolicy } from "./global-reach-circuits";
import { globalReachPrefixPolicy } from "./global-reach-prefix";
import { localCircuitLocationPolicy } from "./local-circuit-location";
import { localCircuitUnlimitedPolicy } from "./local-circuit-unlimited";
import { maximumResiliencyPolicy } from "./maximum-resiliency";
import { microsoftPeeringPrivateAsnPolicy } from "./microsoft-peering-private-asn";
import { microsoftPeeringPublicPolicy } from "./microsoft-peering-public";
import { microsoftPeeringRouteFilterPolicy } from "./microsoft-peering-route-filter";
import { peerAsnValidPolicy } from "./peer-asn-valid";
import { peeringDualBgpPolicy } from "./peering-dual-bgp";
import { peeringLocationKnownPolicy } from "./peering-location-known";
import { peeringOnePerTypePolicy } from "./peering-one-per-type";
import { peeringTypeSupportedPolicy } from "./peering-type-supported";
import { peeringVlanValidPolicy } from "./peering-vlan-valid";
import { providerBandwidthOfferedPolicy } from "./provider-bandwidth-offered";
import type { Policies } from "@pulumi/policy";
import { privatePeeringVnetOverlapPolicy } from "./private-peering-vnet-overlap";
import { connectionCircuitPrivatePeeringPolicy } from "./connection-circuit-private-peering";
import { gatewayCircuitsPerLocationPolicy } from "./gateway-circuits-per-location";

/** Every policy of the ExpressRoute pack, in the order the rules run. */
export const expressRoutePolicies: Policies = [
  circuitProviderOrDirectPolicy,
  circuitSkuValidPolicy,
  localCircuitUnlimitedPolicy,
  localCircuitLocationPolicy,
  peeringLocationKnownPolicy,
  providerBandwidthOfferedPolicy,
  directCircuitBandwidthPolicy,
  peeringTypeSupportedPolicy,
  peeringOnePerTypePolicy,
  peeringDualBgpPolicy,
  peerAsnValidPolicy,
  bgpMd5KeyFormatPolicy,
  peeringVlanValidPolicy,
  privatePeeringVnetOverlapPolicy,
  microsoftPeeringPublicPolicy,
  microsoftPeeringPrivateAsnPolicy,
  microsoftPeeringRouteFilterPolicy,
  directPortValidPolicy,
  directPortFourhundredgEnrolmentPolicy,
  directPortLocationKnownPolicy,
  directPortMacsecPolicy,
  directPortMacsecXpnPolicy,
  globalReachPrefixPolicy,
  globalReachCircuitsPolicy,
  circuitVnetLinkLimitPolicy,
  circuitReachesGatewayPolicy,
  connectionTypeExpressroutePolicy,
  connectionCircuitPrivatePeeringPolicy,
  connectionRoutingWeightPolicy,
  connectionFastpathEligiblePolicy,
  gatewaySkuValidPolicy,
  gatewayZoneRedundantPolicy,
  gatewaySubnetSizePolicy,
  gatewayScaleBoundsPolicy,
  gatewayConnectionLimitPolicy,
  gatewayCircuitsPerLocationPolicy,
  maximumResiliencyPolicy,
];
