import { UNKNOWN, isUnknown } from "../model";
import { nameKey } from "../suggest";
import type { Reporter } from "./rule";
import type { AzureCloud, LocationCatalog, PeeringLocation } from "../facts/peering-locations";
import type {
  CircuitModel,
  ConnectionModel,
  GatewayModel,
  Maybe,
  PeeringModel,
  SubnetModel,
  TopologyModel,
  VirtualHubModel,
} from "../model";

/** Every peering of every circuit, with its circuit. */
export function* eachPeering(
  model: TopologyModel,
): Generator<{ circuit: CircuitModel; peering: PeeringModel }> {
  for (const circuit of model.circuits) for (const peering of circuit.peerings) yield { circuit, peering };
}

/** Circuits declared in the model (not external ones that something merely refers to). */
export function declaredCircuits(model: TopologyModel): CircuitModel[] {
  return model.circuits.filter((c) => !c.external);
}

/** A circuit by key, when it is in the model. */
export function circuitByKey(model: TopologyModel, key: unknown): CircuitModel | undefined {
  return typeof key === "string" ? model.circuits.find((c) => c.key === key) : undefined;
}

/** The circuit's peering location, when known (provider circuits; Direct circuits through their port). */
export function peeringLocationOf(model: TopologyModel, c: CircuitModel): string | undefined {
  const loc = c.provider?.peeringLocation;
  if (typeof loc === "string") return loc;
  const portKey = c.direct?.portKey;
  const port = typeof portKey === "string" ? model.ports.find((p) => p.key === portKey) : undefined;
  return typeof port?.peeringLocation === "string" ? port.peeringLocation : undefined;
}

/** The circuit's bandwidth in Mbps, when known. */
export function bandwidthMbpsOf(c: CircuitModel): number | undefined {
  const mbps = c.provider?.bandwidthInMbps;
  if (typeof mbps === "number") return mbps;
  const gbps = c.direct?.bandwidthInGbps;
  return typeof gbps === "number" ? gbps * 1000 : undefined;
}

/** The connections (VNet links) whose circuit is `circuitKey`. */
export function connectionsOfCircuit(model: TopologyModel, circuitKey: string): ConnectionModel[] {
  return (model.connections ?? []).filter((x) => x.circuitKey === circuitKey);
}

/** The connections (VNet links) of a gateway. */
export function connectionsOfGateway(model: TopologyModel, gatewayKey: string): ConnectionModel[] {
  return (model.connections ?? []).filter((x) => x.gatewayKey === gatewayKey);
}

/** Whether a gateway is a Virtual WAN hub's ExpressRoute gateway (not a virtual network gateway). */
export function isHubGateway(g: GatewayModel): boolean {
  return g.hubKey !== undefined;
}

/** The virtual network gateways of the model (the rules about SKUs and GatewaySubnets concern only them). */
export function vnetGateways(model: TopologyModel): GatewayModel[] {
  return (model.gateways ?? []).filter((g) => !isHubGateway(g));
}

/** The ExpressRoute gateways of Virtual WAN hubs in the model. */
export function hubGateways(model: TopologyModel): GatewayModel[] {
  return (model.gateways ?? []).filter(isHubGateway);
}

/** The hub a hub gateway is in, when the model has it. */
export function hubOfGateway(model: TopologyModel, g: GatewayModel): VirtualHubModel | undefined {
  const key = g.hubKey;
  return typeof key === "string" ? (model.virtualHubs ?? []).find((h) => h.key === key) : undefined;
}

/**
 * The region a gateway serves: a hub gateway's hub's region when the model has the hub (Azure places the
 * gateway there), else the gateway resource's own `location`.
 */
export function gatewayRegion(model: TopologyModel, g: GatewayModel): Maybe<string> {
  const hub = hubOfGateway(model, g);
  return hub && hub.location !== undefined ? hub.location : g.location;
}

/** A gateway by key, when it is in the model. */
export function gatewayByKey(model: TopologyModel, key: unknown): GatewayModel | undefined {
  return typeof key === "string" ? (model.gateways ?? []).find((g) => g.key === key) : undefined;
}

