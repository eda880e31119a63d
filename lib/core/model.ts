/**
 * The topology model: plain, JSON-serialisable data that the components and the policy pack both build, and
 * that every rule reads. A field is `undefined` when it is not set and {@link UNKNOWN} when it is set to a
 * value that is only known at deploy time.
 */

/** A value that is set but only known at deploy time. */
export const UNKNOWN = Object.freeze({ unknown: true as const });
export type Unknown = typeof UNKNOWN;

/**
 * The key prefix of a reference whose literal id is not the id of an ExpressRoute circuit's peering (for
 * Global Reach, which connects two circuits' private peerings); the raw id follows the prefix.
 */
export const NOT_A_PEERING_ID = "not-a-peering-id:";

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
  /** The peering type; when the user omits it, Azure takes it from the peering's name. */
  readonly peeringType: Maybe<string>;
  /** The peering's name (`peeringName`), which Azure requires to be its type; undefined when not given. */
  readonly name?: Maybe<string>;
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
  /**
   * True for a circuit declared outside the model (an existing circuit a standalone peering or connection
   * refers to): only what refers to it is checked, not the circuit itself.
   */
  readonly external?: boolean;
  /** Azure region of the circuit resource. */
  readonly location: Maybe<string>;
  readonly sku: SkuModel;
  /** Provider circuit properties; absent on ExpressRoute Direct circuits. */
  readonly provider?: ProviderModel;
  /** ExpressRoute Direct properties; absent on provider circuits. */
  readonly direct?: DirectCircuitModel;
  readonly peerings: readonly PeeringModel[];
  /**
   * True when the circuit's inline peerings are only known at deploy time: its peerings cannot be judged yet.
   * @default false
   */
  readonly peeringsUnknown?: boolean;
  /** VNet links and Global Reach connections the circuit has outside this model (declared by the user). */
  readonly additionalLinks?: number;
  /**
   * Circuit authorizations declared in this model (inline `authorizations` and standalone authorization
   * resources), or unknown when the inline list is only known at deploy time.
   * @default 0
   */
  readonly authorizations?: Maybe<number>;
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

/** A VNet: its region and address space, and its subnets (inline or standalone). */
export interface VnetModel extends Entity {
  readonly location: Maybe<string>;
  readonly addressPrefixes: Maybe<readonly string[]>;
  readonly subnets: readonly SubnetModel[];
}

/** A subnet of a VNet. */
export interface SubnetModel {
  readonly key: string;
  readonly name: Maybe<string>;
  /** The subnet's (IPv4) prefix: `addressPrefix`, else the first IPv4 prefix of `addressPrefixes`. */
  readonly addressPrefix: Maybe<string>;
  /**
   * Every prefix of the subnet (`addressPrefix` and `addressPrefixes`); an IPv6 prefix makes a GatewaySubnet
   * dual-stack.
   * @default only `addressPrefix`
   */
  readonly addressPrefixes?: Maybe<readonly string[]>;
}

/** A Virtual WAN (`network.VirtualWan`). */
export interface VirtualWanModel extends Entity {
  /** The Virtual WAN type, `Standard` or `Basic` (Azure's default is Standard). */
  readonly type: Maybe<string>;
}

/** A Virtual WAN hub (`network.VirtualHub`). */
export interface VirtualHubModel extends Entity {
  readonly location: Maybe<string>;
  /** Key of the hub's Virtual WAN in this model, `id:<id>` outside it. */
  readonly wanKey: Maybe<string>;
  /** The hub's address prefix (a /24 or larger). */
  readonly addressPrefix: Maybe<string>;
  /** The hub's `sku`, `Standard` or `Basic`; unset, the hub takes its Virtual WAN's type. */
  readonly sku: Maybe<string>;
}

/**
 * An ExpressRoute gateway: a virtual network gateway in a VNet's GatewaySubnet, or the ExpressRoute gateway
 * of a Virtual WAN hub (`network.ExpressRouteGateway`, with {@link GatewayModel.hubKey} set).
 */
export interface GatewayModel extends Entity {
  /** The gateway resource's region; a hub gateway is in its hub's region (see `hubKey`). */
  readonly location: Maybe<string>;
  /**
   * The Virtual WAN hub of a hub gateway: its key in this model, or `id:<id>` outside it. Absent on virtual
   * network gateways.
   * @default absent (a virtual network gateway)
   */
  readonly hubKey?: Maybe<string>;
  readonly gatewayType: Maybe<string>;
  readonly skuName: Maybe<string>;
  /** Autoscale bounds in scale units: ErGwScale's, or a hub gateway's. */
  readonly scaleMin: Maybe<number>;
  readonly scaleMax: Maybe<number>;
  /** Key of the subnet (in a VNet of the model) the gateway sits in, or its id when outside the model. */
  readonly subnetKey: Maybe<string>;
}

