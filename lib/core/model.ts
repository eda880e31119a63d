/**
 * The topology model: plain, JSON-serialisable data that the components and the policy pack both build, and
 * that every rule reads. A field is `undefined` when it is not set and {@link UNKNOWN} when it is set to a
 * value that is only known at deploy time.
 */

/** A value that is set but only known at deploy time. */
export const UNKNOWN = Object.freeze({ unknown: true as const });
export type Unknown = typeof UNKNOWN;

/** A field that may be unset (`undefined`) or unknown until deployment. */
export type Maybe<T> = T | Unknown | undefined;

/** True for {@link UNKNOWN} (compares by shape, so it survives JSON round trips). */
export function isUnknown(v: unknown): v is Unknown {
  return typeof v === "object" && v !== null && (v as { unknown?: unknown }).unknown === true;
}

/** Where a model entity came from, so findings name what the user wrote. */
export interface Origin {
  /** The resource the entity belongs to: a component name or a Pulumi URN. */
  readonly resource: string;
  /** Property path prefix of the entity as the user wrote it, e.g. `privatePeering` or `peerings[0]`. */
  readonly path?: string;
  /** Per-field overrides of the user-facing path, e.g. `{ primaryPeerAddressPrefix: "privatePeering.peerAddressPrefix" }`. */
  readonly fields?: Readonly<Record<string, string>>;
}

/** Any model entity: it has a model-unique key and an origin. */
export interface Entity {
  /** Unique key of the entity within the model (a component-derived name or a URN with a suffix). */
  readonly key: string;
  readonly origin: Origin;
}

export interface SkuModel {
  readonly tier: Maybe<string>;
  readonly family: Maybe<string>;
  /** The SKU name as written; undefined when the caller derives it from tier and family. */
  readonly name: Maybe<string>;
}

export interface ProviderModel {
  readonly serviceProviderName: Maybe<string>;
  readonly peeringLocation: Maybe<string>;
  readonly bandwidthInMbps: Maybe<number>;
}

export interface DirectCircuitModel {
  /** Key of the port entity in this model, when the port is part of it. */
  readonly portKey: Maybe<string>;
  /** Port speed when the port is not in the model (e.g. an existing port). */
  readonly portBandwidthInGbps: Maybe<number>;
  readonly bandwidthInGbps: Maybe<number>;
}

export interface MicrosoftPeeringModel {
  readonly advertisedPublicPrefixes: Maybe<readonly string[]>;
  readonly customerAsn: Maybe<number>;
  readonly routingRegistryName: Maybe<string>;
}

export interface PeeringModel extends Entity {
  readonly peeringType: Maybe<string>;
  readonly primaryPeerAddressPrefix: Maybe<string>;
  readonly secondaryPeerAddressPrefix: Maybe<string>;
  readonly vlanId: Maybe<number>;
  readonly peerAsn: Maybe<number>;
  /** The BGP MD5 key; never echoed in findings. */
  readonly sharedKey: Maybe<string>;
  readonly ipv6?: {
    readonly primaryPeerAddressPrefix: Maybe<string>;
    readonly secondaryPeerAddressPrefix: Maybe<string>;
  };
  readonly microsoft?: MicrosoftPeeringModel;
  /** Id (or model key) of the attached route filter; undefined when none is attached. */
  readonly routeFilter: Maybe<string>;
}

export interface CircuitModel extends Entity {
  /** Azure region of the circuit resource. */
  readonly location: Maybe<string>;
  readonly sku: SkuModel;
  /** Provider circuit properties; absent on ExpressRoute Direct circuits. */
  readonly provider?: ProviderModel;
  /** ExpressRoute Direct properties; absent on provider circuits. */
  readonly direct?: DirectCircuitModel;
  readonly peerings: readonly PeeringModel[];
}

export interface RouteFilterRuleModel {
  readonly access: Maybe<string>;
  readonly routeFilterRuleType: Maybe<string>;
  readonly communities: Maybe<readonly string[]>;
}

export interface RouteFilterModel extends Entity {
  readonly location: Maybe<string>;
  readonly rules: Maybe<readonly RouteFilterRuleModel[]>;
}

export interface PortLinkModel {
  readonly adminState: Maybe<string>;
  readonly macSec?: {
    readonly cknSecretIdentifier: Maybe<string>;
    readonly cakSecretIdentifier: Maybe<string>;
    readonly cipher: Maybe<string>;
  };
}

export interface PortModel extends Entity {
  readonly peeringLocation: Maybe<string>;
  readonly bandwidthInGbps: Maybe<number>;
  readonly encapsulation: Maybe<string>;
  readonly links: Maybe<readonly PortLinkModel[]>;
  /** User-assigned identities on the port (needed to read MACsec secrets). */
  readonly userAssignedIdentities: Maybe<readonly string[]>;
}

/** The whole topology: everything the rules look at. */
export interface TopologyModel {
  readonly circuits: readonly CircuitModel[];
  readonly routeFilters: readonly RouteFilterModel[];
  readonly ports: readonly PortModel[];
}

/** An empty model, to spread into partial ones. */
export const EMPTY_MODEL: TopologyModel = { circuits: [], routeFilters: [], ports: [] };
