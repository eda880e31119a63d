import {
  UNKNOWN,
  isUnknown,
  type CircuitModel,
  type ConnectionModel,
  type GatewayModel,
  type GlobalReachModel,
  type Maybe,
  type PeeringModel,
  type PortModel,
  type RouteFilterModel,
  type SubnetModel,
  type TopologyModel,
  type VnetModel,
} from "../model";
import { canonical } from "../canonical";
import { authorizationOfKey } from "../secret-digest";
import { PEERING_TYPES } from "../facts/bgp";
import {
  DIRECT_ENCAPSULATIONS,
  MACSEC_CIPHERS,
  PORT_LINK_ADMIN_STATES,
  SKU_FAMILIES,
  SKU_TIERS,
} from "../facts/circuit";
import { GATEWAY_SKUS } from "../facts/gateway";
import { azureNativeKind } from "./arm-shapes";
import { at, bool, list, num, str, strings } from "./props";
import { ResourceIndex, circuitIdOfPeeringId, type AzureResource } from "./resource-index";

const CIRCUIT = "network:ExpressRouteCircuit";
const PEERING = "network:ExpressRouteCircuitPeering";

// ARM compares enum values without regard to case (`ErGw1Az` deploys as `ErGw1AZ`): the model carries the
// canonical spelling of any value that matches one, and the value as written otherwise.
const TIERS = [...SKU_TIERS.value, ...SKU_TIERS.retired];
const SKU_NAMES = TIERS.flatMap((t) => SKU_FAMILIES.value.map((f) => `${t}_${f}`));
const PEERING_TYPE_NAMES = [...PEERING_TYPES.value, ...PEERING_TYPES.retired];
const GATEWAY_SKU_NAMES = GATEWAY_SKUS.value.map((s) => s.name);
const EXPRESS_ROUTE = ["ExpressRoute"];

/** A string prop in its canonical spelling among `allowed` (see {@link canonical}). */
function enumStr(v: unknown, allowed: readonly string[]): Maybe<string> {
  return canonical(str(v), allowed);
}

/** The peering's type: `peeringType`, or, when it is omitted, its name (Azure names peerings after their type). */
function peeringTypeOf(p: unknown, name: unknown): Maybe<string> {
  const type = at(p, "peeringType");
  if (type !== undefined) return enumStr(type, PEERING_TYPE_NAMES);
  const fromName = enumStr(name, PEERING_TYPE_NAMES);
  return typeof fromName === "string" && !PEERING_TYPE_NAMES.includes(fromName as never)
    ? undefined
    : fromName;
}

/**
 * Which circuit authorization a connection redeems: a digest of its key when the key is known, else the
 * authorization resource its key came from (a property dependency), never the key itself.
 */
function authorizationOf(index: ResourceIndex, r: AzureResource): Maybe<string> {
  const key = r.props.authorizationKey;
  if (typeof key === "string" && key !== "") return authorizationOfKey(key);
  for (const urn of r.propertyDependencies?.authorizationKey ?? []) {
    if (azureNativeKind(index.urn(urn)?.type ?? "") === "network:ExpressRouteCircuitAuthorization")
      return `authorization:${urn}`;
  }
  return isUnknown(key) ? UNKNOWN : undefined;
}

/** A subnet's prefixes: `addressPrefix`, or the first IPv4 one of `addressPrefixes` (which may add IPv6). */
function subnetPrefixes(s: unknown): Pick<SubnetModel, "addressPrefix" | "addressPrefixes"> {
  const single = str(at(s, "addressPrefix"));
  const many = strings(at(s, "addressPrefixes"));
  if (single !== undefined || many === undefined) return { addressPrefix: single, addressPrefixes: many };
  if (isUnknown(many)) return { addressPrefix: UNKNOWN, addressPrefixes: many };
  return { addressPrefix: many.find((p) => !p.includes(":")), addressPrefixes: many };
}

function ofKind(resources: readonly AzureResource[], kind: string): AzureResource[] {
  return resources.filter((r) => azureNativeKind(r.type) === kind);
}

