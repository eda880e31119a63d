import { authorizationSingleUse } from "./authorization-single-use";
import { circuitAuthorizationLimit } from "./circuit-authorization-limit";
import { azureRegionKnown } from "./azure-region-known";
import { bgpMd5Key } from "./bgp-md5-key";
import { circuitKind } from "./circuit-kind";
import { circuitReachesGateway } from "./circuit-reaches-gateway";
import { circuitSku } from "./circuit-sku";
import { circuitVnetLinkLimit } from "./circuit-vnet-link-limit";
import { connectionCircuitPrivatePeering } from "./connection-circuit-private-peering";
import { connectionDualStack } from "./connection-dual-stack";
import { connectionFastPath } from "./connection-fastpath";
import { connectionRoutingWeight } from "./connection-routing-weight";
import { connectionType } from "./connection-type";
import { directCircuitBandwidth } from "./direct-circuit-bandwidth";
import { directCircuitMetered } from "./direct-circuit-metered";
import { directPort } from "./direct-port";
import { directPortEnrolment } from "./direct-port-400g-enrolment";
import { directPortLinkDisabled } from "./direct-port-link-disabled";
import { directPortLocationKnown } from "./direct-port-location-known";
import { directPortMacsec } from "./direct-port-macsec";
import { directPortMacsecXpn } from "./direct-port-macsec-xpn";
import { gatewayCircuitsPerLocation } from "./gateway-circuits-per-location";
import { gatewayConnectionLimit } from "./gateway-connection-limit";
import { gatewayScaleBounds } from "./gateway-scale-bounds";
import { gatewayScaleRegion } from "./gateway-scale-region";
import { gatewaySkuRule } from "./gateway-sku";
import { gatewaySubnetRecommendedSize } from "./gateway-subnet-recommended-size";
import { gatewaySubnetSize } from "./gateway-subnet-size";
import { gatewayZoneRedundant } from "./gateway-zone-redundant";
import { globalReachCircuits } from "./global-reach-circuits";
import { globalReachLocation } from "./global-reach-location";
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
import { propertyShape } from "./property-shape";
import { providerAtLocation } from "./provider-at-location";
import { providerBandwidth } from "./provider-bandwidth";
import { resiliencySameMetro } from "./resiliency-same-metro";
import { routeFilterRules } from "./route-filter-rules";
import { subscriptionCircuitLimits } from "./subscription-circuit-limits";
import { hubCircuitLimits } from "./hub-circuit-limits";
import { hubGatewayScaleUnits } from "./hub-gateway-scale-units";
import { virtualHubAddressPrefix } from "./virtual-hub-address-prefix";
import { virtualWanHubAdvice } from "./virtual-wan-hub-advice";
import { virtualWanType } from "./virtual-wan-type";
import { circuitAvailabilityAlerts } from "./circuit-availability-alerts";
import { circuitDiagnostics } from "./circuit-diagnostics";
import { resourceLock } from "./resource-lock";
import type { Rule } from "./rule";

export {
  argumentType,
  peeringAddressInput,
  circuitHasPeering,
  globalReachPool,
  maximumResiliencySites,
  gatewayInput,
  circuitLinkInput,
  hubGatewayInput,
  monitoringInput,
  managementLockInput,
  roleAssignmentInput,
  COMPONENT_INPUT_RULES,
} from "./component-input";
export { Reporter, oneOf, type Rule, type RuleContext, type Problem } from "./rule";
export {
  authorizationSingleUse,
  azureRegionKnown,
  circuitAuthorizationLimit,
  bgpMd5Key,
  circuitKind,
  circuitReachesGateway,
  circuitSku,
  circuitVnetLinkLimit,
  connectionCircuitPrivatePeering,
  connectionDualStack,
  connectionFastPath,
  connectionRoutingWeight,
  connectionType,
  directCircuitBandwidth,
  directCircuitMetered,
  directPort,
  directPortEnrolment,
  directPortLinkDisabled,
  directPortLocationKnown,
  directPortMacsec,
  directPortMacsecXpn,
  gatewayCircuitsPerLocation,
  gatewayConnectionLimit,
  gatewayScaleBounds,
  gatewayScaleRegion,
  gatewaySkuRule,
  gatewaySubnetRecommendedSize,
  gatewaySubnetSize,
  gatewayZoneRedundant,
  globalReachCircuits,
  globalReachLocation,
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
  propertyShape,
  providerAtLocation,
  providerBandwidth,
  resiliencySameMetro,
  routeFilterRules,
  subscriptionCircuitLimits,
  hubCircuitLimits,
  hubGatewayScaleUnits,
  virtualHubAddressPrefix,
  virtualWanHubAdvice,
  virtualWanType,
  circuitAvailabilityAlerts,
  resourceLock,
  circuitDiagnostics,
};

/** Every rule, in the order findings are reported (the order of the policy pack). */
export const RULES: readonly Rule[] = [
  propertyShape,
  circuitKind,
  circuitSku,
  azureRegionKnown,
  localCircuitUnlimited,
  localCircuitLocation,
  peeringLocationKnown,
  providerAtLocation,
  providerBandwidth,
  directCircuitBandwidth,
  directCircuitMetered,
  subscriptionCircuitLimits,
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
  routeFilterRules,
  directPort,
  directPortLinkDisabled,
  directPortEnrolment,
  directPortLocationKnown,
  directPortMacsec,
  directPortMacsecXpn,
  globalReachPrefix,
  globalReachCircuits,
  globalReachLocation,
  authorizationSingleUse,
  circuitAuthorizationLimit,
  circuitVnetLinkLimit,
  circuitReachesGateway,
  connectionType,
  connectionCircuitPrivatePeering,
  connectionRoutingWeight,
  connectionFastPath,
  connectionDualStack,
  gatewaySkuRule,
  gatewayZoneRedundant,
  gatewayScaleRegion,
  gatewaySubnetSize,
  gatewaySubnetRecommendedSize,
  gatewayScaleBounds,
  gatewayConnectionLimit,
  gatewayCircuitsPerLocation,
  virtualWanType,
  virtualHubAddressPrefix,
  hubGatewayScaleUnits,
  hubCircuitLimits,
  virtualWanHubAdvice,
  maximumResiliency,
  resiliencySameMetro,
  circuitAvailabilityAlerts,
  resourceLock,
  circuitDiagnostics,
];
