import * as pulumi from "@pulumi/pulumi";
import type { SkuTier } from "../core/facts/circuit";
import type { CircuitModel, Origin, PortModel } from "../core/model";
import type { CircuitComponent } from "./circuit-component";

/** A circuit this program did not create (another stack, another team): its id and what the rules need. */
export interface ExistingCircuit {
  /**
   * The circuit's ARM id (`/subscriptions/.../expressRouteCircuits/<name>`), e.g. another stack's output. An id
   * known only at deploy time is checked when it resolves.
   */
  readonly circuitId: pulumi.Input<string>;
  /** Its peering location (for a Direct circuit, the port's location). */
  readonly peeringLocation: string;
  /**
   * Its Azure region, which tells its cloud (a US Government circuit's is e.g. `usgovvirginia`).
   * @default a region of the public cloud
   */
  readonly location?: string;
  /** Its SKU tier (Local, Standard or Premium): decides its reach and its VNet-link limit. */
  readonly skuTier: SkuTier;
  /** Its bandwidth in Mbps (a Direct circuit's Gbps times 1000): decides a Premium circuit's VNet-link limit. */
  readonly bandwidthInMbps: number;
  /**
   * VNet links and Global Reach connections it already has (they count against its limit).
   * @default 0
   */
  readonly existingLinks?: number;
  /**
   * Whether it is an ExpressRoute Direct circuit (Private Link FastPath needs one).
   * @default false
   */
  readonly direct?: boolean;
  /**
   * Whether its private peering has IPv6 as well as IPv4 (a dual-stack gateway links only such circuits).
   * @default false
   */
  readonly ipv6PrivatePeering?: boolean;
}

/** What a circuit id that is not one looks like, for errors. */
export const CIRCUIT_ID_SHAPE =
  "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/expressRouteCircuits/<name>";

/**
 * The resource group and name of an existing circuit, for hosting a connection on it: parsed now from a plain
 * id, or when an id from another stack resolves (failing the resources that use it if it is not a circuit id).
 */
export function circuitHost(id: pulumi.Input<string>): {
  resourceGroupName: pulumi.Input<string>;
  circuitName: pulumi.Input<string>;
} {
  if (typeof id === "string") {
    const parsed = parseCircuitId(id);
    if (parsed) return parsed;
  }
  const parsed = pulumi.output(id).apply((resolved) => {
    const p = parseCircuitId(resolved);
    if (!p)
      throw new Error(
        `existing.circuitId ${JSON.stringify(resolved)} is not an ExpressRoute circuit id; allowed: ${CIRCUIT_ID_SHAPE} [global-reach-pool]`,
      );
    return p;
  });
  return { resourceGroupName: parsed.resourceGroupName, circuitName: parsed.circuitName };
}

/** Resource group and name of a circuit from its ARM id, or undefined when the id is not a circuit id. */
export function parseCircuitId(id: string): { resourceGroupName: string; circuitName: string } | undefined {
  const m =
    /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/expressRouteCircuits\/([^/]+)$/i.exec(
      id,
    );
  return m ? { resourceGroupName: m[1], circuitName: m[2] } : undefined;
}

/** A circuit, created here or existing, as the rules see it (with its Direct port when it has one). */
export function circuitRefModel(
  key: string,
  ref: { readonly circuit?: CircuitComponent; readonly existing?: ExistingCircuit },
  origin: Origin,
): { circuit: CircuitModel; ports: PortModel[] } {
  const info = ref.circuit?.info;
  const tier = info?.tier ?? ref.existing?.skuTier;
  const location = info?.peeringLocation ?? ref.existing?.peeringLocation;
  const bandwidth = info?.bandwidthInMbps ?? ref.existing?.bandwidthInMbps;
  const direct = info?.direct ?? ref.existing?.direct ?? false;
  // A circuit whose peerings are not configured yet has no private peering to link or reach. An existing
  // circuit's prefixes are not known here, only whether its private peering has IPv6.
  const pp = info
    ? info.peeringsConfigured
      ? info.privatePeering
      : undefined
    : { primary: undefined, secondary: undefined, ipv6Primary: undefined, ipv6Secondary: undefined };
  const hasIpv6 = info ? pp?.ipv6Primary !== undefined : Boolean(ref.existing?.ipv6PrivatePeering);
  const ports: PortModel[] = direct
    ? [
        {
          key: `${key}:port`,
          origin,
          peeringLocation: location,
          bandwidthInGbps: undefined,
          encapsulation: undefined,
          links: undefined,
          userAssignedIdentities: undefined,
        },
      ]
    : [];
  const circuit: CircuitModel = {
    key,
    origin,
    location: info ? info.location : ref.existing?.location,
    sku: { tier, family: info?.family, name: undefined },
    provider: direct
      ? undefined
      : { serviceProviderName: undefined, peeringLocation: location, bandwidthInMbps: bandwidth },
    direct: direct
      ? {
          portKey: `${key}:port`,
          portBandwidthInGbps: undefined,
          bandwidthInGbps: bandwidth === undefined ? undefined : bandwidth / 1000,
        }
      : undefined,
    peerings: pp
      ? [
          {
            key: `${key}:AzurePrivatePeering`,
            origin,
            peeringType: "AzurePrivatePeering",
            primaryPeerAddressPrefix: pp.primary,
            secondaryPeerAddressPrefix: pp.secondary,
            ipv6: hasIpv6
              ? { primaryPeerAddressPrefix: pp.ipv6Primary, secondaryPeerAddressPrefix: pp.ipv6Secondary }
              : undefined,
            vlanId: undefined,
            peerAsn: undefined,
            sharedKey: undefined,
            routeFilter: undefined,
          },
        ]
      : [],
    additionalLinks: ref.circuit ? ref.circuit.links : (ref.existing?.existingLinks ?? 0),
  };
  return { circuit, ports };
}
