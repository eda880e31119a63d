import { isUnknown } from "../model";
import type { Reporter } from "./rule";
import type { LocationCatalog, PeeringLocation } from "../facts/peering-locations";
import type { CircuitModel, ConnectionModel, GatewayModel, PeeringModel, TopologyModel } from "../model";

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
  return loc === undefined ? undefined : (catalog.find(loc) ?? catalog.findDirectPortLocation(loc));
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