/** A peering model from azure-native peering props (inline in a circuit, or a standalone resource). */
function peeringFrom(
  key: string,
  resource: string,
  path: string | undefined,
  p: unknown,
  name: unknown,
  routeFilter: Maybe<string>,
): PeeringModel {
  const prefix = path ? `${path}.` : "";
  const ms = at(p, "microsoftPeeringConfig");
  const v6 = at(p, "ipv6PeeringConfig");
  return {
    key,
    origin: {
      resource,
      path,
      fields: {
        ...(path ? {} : { name: "peeringName" }),
        "ipv6.primaryPeerAddressPrefix": `${prefix}ipv6PeeringConfig.primaryPeerAddressPrefix`,
        "ipv6.secondaryPeerAddressPrefix": `${prefix}ipv6PeeringConfig.secondaryPeerAddressPrefix`,
      },
    },
    peeringType: peeringTypeOf(p, name),
    name: str(name),
    primaryPeerAddressPrefix: str(at(p, "primaryPeerAddressPrefix")),
    secondaryPeerAddressPrefix: str(at(p, "secondaryPeerAddressPrefix")),
    vlanId: num(at(p, "vlanId")),
    peerAsn: num(at(p, "peerASN")),
    sharedKey: str(at(p, "sharedKey")),
    ipv6:
      v6 === undefined
        ? undefined
        : {
            primaryPeerAddressPrefix: str(at(v6, "primaryPeerAddressPrefix")),
            secondaryPeerAddressPrefix: str(at(v6, "secondaryPeerAddressPrefix")),
          },
    microsoft:
      ms === undefined
        ? undefined
        : {
            advertisedPublicPrefixes: strings(at(ms, "advertisedPublicPrefixes")),
            customerAsn: num(at(ms, "customerASN")),
            routingRegistryName: str(at(ms, "routingRegistryName")),
          },
    routeFilter,
  };
}

function routeFilterRef(index: ResourceIndex, r: AzureResource, property: string, p: unknown): Maybe<string> {
  const id = at(p, "routeFilter.id");
  if (id === undefined && at(p, "routeFilter") === undefined) return undefined;
  return index.resolve(r, property, id, ["network:RouteFilter"]);
}

function circuitFrom(index: ResourceIndex, r: AzureResource): CircuitModel {
  const p = r.props;
  const sp = p.serviceProviderProperties;
  const port = p.expressRoutePort;
  const inline = list(p.peerings);
  const peerings = isUnknown(inline)
    ? []
    : (inline ?? []).map((x, i) =>
        peeringFrom(
          `${r.urn}#peerings[${i}]`,
          r.urn,
          `peerings[${i}]`,
          x,
          at(x, "name"),
          routeFilterRef(index, r, "peerings", x),
        ),
      );
  return {
    key: r.urn,
    origin: { resource: r.urn, fields: { expressRoutePort: "expressRoutePort.id" } },
    location: str(p.location),
    sku: {
      tier: enumStr(at(p, "sku.tier"), TIERS),
      family: enumStr(at(p, "sku.family"), SKU_FAMILIES.value),
      name: enumStr(at(p, "sku.name"), SKU_NAMES),
    },
    provider:
      sp === undefined
        ? undefined
        : {
            serviceProviderName: str(at(sp, "serviceProviderName")),
            peeringLocation: str(at(sp, "peeringLocation")),
            bandwidthInMbps: num(at(sp, "bandwidthInMbps")),
          },
    direct:
      port === undefined
        ? undefined
        : {
            portKey: index.resolve(r, "expressRoutePort", at(port, "id"), ["network:ExpressRoutePort"]),
            portBandwidthInGbps: undefined,
            bandwidthInGbps: num(p.bandwidthInGbps),
          },
    peerings,
  };
}

