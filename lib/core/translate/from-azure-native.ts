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
import { ARM_TYPES } from "../arm-id";
import { canonical } from "../canonical";
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
import {
  AUTHORIZATION,
  CIRCUIT,
  PEERING,
  authorizationOf,
  circuitOfPeeringRef,
  enumStr,
  ofKind,
  readerOf,
  refId,
} from "./readers";
import { operationsFrom } from "./operations";
import { virtualWanFrom } from "./virtual-wan";
import { PropReader, type ShapeIssue } from "./props";
import { ResourceIndex, type AzureResource } from "./resource-index";

// ARM compares enum values without regard to case (`ErGw1Az` deploys as `ErGw1AZ`): the model carries the
// canonical spelling of any value that matches one, and the value as written otherwise.
const TIERS = [...SKU_TIERS.value, ...SKU_TIERS.retired];
const SKU_NAMES = TIERS.flatMap((t) => SKU_FAMILIES.value.map((f) => `${t}_${f}`));
const PEERING_TYPE_NAMES = [...PEERING_TYPES.value, ...PEERING_TYPES.retired];
const GATEWAY_SKU_NAMES = GATEWAY_SKUS.value.map((s) => s.name);
const EXPRESS_ROUTE = ["ExpressRoute"];

/** The peering's type: `peeringType`, or, when it is omitted, its name (Azure names peerings after their type). */
function peeringTypeOf(read: PropReader, name: Maybe<string>): Maybe<string> {
  const type = enumStr(read, "peeringType", PEERING_TYPE_NAMES);
  if (type !== undefined || read.get("peeringType") !== undefined) return type;
  const fromName = canonical(name, PEERING_TYPE_NAMES);
  return typeof fromName === "string" && !PEERING_TYPE_NAMES.includes(fromName as never)
    ? undefined
    : fromName;
}

/** A subnet's prefixes: `addressPrefix`, or the first IPv4 one of `addressPrefixes` (which may add IPv6). */
function subnetPrefixes(read: PropReader): Pick<SubnetModel, "addressPrefix" | "addressPrefixes"> {
  const single = read.str("addressPrefix");
  const many = read.strings("addressPrefixes");
  if (single !== undefined || many === undefined) return { addressPrefix: single, addressPrefixes: many };
  if (isUnknown(many)) return { addressPrefix: UNKNOWN, addressPrefixes: many };
  return { addressPrefix: many.find((p) => !p.includes(":")), addressPrefixes: many };
}

/** A peering model from azure-native peering props (an inline item of a circuit, or a standalone resource). */
function peeringFrom(
  key: string,
  read: PropReader,
  name: Maybe<string>,
  routeFilter: Maybe<string>,
): PeeringModel {
  const path = read.base || undefined;
  const prefix = path ? `${path}.` : "";
  const ms = read.object("microsoftPeeringConfig");
  const v6 = read.object("ipv6PeeringConfig");
  return {
    key,
    origin: {
      resource: read.resource,
      path,
      fields: {
        ...(path ? {} : { name: "peeringName" }),
        "ipv6.primaryPeerAddressPrefix": `${prefix}ipv6PeeringConfig.primaryPeerAddressPrefix`,
        "ipv6.secondaryPeerAddressPrefix": `${prefix}ipv6PeeringConfig.secondaryPeerAddressPrefix`,
      },
    },
    peeringType: peeringTypeOf(read, name),
    name,
    primaryPeerAddressPrefix: read.str("primaryPeerAddressPrefix"),
    secondaryPeerAddressPrefix: read.str("secondaryPeerAddressPrefix"),
    vlanId: read.num("vlanId"),
    peerAsn: read.num("peerASN"),
    sharedKey: read.str("sharedKey"),
    ipv6:
      v6 === undefined
        ? undefined
        : isUnknown(v6)
          ? { primaryPeerAddressPrefix: UNKNOWN, secondaryPeerAddressPrefix: UNKNOWN }
          : {
              primaryPeerAddressPrefix: v6.str("primaryPeerAddressPrefix"),
              secondaryPeerAddressPrefix: v6.str("secondaryPeerAddressPrefix"),
            },
    microsoft:
      ms === undefined
        ? undefined
        : isUnknown(ms)
          ? { advertisedPublicPrefixes: UNKNOWN, customerAsn: UNKNOWN, routingRegistryName: UNKNOWN }
          : {
              advertisedPublicPrefixes: ms.strings("advertisedPublicPrefixes"),
              customerAsn: ms.num("customerASN"),
              routingRegistryName: ms.str("routingRegistryName"),
            },
    routeFilter,
  };
}

