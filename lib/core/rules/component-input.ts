import { SOURCES } from "../facts/sources";
import type { RuleInfo } from "../findings";

/**
 * Rules about the components' own argument shapes (not about Azure resources), reported by the components
 * only. They are documented with the others.
 */
export const peeringAddressInput: RuleInfo = {
  id: "peering-address-input",
  severity: "mandatory",
  description:
    "A peering's addresses are given either as one aligned /29 (IPv6: /125) or as two explicit link prefixes, not both.",
  why: "The /29 is split into the two link /30s; giving both ways at once leaves it unclear which addresses the routers use.",
  source: SOURCES.routing,
};

export const circuitHasPeering: RuleInfo = {
  id: "circuit-has-peering",
  severity: "mandatory",
  description: "A circuit component configures at least one peering (private or Microsoft).",
  why: "A circuit without a peering carries no traffic and no BGP session, so nothing it was ordered for works.",
  source: SOURCES.circuitPeerings,
};

export const globalReachPool: RuleInfo = {
  id: "global-reach-pool",
  severity: "mandatory",
  description:
    "A Global Reach mesh's address pool is a valid, aligned prefix large enough for one /29 (IPv6: /125) per pair, the hub of a hub-and-spoke mesh is one of its members, and every member is named once.",
  why: "Each pair's connection takes its own /29 from the pool; a pool too small leaves pairs without addresses.",
  source: SOURCES.globalReach,
};

export const maximumResiliencySites: RuleInfo = {
  id: "maximum-resiliency-sites",
  severity: "mandatory",
  description:
    "The MaximumResiliency pattern puts its two circuits at peering locations in two different metros.",
  why: "Two circuits at one location, or at a Metro pair (City and City2), share a site or a metro: that is standard or high resiliency, not maximum.",
  source: SOURCES.resiliency,
};

export const gatewayInput: RuleInfo = {
  id: "gateway-input",
  severity: "mandatory",
  description:
    "An ExpressRouteGateway names its GatewaySubnet one way (a prefix to create it, or the id of an existing one), takes a zone-redundant SKU unless non-AZ is explicitly allowed, and has scale units when its SKU is ErGwScale.",
  why: "A gateway needs exactly one subnet, non-AZ gateways fail with their zone, and ErGwScale has no default size.",
  source: SOURCES.gateways,
};

export const circuitLinkInput: RuleInfo = {
  id: "circuit-link-input",
  severity: "mandatory",
  description:
    "A VNet link (CircuitConnection) or hub connection (HubCircuitConnection) names its circuit one way: a circuit created here, or an existing one.",
  why: "The connection needs exactly one circuit to point at.",
  source: SOURCES.gateways,
};

export const argumentType: RuleInfo = {
  id: "argument-type",
  severity: "mandatory",
  description:
    "Every argument of a component has the JavaScript type its TypeScript declaration says (a string, a whole number, a list of names each once, an object), and names sent to Azure have no control characters or stray spaces.",
  why: "JavaScript programs, casts and values from config reach a component unchecked; a value of the wrong type would crash it, or reach Azure as something else.",
  source: SOURCES.circuitArm,
};

/** The checks of the components' own arguments, for the rules table. */
export const hubGatewayInput: RuleInfo = {
  id: "hub-gateway-input",
  severity: "mandatory",
  description:
    "A VirtualWanHubGateway names its hub one way (the id of an existing hub, or an address prefix for a hub it creates), and a Virtual WAN only for a hub it creates.",
  why: "The gateway goes in exactly one hub; an existing hub already belongs to its Virtual WAN.",
  source: SOURCES.virtualWanExpressRoute,
};

export const monitoringInput: RuleInfo = {
  id: "monitoring-input",
  severity: "mandatory",
  description:
    "A component's monitoring argument gives a severity from 0 to 4, throughput and capacity percentages above 0 and at most 100, e-mail addresses, and ARM ids of action groups, a Log Analytics workspace, a storage account and an Event Hubs authorization rule (with it, an event hub name).",
  why: "Azure Monitor refuses any other severity, and an alert that notifies nobody or the wrong place is not monitoring.",
  source: SOURCES.monitoring,
};

export const managementLockInput: RuleInfo = {
  id: "management-lock-input",
  severity: "mandatory",
  description:
    "A circuit or Direct port is locked against deletion unless its lock argument turns the lock off with a written reason.",
  why: "Pulumi's protect guards a circuit against this stack only; without a lock, the portal or another tool can delete it, which means a new circuit ordered from the provider.",
  source: SOURCES.resourceLocks,
};

export const roleAssignmentInput: RuleInfo = {
  id: "role-assignment-input",
  severity: "mandatory",
  description:
    "A component's role assignment names a built-in role (Contributor, Network Contributor, Owner, Reader, Role Based Access Control Administrator, User Access Administrator) or a role definition's GUID or id, and a principal by its object id (a GUID).",
  why: "Azure refuses a role assignment whose role or principal does not exist, after the circuit itself was created.",
  source: SOURCES.builtInRoles,
};

export const COMPONENT_INPUT_RULES: readonly RuleInfo[] = [
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
];
