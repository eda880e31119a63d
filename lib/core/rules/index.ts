import { bgpMd5Key } from "./bgp-md5-key";
import { circuitKind } from "./circuit-kind";
import { circuitReachesGateway } from "./circuit-reaches-gateway";
import { circuitSku } from "./circuit-sku";
import { circuitVnetLinkLimit } from "./circuit-vnet-link-limit";
import { connectionCircuitPrivatePeering } from "./connection-circuit-private-peering";
import { connectionFastPath } from "./connection-fastpath";
import { connectionRoutingWeight } from "./connection-routing-weight";
import { connectionType } from "./connection-type";
import { directCircuitBandwidth } from "./direct-circuit-bandwidth";
import { directPort } from "./direct-port";
import { directPortEnrolment } from "./direct-port-400g-enrolment";
import { directPortLocationKnown } from "./direct-port-location-known";
import { directPortMacsecXpn } from "./direct-port-macsec-xpn";
import { directPortMacsec } from "./direct-port-macsec";
import { gatewayCircuitsPerLocation } from "./gateway-circuits-per-location";
import { gatewayConnectionLimit } from "./gateway-connection-limit";
import { gatewayScaleBounds } from "./gateway-scale-bounds";
import { gatewaySkuRule } from "./gateway-sku";
import { gatewaySubnetSize } from "./gateway-subnet-size";
import { gatewayZoneRedundant } from "./gateway-zone-redundant";
import { globalReachCircuits } from "./global-reach-circuits";
import { globalReachPrefix } from "./global-reach-prefix";
import { localCircuitLocation } from "./local-circuit-location";
import { localCircuitUnlimited } from "./local-circuit-unlimited";
import { maximumResiliency } from "./maximum-resiliency";
import { microsoftPeering } from "./microsoft-peering";
import { microsoftPeeringPrivateAsn } from "./microsoft-peering-private-asn";
import { microsoftPeeringRouteFilter } from "./microsoft-peering-route-filter";
import { peerAsn } from "./peer-asn";
import { peeringDualBgp } from "./peering-dual-bgp";
import { peeringLocationKnown } from "./peering-location-known";
import { peeringOnePerType } from "./peering-one-per-type";
import { peeringType } from "./peering-type";
import { peeringVlan } from "./peering-vlan";
import { privatePeeringVnetOverlap } from "./private-peering-vnet-overlap";
import { providerBandwidth } from "./provider-bandwidth";
import type { Rule } from "./rule";

export {
  peeringAddressInput,
  circuitHasPeering,
  globalReachPool,
  maximumResiliencySites,
  gatewayInput,
  circuitLinkInput,
  COMPONENT_INPUT_RULES,
} from "./component-input";
export { Reporter, oneOf, type Rule, type RuleContext, type Problem } from "./rule";
export {
  bgpMd5Key,
  connectionCircuitPrivatePeering,
  gatewayCircuitsPerLocation,
  circuitKind,
  circuitReachesGateway,
  circuitSku,
  circuitVnetLinkLimit,
  connectionFastPath,
  connectionRoutingWeight,
  connectionType,
  directCircuitBandwidth,
  directPort,
  directPortEnrolment,
  directPortLocationKnown,
  directPortMacsec,
  directPortMacsecXpn,
  gatewayConnectionLimit,
  gatewayScaleBounds,
  gatewaySkuRule,
  gatewaySubnetSize,
  gatewayZoneRedundant,
  globalReachCircuits,
  globalReachPrefix,
  localCircuitLocation,
  localCircuitUnlimited,
  maximumResiliency,
  microsoftPeering,
  microsoftPeeringPrivateAsn,
  microsoftPeeringRouteFilter,
  peerAsn,
  peeringDualBgp,
  peeringLocationKnown,
  peeringOnePerType,
  peeringType,
  peeringVlan,
  privatePeeringVnetOverlap,
  providerBandwidth,
};

/** Every rule, in the order findings are reported. */
export const RULES: readonly Rule[] = [
  circuitKind,
  circuitSku,
  localCircuitUnlimited,
  localCircuitLocation,
  peeringLocationKnown,
  providerBandwidth,
  directCircuitBandwidth,
  peeringType,
  peeringOnePerType,
  peeringDualBgp,
  peerAsn,
  bgpMd5Key,
  peeringVlan,
  privatePeeringVnetOverlap,
  microsoftPeering,
  microsoftPeeringPrivateAsn,
  microsoftPeeringRouteFilter,
  directPort,
  directPortEnrolment,
  directPortLocationKnown,
  directPortMacsec,
  directPortMacsecXpn,
  globalReachPrefix,
  globalReachCircuits,
  circuitVnetLinkLimit,
  circuitReachesGateway,
  connectionType,
  connectionCircuitPrivatePeering,
  connectionRoutingWeight,
  connectionFastPath,
  gatewaySkuRule,
  gatewayZoneRedundant,
  gatewaySubnetSize,
  gatewayScaleBounds,
  gatewayConnectionLimit,
  gatewayCircuitsPerLocation,
  maximumResiliency,
];