/**
 * A circuit connection: a VNet link (a gateway connection of type ExpressRoute from a virtual network gateway
 * to a circuit), or a Virtual WAN hub connection (`network.ExpressRouteConnection`, from a hub gateway to a
 * circuit's peering).
 */
export interface ConnectionModel extends Entity {
  readonly connectionType: Maybe<string>;
  /** Key of the gateway (virtualNetworkGateway1). */
  readonly gatewayKey: Maybe<string>;
  /** Key of the circuit (peer). */
  readonly circuitKey: Maybe<string>;
  readonly routingWeight: Maybe<number>;
  /** FastPath (`expressRouteGatewayBypass`). */
  readonly fastPath: Maybe<boolean>;
  readonly privateLinkFastPath: Maybe<boolean>;
  /**
   * Which circuit authorization the connection redeems (`authorizationKey`): an identity of the authorization
   * (its resource, or a digest of the key), never the key itself; undefined when the connection redeems none.
   */
  readonly authorization?: Maybe<string>;
  /**
   * The peering a hub connection names (`expressRouteCircuitPeering.id`): its name, `AzurePrivatePeering` when it
   * is the private peering; absent on VNet links, which name the circuit.
   * @default absent (a VNet link)
   */
  readonly circuitPeering?: Maybe<string>;
}

/** A Global Reach connection between the private peerings of two circuits, configured on one of them. */
export interface GlobalReachModel extends Entity {
  /** The circuit it is configured on. */
  readonly circuitKey: Maybe<string>;
  readonly peerCircuitKey: Maybe<string>;
  /** The /29 for the connection. */
  readonly addressPrefix: Maybe<string>;
  /** The /125 when IPv6 is on. */
  readonly ipv6AddressPrefix: Maybe<string>;
  /** Which authorization of the peer circuit the connection redeems (see {@link ConnectionModel.authorization}). */
  readonly authorization?: Maybe<string>;
}

/** An address range the user declares as used (on-premises networks), that Global Reach must not overlap. */
export interface UsedRangeModel extends Entity {
  readonly prefix: string;
}

/** The whole topology: everything the rules look at. */
export interface TopologyModel {
  readonly circuits: readonly CircuitModel[];
  readonly routeFilters: readonly RouteFilterModel[];
  readonly ports: readonly PortModel[];
  readonly vnets?: readonly VnetModel[];
  readonly gateways?: readonly GatewayModel[];
  readonly virtualWans?: readonly VirtualWanModel[];
  readonly virtualHubs?: readonly VirtualHubModel[];
  readonly connections?: readonly ConnectionModel[];
  readonly globalReach?: readonly GlobalReachModel[];
  readonly usedRanges?: readonly UsedRangeModel[];
  /** Properties the rules read whose values have another type than azure-native declares. */
  readonly shapeIssues?: readonly {
    /** The resource (URN or component name). */
    readonly resource: string;
    /** The property as the user wrote it. */
    readonly path: string;
    /** What is declared there, e.g. `a number`. */
    readonly expected: string;
    readonly value: unknown;
  }[];
  /** Printable forms of the values the user marked secret: no finding prints them. */
  readonly secrets?: readonly string[];
  /**
   * What watches and guards the estate: metric alerts, locks and diagnostic settings. Absent when the model
   * does not say (a rule about them then has nothing to judge).
   */
  readonly operations?: OperationsModel;
}

/** A metric alert rule, as far as the operations rules read it. */
export interface AlertModel {
  readonly key: string;
  /** The keys of the resources the alert watches (URNs, component names, or `id:<arm id>` outside the model). */
  readonly scopes: Maybe<readonly Maybe<string>[]>;
  /** Each criterion's metric and the dimensions it splits by. */
  readonly criteria: Maybe<
    readonly { readonly metric: Maybe<string>; readonly splitBy: readonly string[] }[]
  >;
}

/** A management lock: on one resource (`scope`), on a resource group, or on the subscription. */
export interface LockModel {
  readonly key: string;
  readonly scope?: Maybe<string>;
  readonly resourceGroupName?: Maybe<string>;
  readonly subscription?: boolean;
}

/** A diagnostic setting and the resource whose logs it sends. */
export interface DiagnosticModel {
  readonly key: string;
  readonly target: Maybe<string>;
}

export interface OperationsModel {
  readonly alerts: readonly AlertModel[];
  readonly locks: readonly LockModel[];
  readonly diagnostics: readonly DiagnosticModel[];
  /** Each circuit's and port's resource group, by key, for resource-group locks. */
  readonly resourceGroups?: Readonly<Record<string, Maybe<string>>>;
}

/** An empty model, to spread into partial ones. */
export const EMPTY_MODEL: TopologyModel = { circuits: [], routeFilters: [], ports: [] };