function routeFilterRef(
  index: ResourceIndex,
  r: AzureResource,
  property: string,
  read: PropReader,
): Maybe<string> {
  const filter = read.object("routeFilter");
  if (filter === undefined) return undefined;
  const id = isUnknown(filter) ? UNKNOWN : filter.armId("id", ARM_TYPES.routeFilter);
  return index.resolve(r, property, id, ["network:RouteFilter"]);
}

function circuitFrom(index: ResourceIndex, r: AzureResource, issues: ShapeIssue[]): CircuitModel {
  const read = readerOf(r, issues);
  const sp = read.object("serviceProviderProperties");
  const port = read.object("expressRoutePort");
  const inline = read.objects("peerings");
  const auths = read.objects("authorizations");
  const peerings = isUnknown(inline)
    ? []
    : (inline ?? []).map(({ index: i, reader }) =>
        peeringFrom(
          `${r.urn}#peerings[${i}]`,
          reader,
          reader.str("name"),
          routeFilterRef(index, r, "peerings", reader),
        ),
      );
  return {
    key: r.urn,
    origin: { resource: r.urn, fields: { expressRoutePort: "expressRoutePort.id" } },
    location: read.str("location"),
    sku: {
      tier: enumStr(read, "sku.tier", TIERS),
      family: enumStr(read, "sku.family", SKU_FAMILIES.value),
      name: enumStr(read, "sku.name", SKU_NAMES),
    },
    provider:
      sp === undefined
        ? undefined
        : isUnknown(sp)
          ? { serviceProviderName: UNKNOWN, peeringLocation: UNKNOWN, bandwidthInMbps: UNKNOWN }
          : {
              serviceProviderName: sp.str("serviceProviderName"),
              peeringLocation: sp.str("peeringLocation"),
              bandwidthInMbps: sp.num("bandwidthInMbps"),
            },
    direct:
      port === undefined
        ? undefined
        : {
            portKey: index.resolve(
              r,
              "expressRoutePort",
              isUnknown(port) ? UNKNOWN : port.armId("id", ARM_TYPES.port),
              ["network:ExpressRoutePort"],
            ),
            portBandwidthInGbps: undefined,
            bandwidthInGbps: read.num("bandwidthInGbps"),
          },
    peerings,
    ...(isUnknown(inline) ? { peeringsUnknown: true } : {}),
    authorizations: isUnknown(auths) ? UNKNOWN : (auths?.length ?? 0),
  };
}

