import {
  UNKNOWN,
  isUnknown,
  type CircuitModel,
  type ConnectionModel,
  type GatewayModel,
  type Maybe,
  type VirtualHubModel,
  type VirtualWanModel,
} from "../model";
import { ARM_TYPES } from "../arm-id";
import { canonical } from "../canonical";
import { PEERING_TYPES } from "../facts/bgp";
import { VIRTUAL_WAN_TYPES } from "../facts/virtual-wan";
import { azureNativeKind } from "./arm-shapes";
import type { PropReader, ShapeIssue } from "./props";
import {
  CIRCUIT,
  PEERING,
  PEERING_ID,
  authorizationOf,
  circuitOfPeeringRef,
  enumStr,
  ofKind,
  readerOf,
  refId,
} from "./readers";
import type { AzureResource, ResourceIndex } from "./resource-index";

const VIRTUAL_WAN = "network:VirtualWan";
const VIRTUAL_HUB = "network:VirtualHub";
const HUB_GATEWAY = "network:ExpressRouteGateway";
const HUB_CONNECTION = "network:ExpressRouteConnection";
const PEERING_TYPE_NAMES = [...PEERING_TYPES.value, ...PEERING_TYPES.retired];

/** What the Virtual WAN resources add to the model. */
export interface VirtualWanPart {
  readonly virtualWans: VirtualWanModel[];
  readonly virtualHubs: VirtualHubModel[];
  /** The hubs' ExpressRoute gateways. */
  readonly gateways: GatewayModel[];
  /** Hub connections, standalone and inline on their gateway. */
  readonly connections: ConnectionModel[];
}

/** The peering a hub connection names: the id's last segment, or the standalone peering it depends on. */
function peeringNameOf(
  read: PropReader,
  dependencies: readonly string[],
  circuits: ReadonlyMap<string, CircuitModel>,
): Maybe<string> {
  const ref = read.object("expressRouteCircuitPeering");
  if (ref === undefined) return undefined;
  const id = isUnknown(ref) ? UNKNOWN : ref.get("id");
  if (typeof id === "string" && PEERING_ID.test(id))
    return canonical(id.replace(/\/+$/, "").split("/").pop(), PEERING_TYPE_NAMES);
  for (const urn of dependencies) {
    for (const c of circuits.values()) {
      const p = c.peerings.find((x) => x.key === urn);
      if (p) return p.peeringType;
    }
  }
  return isUnknown(id) ? UNKNOWN : undefined;
}

/** The hub gateway a standalone connection belongs to: by property dependency, else by name in its group. */
function owningGateway(index: ResourceIndex, r: AzureResource, read: PropReader): Maybe<string> {
  for (const urn of r.propertyDependencies?.expressRouteGatewayName ?? []) {
    if (azureNativeKind(index.urn(urn)?.type ?? "") === HUB_GATEWAY) return urn;
  }
  const name = read.str("expressRouteGatewayName");
  if (isUnknown(name)) return UNKNOWN;
  if (typeof name !== "string") return undefined;
  const rg = r.props.resourceGroupName;
  const found = ofKind(index.resources, HUB_GATEWAY).find((g) => {
    const gName =
      typeof g.props.expressRouteGatewayName === "string" ? g.props.expressRouteGatewayName : g.name;
    const gGroup = g.props.resourceGroupName;
    return gName === name && (typeof rg !== "string" || typeof gGroup !== "string" || rg === gGroup);
  });
  return found?.urn ?? `name:${typeof rg === "string" ? `${rg}/` : ""}${name}`;
}