/** The circuit a standalone resource (peering, Global Reach connection) belongs to, by dependency or name. */
function owningCircuit(
  index: ResourceIndex,
  r: AzureResource,
  circuits: Map<string, CircuitModel>,
): Maybe<string> {
  for (const urn of r.propertyDependencies?.circuitName ?? []) if (circuits.has(urn)) return urn;
  const name = r.props.circuitName;
  if (isUnknown(name)) return UNKNOWN;
  if (typeof name !== "string") return undefined;
  const rg = r.props.resourceGroupName;
  for (const c of circuits.values()) {
    const cr = index.urn(c.key);
    if (!cr) continue;
    const cName = typeof cr.props.circuitName === "string" ? cr.props.circuitName : cr.name;
    const sameGroup =
      typeof rg !== "string" ||
      typeof cr.props.resourceGroupName !== "string" ||
      rg === cr.props.resourceGroupName;
    if (cName === name && sameGroup) return c.key;
  }
  return `name:${typeof rg === "string" ? `${rg}/` : ""}${name}`;
}

/** Resolves a peering reference (Global Reach) to the key of the circuit that owns the peering. */
function circuitOfPeeringRef(
  index: ResourceIndex,
  r: AzureResource,
  property: string,
  id: unknown,
  peeringOwner: Map<string, Maybe<string>>,
): Maybe<string> {
  const ref = index.resolve(
    r,
    property,
    isUnknown(id) || typeof id !== "string" ? id : circuitIdOfPeeringId(id),
    [CIRCUIT, PEERING],
  );
  if (typeof ref === "string" && peeringOwner.has(ref)) return peeringOwner.get(ref);
  if (typeof ref === "string" && ref.startsWith("id:")) return `id:${circuitIdOfPeeringId(ref.slice(3))}`;
  return ref;
}

/** The circuit a Global Reach connection is configured on: its peering reference, else the circuit it is a child of. */
function hostCircuit(fromPeering: Maybe<string>, fromName: () => Maybe<string>): Maybe<string> {
  if (typeof fromPeering === "string") return fromPeering;
  const byName = fromName();
  return typeof byName === "string" && !byName.startsWith("name:") ? byName : fromPeering;
}

/**
 * Translates azure-native resources (as a stack, or a single resource) into the topology model the rules
 * check: circuits with their inline and standalone peerings, route filters, Direct ports, VNets and subnets,
 * ExpressRoute gateways, VNet links and Global Reach connections. References are linked by property
 * dependencies first and ARM ids second; what cannot be linked is kept as an external reference.
 */