/**
 * The catalog entry of a circuit's site: its peering location, or the metro of its Direct port's facility
 * (`Equinix-Amsterdam-AM5` is Amsterdam).
 */
export function siteOf(
  model: TopologyModel,
  catalog: LocationCatalog,
  c: CircuitModel,
): PeeringLocation | undefined {
  const loc = peeringLocationOf(model, c);
  if (loc === undefined) return undefined;
  const cloud = cloudOfCircuit(catalog, c);
  return catalog.find(loc, cloud) ?? catalog.findDirectPortLocation(loc, cloud);
}

/** A circuit's location name for comparisons: the catalog's spelling when known, else as written. */
export function siteNameOf(
  model: TopologyModel,
  catalog: LocationCatalog,
  c: CircuitModel,
): string | undefined {
  return siteOf(model, catalog, c)?.location ?? peeringLocationOf(model, c);
}

/**
 * Says (advisory, unverifiable) that a count over connections cannot be checked for each connection whose
 * gateway or circuit is only known at deploy time, so such a count never passes silently.
 */
export function reportUnknownEnds(
  model: TopologyModel,
  report: Reporter,
  end: "gatewayKey" | "circuitKey",
  what: string,
): void {
  for (const x of model.connections ?? []) {
    if (isUnknown(x[end])) {
      report.cannotVerify(
        x,
        end === "gatewayKey" ? "virtualNetworkGateway1.id" : "peer.id",
        `the connection's ${what} is unknown at preview`,
      );
    }
  }
}

/** The subnet (in a VNet of the model) an ExpressRoute gateway sits in, when the model has it. */
export function subnetOfGateway(model: TopologyModel, g: GatewayModel): SubnetModel | undefined {
  const key = g.subnetKey;
  if (typeof key !== "string") return undefined;
  for (const v of model.vnets ?? []) for (const s of v.subnets) if (s.key === key) return s;
  return undefined;
}

/**
 * Whether a gateway is dual-stack (its GatewaySubnet has an IPv6 prefix): true, false, or UNKNOWN when the
 * subnet's prefixes are only known at deploy time; undefined when the subnet is not in the model.
 */
export function gatewayDualStack(model: TopologyModel, g: GatewayModel): Maybe<boolean> {
  const subnet = subnetOfGateway(model, g);
  if (!subnet) return undefined;
  const all = subnet.addressPrefixes;
  if (isUnknown(all) || (Array.isArray(all) && all.some(isUnknown))) return UNKNOWN;
  const prefixes = [
    ...(all ?? []),
    ...(typeof subnet.addressPrefix === "string" ? [subnet.addressPrefix] : []),
  ];
  return prefixes.some((p) => typeof p === "string" && p.includes(":"));
}

/** The cloud a circuit is in: its region's cloud when the catalog knows it, else the public cloud. */
export function cloudOfCircuit(catalog: LocationCatalog, c: CircuitModel): AzureCloud {
  const region = c.location;
  return (typeof region === "string" && catalog.cloudOfAzureRegion(region)) || "public";
}

/**
 * The sites a gateway's VNet links reach: each peering location once (by name), with its metro, and whether
 * any of them is an ExpressRoute Metro location. Links to circuits outside the model, or at locations the
 * catalog does not know, are left out.
 */
export function gatewaySites(
  model: TopologyModel,
  catalog: LocationCatalog,
  g: GatewayModel,
): { locations: string[]; metros: string[]; metroLocation: boolean } {
  const locations = new Map<string, string>();
  const metros = new Map<string, string>();
  let metroLocation = false;
  for (const x of connectionsOfGateway(model, g.key)) {
    const c = circuitByKey(model, x.circuitKey);
    const name = c ? siteNameOf(model, catalog, c) : undefined;
    if (!c || !name) continue;
    const site = siteOf(model, catalog, c);
    const metro = site ? catalog.metroOf(site) : name;
    locations.set(nameKey(name), name);
    metros.set(nameKey(metro), metro);
    metroLocation ||= Boolean(site?.metroSites);
  }
  return { locations: [...locations.values()], metros: [...metros.values()], metroLocation };
}