/** A hub connection from its props (a standalone resource, or an inline item of its gateway). */
function hubConnection(
  index: ResourceIndex,
  r: AzureResource,
  read: PropReader,
  key: string,
  gatewayKey: Maybe<string>,
  peeringOwner: ReadonlyMap<string, Maybe<string>>,
  circuits: ReadonlyMap<string, CircuitModel>,
): ConnectionModel {
  const inline = read.base !== "";
  const at = (p: string) => read.pathOf(p);
  // An inline item's references are property dependencies of the whole list: they name its peering only
  // when the list depends on a single circuit.
  const listDependencies = (r.propertyDependencies?.expressRouteConnections ?? []).filter((u) =>
    [CIRCUIT, PEERING].includes(azureNativeKind(index.urn(u)?.type ?? "") ?? ""),
  );
  const dependencies = !inline
    ? (r.propertyDependencies?.expressRouteCircuitPeering ?? [])
    : listDependencies.length === 1
      ? listDependencies
      : [];
  const view: AzureResource = {
    ...r,
    propertyDependencies: { ...r.propertyDependencies, expressRouteCircuitPeering: dependencies },
  };
  // A known id that is not a peering's is a shape issue (property-shape), as for a VNet link's ids.
  refId(read, "expressRouteCircuitPeering", ARM_TYPES.peering);
  return {
    key,
    origin: {
      resource: r.urn,
      path: inline ? read.base : undefined,
      fields: {
        "virtualNetworkGateway1.id": inline ? read.base : "expressRouteGatewayName",
        "peer.id": at("expressRouteCircuitPeering.id"),
        connectionType: inline ? read.base : "expressRouteGatewayName",
      },
    },
    connectionType: "ExpressRoute",
    gatewayKey,
    circuitKey: circuitOfPeeringRef(index, view, "expressRouteCircuitPeering", read, peeringOwner),
    circuitPeering: peeringNameOf(read, dependencies, circuits),
    routingWeight: read.num("routingWeight"),
    fastPath: read.bool("expressRouteGatewayBypass"),
    privateLinkFastPath: read.bool("enablePrivateLinkFastPath"),
    authorization: authorizationOf(index, r, read),
  };
}

/**
 * Translates the Virtual WAN resources: Virtual WANs, hubs, the hubs' ExpressRoute gateways and their circuit
 * connections (standalone `ExpressRouteConnection`s and the gateway's inline `expressRouteConnections`).
 * References are linked by property dependencies first and ARM ids second, as for virtual network gateways.
 */
export function virtualWanFrom(
  index: ResourceIndex,
  issues: ShapeIssue[],
  circuits: ReadonlyMap<string, CircuitModel>,
  peeringOwner: ReadonlyMap<string, Maybe<string>>,
): VirtualWanPart {
  const resources = index.resources;
  const virtualWans: VirtualWanModel[] = ofKind(resources, VIRTUAL_WAN).map((r) => ({
    key: r.urn,
    origin: { resource: r.urn },
    type: enumStr(readerOf(r, issues), "type", VIRTUAL_WAN_TYPES.value),
  }));
  const virtualHubs: VirtualHubModel[] = ofKind(resources, VIRTUAL_HUB).map((r) => {
    const read = readerOf(r, issues);
    return {
      key: r.urn,
      origin: { resource: r.urn, fields: { wan: "virtualWan.id" } },
      location: read.str("location"),
      wanKey: index.resolve(r, "virtualWan", refId(read, "virtualWan", ARM_TYPES.virtualWan), [VIRTUAL_WAN]),
      addressPrefix: read.str("addressPrefix"),
      sku: enumStr(read, "sku", VIRTUAL_WAN_TYPES.value),
    };
  });
  const gateways: GatewayModel[] = [];
  const connections: ConnectionModel[] = [];
  for (const r of ofKind(resources, HUB_GATEWAY)) {
    const read = readerOf(r, issues);
    gateways.push({
      key: r.urn,
      origin: {
        resource: r.urn,
        fields: { hub: "virtualHub.id", connections: "expressRouteConnections" },
      },
      location: read.str("location"),
      // "" marks a hub gateway that names no hub (virtual-wan-type-expressroute reports it).
      hubKey:
        index.resolve(r, "virtualHub", refId(read, "virtualHub", ARM_TYPES.virtualHub), [VIRTUAL_HUB]) ?? "",
      gatewayType: "ExpressRoute",
      skuName: undefined,
      scaleMin: read.num("autoScaleConfiguration.bounds.min"),
      scaleMax: read.num("autoScaleConfiguration.bounds.max"),
      subnetKey: undefined,
    });
    const inline = read.objects("expressRouteConnections");
    if (isUnknown(inline)) continue;
    for (const { index: i, reader } of inline ?? []) {
      const key = `${r.urn}#expressRouteConnections[${i}]`;
      connections.push(hubConnection(index, r, reader, key, r.urn, peeringOwner, circuits));
    }
  }
  for (const x of ofKind(resources, HUB_CONNECTION)) {
    const read = readerOf(x, issues);
    const gatewayKey = owningGateway(index, x, read);
    connections.push(hubConnection(index, x, read, x.urn, gatewayKey, peeringOwner, circuits));
  }
  return { virtualWans, virtualHubs, gateways, connections };
}
