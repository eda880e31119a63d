import type { Policies } from "@pulumi/policy";
import * as rules from "../core/rules";
import type { Rule } from "../core/rules";
import { locationCatalogPolicy } from "./adapter/location-catalog";
import { resourceRulePolicy, stackRulePolicy, type RulePolicyOptions } from "./adapter/rule-policy";
import {
  ALL_KINDS,
  CIRCUIT,
  CONNECTION,
  GATEWAY,
  HUB_CONNECTION,
  HUB_GATEWAY,
  PEERING,
  PORT,
  ROUTE_FILTER,
  VIRTUAL_HUB,
  VNET,
} from "./adapter/types";

/**
 * How each rule becomes a policy: a resource policy over the azure-native kinds it reads from one resource
 * alone (`kinds`), or a stack policy that links resources across the stack; and the parameters it takes.
 */
interface Binding extends RulePolicyOptions {
  readonly rule: Rule;
  /** The kinds a resource policy checks; absent for a stack policy. */
  readonly kinds?: readonly string[];
}

const catalog = { usesCatalog: true } as const;

/** Every rule's binding, in the order the rules run. */
export const BINDINGS: readonly Binding[] = [
  { rule: rules.propertyShape, kinds: ALL_KINDS },
  { rule: rules.circuitKind, kinds: [CIRCUIT] },
  { rule: rules.circuitSku, kinds: [CIRCUIT] },
  {
    rule: rules.azureRegionKnown,
    kinds: [CIRCUIT, ROUTE_FILTER, VNET, GATEWAY, VIRTUAL_HUB, HUB_GATEWAY],
    ...catalog,
  },
  { rule: rules.localCircuitUnlimited, kinds: [CIRCUIT] },
  { rule: rules.localCircuitLocation, ...catalog },
  { rule: rules.peeringLocationKnown, kinds: [CIRCUIT], ...catalog },
  { rule: rules.providerAtLocation, kinds: [CIRCUIT], ...catalog },
  { rule: rules.providerBandwidth, kinds: [CIRCUIT] },
  { rule: rules.directCircuitBandwidth },
  { rule: rules.directCircuitMetered, kinds: [CIRCUIT] },
  { rule: rules.subscriptionCircuitLimits, ...catalog },
  { rule: rules.peeringType, kinds: [CIRCUIT, PEERING] },
  { rule: rules.peeringOnePerType },
  { rule: rules.peeringDualBgp, kinds: [CIRCUIT, PEERING] },
  { rule: rules.peerAsn, kinds: [CIRCUIT, PEERING] },
  { rule: rules.bgpMd5Key, kinds: [CIRCUIT, PEERING] },
  { rule: rules.peeringVlan, usesVlanRange: true },
  { rule: rules.privatePeeringVnetOverlap },
  { rule: rules.microsoftPeering, kinds: [CIRCUIT, PEERING] },
  { rule: rules.microsoftPeeringPrivateAsn, kinds: [CIRCUIT, PEERING] },
  { rule: rules.microsoftPeeringRouteFilter },
  { rule: rules.routeFilterRules, kinds: [ROUTE_FILTER] },
  { rule: rules.directPort, kinds: [PORT], ...catalog },
  { rule: rules.directPortLinkDisabled },
  { rule: rules.directPortEnrolment, kinds: [PORT] },
  { rule: rules.directPortLocationKnown, kinds: [PORT], ...catalog },
  { rule: rules.directPortMacsec, kinds: [PORT] },
  { rule: rules.directPortMacsecXpn, kinds: [PORT] },
  { rule: rules.globalReachPrefix },
  { rule: rules.globalReachCircuits, ...catalog },
  { rule: rules.globalReachLocation, ...catalog },
  { rule: rules.authorizationSingleUse },
  { rule: rules.circuitAuthorizationLimit },
  { rule: rules.circuitVnetLinkLimit },
  { rule: rules.circuitReachesGateway, ...catalog },
  { rule: rules.connectionType, kinds: [CONNECTION, HUB_CONNECTION, HUB_GATEWAY] },
  { rule: rules.connectionCircuitPrivatePeering },
  { rule: rules.connectionRoutingWeight, kinds: [CONNECTION, HUB_CONNECTION, HUB_GATEWAY] },
  { rule: rules.connectionFastPath },
  { rule: rules.connectionDualStack },
  { rule: rules.gatewaySkuRule },
  { rule: rules.gatewayZoneRedundant },
  { rule: rules.gatewayScaleRegion, kinds: [GATEWAY], ...catalog },
  { rule: rules.gatewaySubnetSize },
  { rule: rules.gatewaySubnetRecommendedSize },
  { rule: rules.gatewayScaleBounds, kinds: [GATEWAY] },
  { rule: rules.gatewayConnectionLimit },
  { rule: rules.gatewayCircuitsPerLocation, ...catalog },
  { rule: rules.virtualWanType },
  { rule: rules.virtualHubAddressPrefix },
  { rule: rules.hubGatewayScaleUnits, kinds: [HUB_GATEWAY] },
  { rule: rules.hubCircuitLimits, ...catalog },
  { rule: rules.virtualWanHubAdvice },
  { rule: rules.maximumResiliency, ...catalog },
  { rule: rules.resiliencySameMetro, ...catalog },
  { rule: rules.circuitAvailabilityAlerts },
  { rule: rules.resourceLock },
  { rule: rules.circuitDiagnostics },
];

/**
 * Every policy of the ExpressRoute pack: the location catalog's first (it takes the catalog extension once for
 * every policy), then one per rule, in the order the rules run.
 */
export const expressRoutePolicies: Policies = [
  locationCatalogPolicy(),
  ...BINDINGS.map((b) => (b.kinds ? resourceRulePolicy(b.rule, b.kinds, b) : stackRulePolicy(b.rule, b))),
];