export function modelFromAzureNative(resources: readonly AzureResource[]): TopologyModel {
  const index = new ResourceIndex(resources);
  const circuits = new Map<string, CircuitModel>();
  for (const r of ofKind(resources, CIRCUIT)) circuits.set(r.urn, circuitFrom(index, r));

  const peeringOwner = new Map<string, Maybe<string>>();
  const extra = new Map<string, PeeringModel[]>();
  for (const r of ofKind(resources, PEERING)) {
    const owner = owningCircuit(index, r, circuits);
    peeringOwner.set(r.urn, owner);
    const key = typeof owner === "string" ? owner : `unknown-circuit:${r.urn}`;
    const peering = peeringFrom(
      r.urn,
      r.urn,
      undefined,
      r.props,
      r.props.peeringName,
      routeFilterRef(index, r, "routeFilter", r.props),
    );
    extra.set(key, [...(extra.get(key) ?? []), peering]);
  }
  for (const [key, peerings] of extra) {
    const declared = circuits.get(key);
    if (declared) circuits.set(key, { ...declared, peerings: [...declared.peerings, ...peerings] });
    else {
      circuits.set(key, {
        key,
        external: true,
        origin: { resource: peerings[0].origin.resource },
        location: undefined,
        sku: { tier: undefined, family: undefined, name: undefined },
        peerings,
      });
    }
  }

  const routeFilters: RouteFilterModel[] = ofKind(resources, "network:RouteFilter").map((r) => {
    const rules = list(r.props.rules);
    return {
      key: r.urn,
      origin: { resource: r.urn },
      location: str(r.props.location),
      rules: isUnknown(rules)
        ? UNKNOWN
        : (rules ?? []).map((x) => ({
            access: enumStr(at(x, "access"), ["Allow", "Deny"]),
            routeFilterRuleType: enumStr(at(x, "routeFilterRuleType"), ["Community"]),
            communities: strings(at(x, "communities")),
          })),
    };
  });

  const ports: PortModel[] = ofKind(resources, "network:ExpressRoutePort").map((r) => {
    const links = list(r.props.links);
    const ids = at(r.props, "identity.userAssignedIdentities");
    return {
      key: r.urn,
      origin: { resource: r.urn, fields: { identity: "identity.userAssignedIdentities" } },
      peeringLocation: str(r.props.peeringLocation),
      bandwidthInGbps: num(r.props.bandwidthInGbps),
      encapsulation: enumStr(r.props.encapsulation, DIRECT_ENCAPSULATIONS.value),
      links: isUnknown(links)
        ? UNKNOWN
        : links?.map((l) => {
            const ms = at(l, "macSecConfig");
            return {
              adminState: enumStr(at(l, "adminState"), PORT_LINK_ADMIN_STATES),
              macSec:
                ms === undefined ||
                (at(ms, "cknSecretIdentifier") === undefined && at(ms, "cakSecretIdentifier") === undefined)
                  ? undefined
                  : {
                      cknSecretIdentifier: str(at(ms, "cknSecretIdentifier")),
                      cakSecretIdentifier: str(at(ms, "cakSecretIdentifier")),
                      cipher: enumStr(at(ms, "cipher"), MACSEC_CIPHERS.value),
                    },
            };
          }),
      userAssignedIdentities: isUnknown(ids)
        ? UNKNOWN
        : Array.isArray(ids)
          ? ids.map((x) => (typeof x === "string" ? x : "(unknown)"))
          : typeof ids === "object" && ids !== null
            ? Object.keys(ids)
            : [],
    };
  });

  const vnets: VnetModel[] = ofKind(resources, "network:VirtualNetwork").map((r) => {
    const inline = list(r.props.subnets);
    return {
      key: r.urn,
      origin: { resource: r.urn, fields: { addressSpace: "addressSpace.addressPrefixes" } },
      location: str(r.props.location),
      addressPrefixes: strings(at(r.props, "addressSpace.addressPrefixes")),
      subnets: isUnknown(inline)
        ? []
        : (inline ?? []).map((s) => ({
            key: `${r.urn}#subnets/${String(at(s, "name"))}`,
            name: str(at(s, "name")),
            ...subnetPrefixes(s),
          })),
    };
  });
  const standaloneSubnets = ofKind(resources, "network:Subnet");
  for (const s of standaloneSubnets) {
    const vnetUrn = index.resolve(s, "virtualNetworkName", undefined, ["network:VirtualNetwork"]);
    const byName = vnets.find((v) => {
      const vr = index.urn(v.key);
      const vName =
        vr && (typeof vr.props.virtualNetworkName === "string" ? vr.props.virtualNetworkName : vr.name);
      return vName !== undefined && vName === s.props.virtualNetworkName;
    });
    const vnet = vnets.find((v) => v.key === vnetUrn) ?? byName;
    const subnet: SubnetModel = {
      key: s.urn,
      name: str(s.props.subnetName) ?? s.name,
      ...subnetPrefixes(s.props),
    };
    const i = vnet ? vnets.indexOf(vnet) : -1;
    if (i >= 0) vnets[i] = { ...vnets[i], subnets: [...vnets[i].subnets, subnet] };
    else {
      vnets.push({
        key: `vnet-of:${s.urn}`,
        origin: { resource: s.urn },
        location: undefined,
        addressPrefixes: undefined,
        subnets: [subnet],
      });
    }
  }

  const subnetKeyOf = (r: AzureResource, id: unknown): Maybe<string> => {
    const ref = index.resolve(r, "ipConfigurations", id, ["network:Subnet", "network:VirtualNetwork"]);
    if (typeof ref !== "string") return ref;
    const target = index.urn(ref);
    if (target && azureNativeKind(target.type) === "network:VirtualNetwork") {
      if (typeof id === "string") return `${ref}#subnets/${id.split("/").pop()}`;
      // The subnet's id is unknown at preview, but a gateway only deploys into GatewaySubnet.
      const vnet = vnets.find((v) => v.key === ref);
      return vnet?.subnets.find((s) => s.name === "GatewaySubnet")?.key ?? UNKNOWN;
    }
    return ref;
  };

  const connectionsRaw = ofKind(resources, "network:VirtualNetworkGatewayConnection");
  const erGatewayUrns = new Set(
    connectionsRaw.map((x) =>
      index.resolve(x, "virtualNetworkGateway1", at(x.props, "virtualNetworkGateway1.id"), [
        "network:VirtualNetworkGateway",
      ]),
    ),
  );
  const gateways: GatewayModel[] = ofKind(resources, "network:VirtualNetworkGateway")
    .filter(
      (r) =>
        enumStr(r.props.gatewayType, EXPRESS_ROUTE) === "ExpressRoute" ||
        isUnknown(r.props.gatewayType) ||
        erGatewayUrns.has(r.urn),
    )
    .map((r) => ({
      key: r.urn,
      origin: { resource: r.urn },
      location: str(r.props.location),
      gatewayType: enumStr(r.props.gatewayType, EXPRESS_ROUTE),
      skuName: enumStr(at(r.props, "sku.name"), GATEWAY_SKU_NAMES),
      scaleMin: num(at(r.props, "autoScaleConfiguration.bounds.min")),
      scaleMax: num(at(r.props, "autoScaleConfiguration.bounds.max")),
      subnetKey: subnetKeyOf(
        r,
        at((list(r.props.ipConfigurations) as unknown[] | undefined)?.[0], "subnet.id"),
      ),
    }));

  const connections: ConnectionModel[] = connectionsRaw
    .filter(
      (x) => enumStr(x.props.connectionType, EXPRESS_ROUTE) === "ExpressRoute" || x.props.peer !== undefined,
    )
    .map((x) => ({
      key: x.urn,
      origin: { resource: x.urn },
      connectionType: enumStr(x.props.connectionType, EXPRESS_ROUTE),
      gatewayKey: index.resolve(x, "virtualNetworkGateway1", at(x.props, "virtualNetworkGateway1.id"), [
        "network:VirtualNetworkGateway",
      ]),
      circuitKey: index.resolve(x, "peer", at(x.props, "peer.id"), [CIRCUIT]),
      routingWeight: num(x.props.routingWeight),
      fastPath: bool(x.props.expressRouteGatewayBypass),
      privateLinkFastPath: bool(x.props.enablePrivateLinkFastPath),
      authorization: authorizationOf(index, x),
    }));

  const globalReach: GlobalReachModel[] = ofKind(resources, "network:ExpressRouteCircuitConnection").map(
    (g) => ({
      key: g.urn,
      origin: { resource: g.urn },
      circuitKey: hostCircuit(
        circuitOfPeeringRef(
          index,
          g,
          "expressRouteCircuitPeering",
          at(g.props, "expressRouteCircuitPeering.id"),
          peeringOwner,
        ),
        () => owningCircuit(index, g, circuits),
      ),
      peerCircuitKey: circuitOfPeeringRef(
        index,
        g,
        "peerExpressRouteCircuitPeering",
        at(g.props, "peerExpressRouteCircuitPeering.id"),
        peeringOwner,
      ),
      addressPrefix: str(g.props.addressPrefix),
      ipv6AddressPrefix: str(at(g.props, "ipv6CircuitConnectionConfig.addressPrefix")),
      authorization: authorizationOf(index, g),
    }),
  );

  return { circuits: [...circuits.values()], routeFilters, ports, vnets, gateways, connections, globalReach };
}
