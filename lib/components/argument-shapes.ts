import { LOCK } from "./management-lock";
import { MONITORING } from "./monitoring";
import { NAMING } from "./naming";
import { ROLE_ASSIGNMENTS } from "./role-assignments";
import * as pulumi from "@pulumi/pulumi";
import { SKU_FAMILIES } from "../core/facts/circuit";
import { ARM_TYPES } from "../core/arm-id";
import {
  armId,
  armName,
  bool,
  input,
  instance,
  int,
  list,
  num,
  obj,
  oneOf,
  optional,
  requiredByRule,
  str,
  tags,
  type Field,
  type Shape,
} from "./argument-shape";

// The run-time shapes of the components' arguments: each mirrors its TypeScript interface (the TSDoc lives
// there). Whether a value suits the circuit is the rules' business, with their own messages.

/** A circuit component created by this library (`RedundantCircuit`, `PremiumCircuit`, ...). */
const circuitComponent = instance(
  "a circuit component of this library (RedundantCircuit, PremiumCircuit, LocalCircuit, DirectCircuit)",
  (v) => pulumi.ComponentResource.isInstance(v) && "info" in (v as object) && "circuitId" in (v as object),
);

const addresses: Record<string, Field> = {
  peerAddressPrefix: optional(str()),
  primaryPeerAddressPrefix: optional(str()),
  secondaryPeerAddressPrefix: optional(str()),
};

const bgp: Record<string, Field> = {
  ...addresses,
  peerAsn: num(),
  vlanId: num(),
  sharedKey: optional(input()),
};

export const PRIVATE_PEERING = obj({ ...bgp, ipv6: optional(obj(addresses)) });

export const MICROSOFT_PEERING = obj({
  ...bgp,
  advertisedPublicPrefixes: list(str()),
  customerAsn: optional(num()),
  routingRegistryName: optional(str()),
  routeFilterCommunities: list(str()),
});

const common: Record<string, Field> = {
  resourceGroupName: armName(),
  location: optional(input({ nonEmpty: true })),
  circuitName: optional(armName()),
  privatePeering: optional(PRIVATE_PEERING),
  microsoftPeering: optional(MICROSOFT_PEERING),
  configurePeerings: optional(bool()),
  authorizations: optional(list(str({ nonEmpty: true, name: true, armName: true }), { unique: true })),
  protect: optional(bool()),
  tags: optional(tags()),
  monitoring: optional(MONITORING),
  lock: optional(LOCK),
  roleAssignments: optional(ROLE_ASSIGNMENTS),
  allowClassicOperations: optional(bool()),
  globalReachEnabled: optional(bool()),
  naming: optional(NAMING),
};

const provider: Record<string, Field> = {
  ...common,
  serviceProviderName: input({ nonEmpty: true }),
  peeringLocation: str({ nonEmpty: true, name: true }),
  bandwidthInMbps: num(),
};

// Enum-valued arguments are only type-checked here: the rules refuse a value Azure does not offer, with the
// values it does and how to fix it.
const tier = str();
const family = str();

export const REDUNDANT_CIRCUIT = obj({ ...provider, skuTier: optional(tier), skuFamily: optional(family) });
export const PREMIUM_CIRCUIT = obj({ ...provider, skuFamily: optional(family) });
export const LOCAL_CIRCUIT = obj(provider);

export const DIRECT_CIRCUIT = obj({
  ...common,
  port: obj({
    id: armId(ARM_TYPES.port),
    bandwidthInGbps: num(),
    authorizationKey: optional(input({ nonEmpty: true })),
    peeringLocation: optional(str({ nonEmpty: true, name: true })),
    sharedPort: optional(
      instance(
        "the sharedPort of a DirectPort of this library",
        (v) =>
          typeof v === "object" &&
          v !== null &&
          typeof (v as { key?: unknown }).key === "string" &&
          Array.isArray((v as { circuits?: unknown }).circuits),
      ),
    ),
  }),
  bandwidthInGbps: num(),
  skuTier: optional(tier),
  skuFamily: optional(family),
  enableDirectPortRateLimit: optional(bool()),
});

export const DIRECT_PORT = obj({
  resourceGroupName: armName(),
  location: optional(input({ nonEmpty: true })),
  portName: optional(armName()),
  peeringLocation: str({ nonEmpty: true, name: true }),
  bandwidthInGbps: num(),
  encapsulation: optional(str()),
  billingType: optional(oneOf(SKU_FAMILIES.value)),
  linksEnabled: optional(bool()),
  macSec: optional(
    obj({
      cknSecretIdentifier: input(),
      cakSecretIdentifier: input(),
      cipher: optional(str()),
      identityId: requiredByRule(input({ nonEmpty: true }), "direct-port-macsec"),
    }),
  ),
  protect: optional(bool()),
  tags: optional(tags()),
  monitoring: optional(MONITORING),
  lock: optional(LOCK),
  roleAssignments: optional(ROLE_ASSIGNMENTS),
  authorizations: optional(list(str({ nonEmpty: true, name: true, armName: true }), { unique: true })),
  naming: optional(NAMING),
});

