import { NOT_A_PEERING_ID, UNKNOWN, isUnknown, type Maybe } from "../model";
import { armIdPattern } from "../arm-id";
import { canonical } from "../canonical";
import { authorizationOfKey } from "../secret-digest";
import { azureNativeKind } from "./arm-shapes";
import { PropReader, type ShapeIssue } from "./props";
import { ResourceIndex, circuitIdOfPeeringId, type AzureResource } from "./resource-index";

// Readers shared by the translators of the circuit, gateway and Virtual WAN resources.

export const CIRCUIT = "network:ExpressRouteCircuit";
export const PEERING = "network:ExpressRouteCircuitPeering";
export const AUTHORIZATION = "network:ExpressRouteCircuitAuthorization";

/** Reads a resource's props, recording properties of the wrong type in `issues`. */
export function readerOf(r: AzureResource, issues: ShapeIssue[]): PropReader {
  return new PropReader(r.urn, r.props, "", issues);
}

/** A string prop in its canonical spelling among `allowed` (see {@link canonical}). */
export function enumStr(read: PropReader, path: string, allowed: readonly string[]): Maybe<string> {
  return canonical(read.str(path), allowed);
}

/**
 * Which circuit authorization a connection redeems: a digest of its key when the key is known, else the
 * authorization resource its key came from (a property dependency), never the key itself.
 */
export function authorizationOf(index: ResourceIndex, r: AzureResource, read: PropReader): Maybe<string> {
  const key = read.str("authorizationKey");
  if (typeof key === "string" && key !== "") return authorizationOfKey(key);
  for (const urn of r.propertyDependencies?.authorizationKey ?? []) {
    if (azureNativeKind(index.urn(urn)?.type ?? "") === AUTHORIZATION) return `authorization:${urn}`;
  }
  return isUnknown(key) ? UNKNOWN : undefined;
}

/** The resources of one azure-native kind (`network:VirtualHub`), any API version. */
export function ofKind(resources: readonly AzureResource[], kind: string): AzureResource[] {
  return resources.filter((r) => azureNativeKind(r.type) === kind);
}

/** The `id` of the reference at `property`, checked to be the ARM id of a resource of `type`. */
export function refId(read: PropReader, property: string, id: { type: string; what: string }): Maybe<string> {
  const ref = read.object(property);
  return ref === undefined ? undefined : isUnknown(ref) ? UNKNOWN : ref.armId("id", id);
}

/** The ARM id of an ExpressRoute circuit's peering (any peering name). */
export const PEERING_ID = armIdPattern("expressRouteCircuits/[^/]+/peerings");

/**
 * Resolves a peering reference (Global Reach, a hub connection) to the key of the circuit that owns the
 * peering; an id that is not a peering's is kept with the {@link NOT_A_PEERING_ID} prefix.
 */
export function circuitOfPeeringRef(
  index: ResourceIndex,
  r: AzureResource,
  property: string,
  read: PropReader,
  peeringOwner: ReadonlyMap<string, Maybe<string>>,
): Maybe<string> {
  const ref = read.object(property);
  const id = ref === undefined ? undefined : isUnknown(ref) ? UNKNOWN : ref.str("id");
  const resolved = index.resolve(
    r,
    property,
    isUnknown(id) || typeof id !== "string" ? id : circuitIdOfPeeringId(id),
    [CIRCUIT, PEERING],
  );
  if (typeof resolved === "string" && peeringOwner.has(resolved)) return peeringOwner.get(resolved);
  // Outside the stack, only the id's shape says whether it names a circuit's peering at all.
  if (typeof resolved === "string" && resolved.startsWith("id:"))
    return typeof id === "string" && PEERING_ID.test(id) ? resolved : `${NOT_A_PEERING_ID}${id}`;
  return resolved;
}