/** The circuit a standalone peering belongs to, by dependency or by name. */
function owningCircuit(
  index: ResourceIndex,
  r: AzureResource,
  circuits: Map<string, CircuitModel>,
  read: PropReader,
): Maybe<string> {
  for (const urn of r.propertyDependencies?.circuitName ?? []) if (circuits.has(urn)) return urn;
  const name = read.str("circuitName");
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

/**
 * The circuit a Global Reach connection is configured on: the circuit of its own peering id. Azure requires
 * that id to be the peering the connection is a child of, so while the id is only known at deploy time the
 * parent circuit stands in for it; a missing or empty id is left missing (global-reach-circuits reports it).
 */
function hostCircuit(fromPeering: Maybe<string>, parent: () => Maybe<string>): Maybe<string> {
  if (!isUnknown(fromPeering)) return fromPeering;
  const byName = parent();
  return typeof byName === "string" && !byName.startsWith("name:") ? byName : fromPeering;
}

/** The printable values of secret inputs of the resources, so that no finding prints them. */
function secretsOf(resources: readonly AzureResource[]): string[] {
  return [...new Set(resources.flatMap((r) => r.secrets ?? []))];
}

/**
 * Translates azure-native resources (as a stack, or a single resource) into the topology model the rules
 * check: circuits with their inline and standalone peerings, route filters, Direct ports, VNets and subnets,
 * ExpressRoute gateways, VNet links and Global Reach connections. References are linked by property
 * dependencies first and ARM ids second; what cannot be linked is kept as an external reference. A property
 * of another type than azure-native declares is left out of the model and recorded in `shapeIssues`.
 */
export function modelFromAzureNative(resources: readonly AzureResource[]): TopologyModel {
  const index = new ResourceIndex(resources);
  const issues: ShapeIssue[] = [];
  const circuits = new Map<string, CircuitModel>();
  for (const r of ofKind(resources, CIRCUIT)) circuits.set(r.urn, circuitFrom(index, r, issues));

  const peeringOwner = new Map<string, Maybe<string>>();
  const extra = new Map<string, PeeringModel[]>();
  for (const r of ofKind(resources, PEERING)) {
    const read = readerOf(r, issues);
    const owner = owningCircuit(index, r, circuits, read);
    peeringOwner.set(r.urn, owner);
    const key = typeof owner === "string" ? owner : `unknown-circuit:${r.urn}`;
    const peering = peeringFrom(
      r.urn,
      read,
      read.str("peeringName"),
      routeFilterRef(index, r, "routeFilter", read),
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

  // Standalone authorizations count against their circuit (found like a standalone peering's).
  for (const r of ofKind(resources, AUTHORIZATION)) {
    const owner = owningCircuit(index, r, circuits, readerOf(r, issues));
    const declared = typeof owner === "string" ? circuits.get(owner) : undefined;
    if (!declared) continue;
    const count = declared.authorizations;
    circuits.set(declared.key, {
      ...declared,
      authorizations: isUnknown(count) ? count : (count ?? 0) + 1,
    });
  }

  const routeFilters: RouteFilterModel[] = ofKind(resources, "network:RouteFilter").map((r) => {
    const read = readerOf(r, issues);
    const rules = read.objects("rules");
    return {
      key: r.urn,
      origin: { resource: r.urn },
      location: read.str("location"),
      rules: isUnknown(rules)
        ? UNKNOWN
        : (rules ?? []).map(({ reader }) => ({
            access: enumStr(reader, "access", ["Allow", "Deny"]),
            routeFilterRuleType: enumStr(reader, "routeFilterRuleType", ["Community"]),
            communities: reader.strings("communities"),
          })),
    };
  });

  const ports: PortModel[] = ofKind(resources, "network:ExpressRoutePort").map((r) => {
    const read = readerOf(r, issues);
    const links = read.objects("links");
    const ids = read.keys("identity.userAssignedIdentities");
    return {
      key: r.urn,
      origin: { resource: r.urn, fields: { identity: "identity.userAssignedIdentities" } },
      peeringLocation: read.str("peeringLocation"),
      bandwidthInGbps: read.num("bandwidthInGbps"),
      encapsulation: enumStr(read, "encapsulation", DIRECT_ENCAPSULATIONS.value),
      links: isUnknown(links)
        ? UNKNOWN
        : links?.map(({ reader: l }) => {
            const ms = l.object("macSecConfig");
            const named =
              ms !== undefined &&
              (isUnknown(ms) ||
                ms.get("cknSecretIdentifier") !== undefined ||
                ms.get("cakSecretIdentifier") !== undefined);
            return {
              adminState: enumStr(l, "adminState", PORT_LINK_ADMIN_STATES),
              macSec: !named
                ? undefined
                : isUnknown(ms)
                  ? { cknSecretIdentifier: UNKNOWN, cakSecretIdentifier: UNKNOWN, cipher: UNKNOWN }
                  : {
                      cknSecretIdentifier: ms!.str("cknSecretIdentifier"),
                      cakSecretIdentifier: ms!.str("cakSecretIdentifier"),
                      cipher: enumStr(ms!, "cipher", MACSEC_CIPHERS.value),
                    },
            };
          }),
      userAssignedIdentities: ids ?? [],
    };
  });

  const vnets: VnetModel[] = ofKind(resources, "network:VirtualNetwork").map((r) => {
    const read = readerOf(r, issues);
    const inline = read.objects("subnets");
    return {
      key: r.urn,
      origin: { resource: r.urn, fields: { addressSpace: "addressSpace.addressPrefixes" } },
      location: read.str("location"),
      addressPrefixes: read.strings("addressSpace.addressPrefixes"),
      subnets: isUnknown(inline)
        ? []
        : (inline ?? []).map(({ reader }) => {
            const name = reader.str("name");
            return { key: `${r.urn}#subnets/${String(name)}`, name, ...subnetPrefixes(reader) };
          }),
    };
  });
  for (const s of ofKind(resources, "network:Subnet")) {
    const read = readerOf(s, issues);
    const vnetUrn = index.resolve(s, "virtualNetworkName", undefined, ["network:VirtualNetwork"]);
    const vnetName = read.str("virtualNetworkName");
    const byName = vnets.find((v) => {
      const vr = index.urn(v.key);
      const vName =
        vr && (typeof vr.props.virtualNetworkName === "string" ? vr.props.virtualNetworkName : vr.name);
      return vName !== undefined && vName === vnetName;
    });
    const vnet = vnets.find((v) => v.key === vnetUrn) ?? byName;
    const subnet: SubnetModel = {
      key: s.urn,
      name: read.str("subnetName") ?? s.name,
      ...subnetPrefixes(read),
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

  const subnetKeyOf = (r: AzureResource, id: Maybe<string>): Maybe<string> => {
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

  const connectionsRaw = ofKind(resources, "network:VirtualNetworkGatewayConnection").map((x) => ({
    x,
    read: readerOf(x, issues),
  }));
  const erGatewayUrns = new Set(
    connectionsRaw.map(({ x, read }) =>
      index.resolve(x, "virtualNetworkGateway1", refId(read, "virtualNetworkGateway1", ARM_TYPES.gateway), [
        "network:VirtualNetworkGateway",
      ]),
    ),
  );
  const gateways: GatewayModel[] = ofKind(resources, "network:VirtualNetworkGateway")
    .map((r) => ({ r, read: readerOf(r, issues) }))
    .filter(
      ({ r, read }) =>
        enumStr(read, "gatewayType", EXPRESS_ROUTE) === "ExpressRoute" ||
        isUnknown(read.get("gatewayType")) ||
        erGatewayUrns.has(r.urn),
    )
    .map(({ r, read }) => {
      const configs = read.objects("ipConfigurations");
      const first = isUnknown(configs) ? undefined : configs?.[0]?.reader;
      return {
        key: r.urn,
        origin: { resource: r.urn },
        location: read.str("location"),
        gatewayType: enumStr(read, "gatewayType", EXPRESS_ROUTE),
        skuName: enumStr(read, "sku.name", GATEWAY_SKU_NAMES),
        scaleMin: read.num("autoScaleConfiguration.bounds.min"),
        scaleMax: read.num("autoScaleConfiguration.bounds.max"),
        subnetKey: subnetKeyOf(
          r,
          isUnknown(configs) ? UNKNOWN : first ? refId(first, "subnet", ARM_TYPES.subnet) : undefined,
        ),
      };
    });

  const connections: ConnectionModel[] = connectionsRaw
    .filter(
      ({ x, read }) =>
        enumStr(read, "connectionType", EXPRESS_ROUTE) === "ExpressRoute" || x.props.peer !== undefined,
    )
    .map(({ x, read }) => ({
      key: x.urn,
      origin: { resource: x.urn },
      connectionType: enumStr(read, "connectionType", EXPRESS_ROUTE),
      gatewayKey: index.resolve(
        x,
        "virtualNetworkGateway1",
        refId(read, "virtualNetworkGateway1", ARM_TYPES.gateway),
        ["network:VirtualNetworkGateway"],
      ),
      circuitKey: index.resolve(x, "peer", refId(read, "peer", ARM_TYPES.circuit), [CIRCUIT]),
      routingWeight: read.num("routingWeight"),
      fastPath: read.bool("expressRouteGatewayBypass"),
      privateLinkFastPath: read.bool("enablePrivateLinkFastPath"),
      authorization: authorizationOf(index, x, read),
    }));

  const globalReach: GlobalReachModel[] = ofKind(resources, "network:ExpressRouteCircuitConnection").map(
    (g) => {
      const read = readerOf(g, issues);
      const v6 = read.object("ipv6CircuitConnectionConfig");
      return {
        key: g.urn,
        origin: { resource: g.urn },
        circuitKey: hostCircuit(
          circuitOfPeeringRef(index, g, "expressRouteCircuitPeering", read, peeringOwner),
          () => owningCircuit(index, g, circuits, read),
        ),
        peerCircuitKey: circuitOfPeeringRef(index, g, "peerExpressRouteCircuitPeering", read, peeringOwner),
        addressPrefix: read.str("addressPrefix"),
        ipv6AddressPrefix: v6 === undefined ? undefined : isUnknown(v6) ? UNKNOWN : v6.str("addressPrefix"),
        authorization: authorizationOf(index, g, read),
      };
    },
  );

  const wan = virtualWanFrom(index, issues, circuits, peeringOwner);

  return {
    circuits: [...circuits.values()],
    routeFilters,
    ports,
    vnets,
    gateways: [...gateways, ...wan.gateways],
    connections: [...connections, ...wan.connections],
    virtualWans: wan.virtualWans,
    virtualHubs: wan.virtualHubs,
    globalReach,
    operations: operationsFrom(index, resources, issues),
    shapeIssues: issues,
    secrets: secretsOf(resources),
  };
}