const gatewayFields: Record<string, Field> = {
  location: str({ nonEmpty: true, name: true }),
  virtualNetworkName: armName(),
  gatewaySubnetPrefix: optional(str()),
  gatewaySubnetIpv6Prefix: optional(str()),
  gatewaySubnetId: optional(armId(ARM_TYPES.subnet)),
  sku: optional(str()),
  allowNonZoneRedundant: optional(bool()),
  scaleUnits: optional(obj({ min: num(), max: num() })),
  gatewayName: optional(armName()),
  publicIpAddressName: optional(armName()),
  tags: optional(tags()),
  monitoring: optional(MONITORING),
  roleAssignments: optional(ROLE_ASSIGNMENTS),
  naming: optional(NAMING),
};

export const GATEWAY = obj({ resourceGroupName: armName(), ...gatewayFields });

export const EXISTING_CIRCUIT = obj({
  circuitId: armId(ARM_TYPES.circuit),
  peeringLocation: str({ nonEmpty: true, name: true }),
  location: optional(str({ nonEmpty: true, name: true })),
  skuTier: tier,
  bandwidthInMbps: num(),
  existingLinks: optional(int()),
  direct: optional(bool()),
  ipv6PrivatePeering: optional(bool()),
});

const link: Record<string, Field> = {
  circuit: optional(circuitComponent),
  existing: optional(EXISTING_CIRCUIT),
  routingWeight: optional(num()),
  authorizationKey: optional(input()),
  fastPath: optional(bool()),
  privateLinkFastPath: optional(bool()),
  connectionName: optional(armName()),
};

export const CIRCUIT_LINK = obj(link);

export const CIRCUIT_CONNECTION = obj({
  ...link,
  gateway: instance(
    "an ExpressRouteGateway of this library",
    (v) => pulumi.ComponentResource.isInstance(v) && "gatewayComponentName" in (v as object),
  ),
});

const hubGatewayFields: Record<string, Field> = {
  location: str({ nonEmpty: true, name: true }),
  virtualHubId: optional(armId(ARM_TYPES.virtualHub)),
  hubAddressPrefix: optional(str()),
  virtualWanId: optional(armId(ARM_TYPES.virtualWan)),
  scaleUnits: optional(obj({ min: num(), max: optional(num()) })),
  allowNonVirtualWanTraffic: optional(bool()),
  gatewayName: optional(armName()),
  virtualHubName: optional(armName()),
  virtualWanName: optional(armName()),
  tags: optional(tags()),
  monitoring: optional(MONITORING),
  roleAssignments: optional(ROLE_ASSIGNMENTS),
  naming: optional(NAMING),
};

export const VIRTUAL_WAN_HUB_GATEWAY = obj({ resourceGroupName: armName(), ...hubGatewayFields });

const hubLink: Record<string, Field> = {
  circuit: optional(circuitComponent),
  existing: optional(EXISTING_CIRCUIT),
  routingWeight: optional(num()),
  authorizationKey: optional(input()),
  enableInternetSecurity: optional(bool()),
  connectionName: optional(armName()),
};

export const HUB_CONNECTION_LINK = obj(hubLink);

export const HUB_CIRCUIT_CONNECTION = obj({
  ...hubLink,
  gateway: instance(
    "a VirtualWanHubGateway of this library",
    (v) => pulumi.ComponentResource.isInstance(v) && "hubGatewayComponentName" in (v as object),
  ),
});

export const GLOBAL_REACH_MESH = obj({
  circuits: list(
    obj({
      name: str({ nonEmpty: true, name: true, armName: true }),
      circuit: optional(circuitComponent),
      existing: optional(EXISTING_CIRCUIT),
      authorizationKey: optional(input()),
      retired: optional(bool()),
    }),
  ),
  topology: optional(oneOf(["fullMesh", "hubAndSpoke"])),
  hub: optional(str({ nonEmpty: true })),
  addressPool: str(),
  ipv6AddressPool: optional(str()),
  pinnedPrefixes: optional(
    list(obj({ between: list(str()), addressPrefix: str(), ipv6AddressPrefix: optional(str()) })),
  ),
  usedRanges: optional(list(str())),
  monitoring: optional(MONITORING),
  tags: optional(tags()),
});

const { resourceGroupName: _siteGroup, ...siteFields } = provider;
const site = obj({
  ...siteFields,
  premium: optional(bool()),
  skuFamily: optional(family),
  routingWeight: optional(num()),
});

export const MAXIMUM_RESILIENCY = obj({
  resourceGroupName: armName(),
  primary: site,
  secondary: site,
  gateway: optional(obj(gatewayFields)),
  hub: optional(obj(hubGatewayFields)),
  globalReach: optional(
    obj({ addressPool: str(), ipv6AddressPool: optional(str()), usedRanges: optional(list(str())) }),
  ),
  circuitsOnly: optional(bool()),
  monitoring: optional(MONITORING),
  naming: optional(NAMING),
});

/** Every component's shape, by component class name (a test checks each against its interface). */
export const ARGUMENT_SHAPES: Readonly<Record<string, Shape>> = {
  RedundantCircuit: REDUNDANT_CIRCUIT,
  PremiumCircuit: PREMIUM_CIRCUIT,
  LocalCircuit: LOCAL_CIRCUIT,
  DirectCircuit: DIRECT_CIRCUIT,
  DirectPort: DIRECT_PORT,
  ExpressRouteGateway: GATEWAY,
  CircuitConnection: CIRCUIT_CONNECTION,
  VirtualWanHubGateway: VIRTUAL_WAN_HUB_GATEWAY,
  HubCircuitConnection: HUB_CIRCUIT_CONNECTION,
  GlobalReachMesh: GLOBAL_REACH_MESH,
  MaximumResiliency: MAXIMUM_RESILIENCY,
};
