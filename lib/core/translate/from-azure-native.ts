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
  type TopologyModel,
  type VnetModel,
} from "../model";
import { azureNativeKind } from "./arm-shapes";
import { at, bool, list, num, str, strings } from "./props";
import { ResourceIndex, circuitIdOfPeeringId, type AzureResource } from "./resource-index";

const CIRCUIT = "network:ExpressRouteCircuit";
const PEERING = "network:ExpressRouteCircuitPeering";

function ofKind(resources: readonly AzureResource[], kind: string): AzureResource[] {
  return resources.filter((r) => azureNativeKind(r.type) === kind);
}

/** A peering model from azure-native peering props (inline in a circuit, or a standalone resource). */
function peeringFrom(
  key: string,
  resource: string,
  path: string | undefined,
  p: unknown,
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
        "ipv6.primaryPeerAddressPrefix": `${prefix}ipv6PeeringConfig.primaryPeerAddressPrefix`,
        "ipv6.secondaryPeerAddressPrefix": `${prefix}ipv6PeeringConfig.secondaryPeerAddressPrefix`,
      },
    },
    peeringType: str(at(p, "peeringType")),
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
          routeFilterRef(index, r, "peerings", x),
        ),
      );
  return {
    key: r.urn,
    origin: { resource: r.urn, fields: { expressRoutePort: "expressRoutePort.id" } },
    location: str(p.location),
    sku: { tier: str(at(p, "sku.tier")), family: str(at(p, "sku.family")), name: str(at(p, "sku.name")) },
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
            access: str(at(x, "access")),
            routeFilterRuleType: str(at(x, "routeFilterRuleType")),
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
      encapsulation: str(r.props.encapsulation),
      links: isUnknown(links)
        ? UNKNOWN
        : links?.map((l) => {
            const ms = at(l, "macSecConfig");
            return {
              adminState: str(at(l, "adminState")),
              macSec:
                ms === undefined ||
                (at(ms, "cknSecretIdentifier") === undefined && at(ms, "cakSecretIdentifier") === undefined)
                  ? undefined
                  : {
                      cknSecretIdentifier: str(at(ms, "cknSecretIdentifier")),
                      cakSecretIdentifier: str(at(ms, "cakSecretIdentifier")),
                      cipher: str(at(ms, "cipher")),
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
            addressPrefix: str(at(s, "addressPrefix")),
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
    const subnet = {
      key: s.urn,
      name: str(s.props.subnetName) ?? s.name,
      addressPrefix: str(s.props.addressPrefix),
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
        r.props.gatewayType === "ExpressRoute" || isUnknown(r.props.gatewayType) || erGatewayUrns.has(r.urn),
    )
    .map((r) => ({
      key: r.urn,
      origin: { resource: r.urn },
      location: str(r.props.location),
      gatewayType: str(r.props.gatewayType),
      skuName: str(at(r.props, "sku.name")),
      scaleMin: num(at(r.props, "autoScaleConfiguration.bounds.min")),
      scaleMax: num(at(r.props, "autoScaleConfiguration.bounds.max")),
      subnetKey: subnetKeyOf(
        r,
        at((list(r.props.ipConfigurations) as unknown[] | undefined)?.[0], "subnet.id"),
      ),
    }));

  const connections: ConnectionModel[] = connectionsRaw
    .filter((x) => x.props.connectionType === "ExpressRoute" || x.props.peer !== undefined)
    .map((x) => ({
      key: x.urn,
      origin: { resource: x.urn },
      connectionType: str(x.props.connectionType),
      gatewayKey: index.resolve(x, "virtualNetworkGateway1", at(x.props, "virtualNetworkGateway1.id"), [
        "network:VirtualNetworkGateway",
      ]),
      circuitKey: index.resolve(x, "peer", at(x.props, "peer.id"), [CIRCUIT]),
      routingWeight: num(x.props.routingWeight),
      fastPath: bool(x.props.expressRouteGatewayBypass),
      privateLinkFastPath: bool(x.props.enablePrivateLinkFastPath),
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
    }),
  );

  return { circuits: [...circuits.values()], routeFilters, ports, vnets, gateways, connections, globalReach };
}
