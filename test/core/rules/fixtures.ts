/**
 * A small builder for topology models: a valid provider circuit with a valid dual-BGP private peering at
 * Amsterdam (Standard_MeteredData, 1000 Mbps), a valid Microsoft peering with its route filter, a valid
 * ExpressRoute Direct port with a circuit on it, a second circuit at London joined to Amsterdam by Global
 * Reach, and a hub VNet whose ErGw1AZ gateway links the circuits. Every helper takes overrides, so a test
 * states only the field it breaks.
 */
import { show, type Finding } from "../../../lib/core/findings";
import {
  EMPTY_MODEL,
  type CircuitModel,
  type ConnectionModel,
  type DirectCircuitModel,
  type GatewayModel,
  type GlobalReachModel,
  type MicrosoftPeeringModel,
  type PeeringModel,
  type PortLinkModel,
  type PortModel,
  type ProviderModel,
  type RouteFilterModel,
  type RouteFilterRuleModel,
  type SkuModel,
  type TopologyModel,
  type UsedRangeModel,
  type VnetModel,
} from "../../../lib/core/model";
import type { Rule } from "../../../lib/core/rules";
import { validateTopology } from "../../../lib/core/validate";

export const CIRCUIT = "ams";
export const DIRECT_CIRCUIT = "ams-direct";
export const PORT = "port-ams";
export const ROUTE_FILTER = "ams:route-filter";
export const LONDON_CIRCUIT = "lon";
export const VNET = "hub-vnet";
export const GATEWAY_SUBNET = `${VNET}:GatewaySubnet`;
export const GATEWAY = "hub-gw";
export const CONNECTION = "hub-gw:ams";
export const LONDON_CONNECTION = "hub-gw:lon";
export const GLOBAL_REACH = "ams:global-reach:lon";

// ---------------------------------------------------------------------------------------------------------
// Entities
// ---------------------------------------------------------------------------------------------------------

export function sku(overrides: Partial<SkuModel> = {}): SkuModel {
  return { tier: "Standard", family: "MeteredData", name: "Standard_MeteredData", ...overrides };
}

export function provider(overrides: Partial<ProviderModel> = {}): ProviderModel {
  return {
    serviceProviderName: "Equinix",
    peeringLocation: "Amsterdam",
    bandwidthInMbps: 1000,
    ...overrides,
  };
}

/** A valid dual-BGP private peering (192.168.100.128/29 split into two /30s), VLAN 100, private ASN. */
export function privatePeering(overrides: Partial<PeeringModel> = {}): PeeringModel {
  return {
    key: `${CIRCUIT}:AzurePrivatePeering`,
    origin: { resource: CIRCUIT, path: "privatePeering" },
    peeringType: "AzurePrivatePeering",
    primaryPeerAddressPrefix: "192.168.100.128/30",
    secondaryPeerAddressPrefix: "192.168.100.132/30",
    vlanId: 100,
    peerAsn: 65010,
    sharedKey: undefined,
    routeFilter: undefined,
    ...overrides,
  };
}

export function microsoftConfig(overrides: Partial<MicrosoftPeeringModel> = {}): MicrosoftPeeringModel {
  return {
    advertisedPublicPrefixes: ["123.1.0.0/24"],
    customerAsn: undefined,
    routingRegistryName: "ARIN",
    ...overrides,
  };
}

/** A valid Microsoft peering on public /30s, VLAN 200, a public ASN, and the route filter attached. */
export function microsoftPeering(overrides: Partial<PeeringModel> = {}): PeeringModel {
  return {
    key: `${CIRCUIT}:MicrosoftPeering`,
    origin: { resource: CIRCUIT, path: "microsoftPeering" },
    peeringType: "MicrosoftPeering",
    primaryPeerAddressPrefix: "123.1.0.0/30",
    secondaryPeerAddressPrefix: "123.1.0.4/30",
    vlanId: 200,
    peerAsn: 20000,
    sharedKey: undefined,
    microsoft: microsoftConfig(),
    routeFilter: ROUTE_FILTER,
    ...overrides,
  };
}

export function routeFilterRule(overrides: Partial<RouteFilterRuleModel> = {}): RouteFilterRuleModel {
  return { access: "Allow", routeFilterRuleType: "Community", communities: ["12076:5010"], ...overrides };
}

/** A valid route filter in the circuit's region with one Allow rule of BGP communities. */
export function routeFilter(overrides: Partial<RouteFilterModel> = {}): RouteFilterModel {
  return {
    key: ROUTE_FILTER,
    origin: { resource: ROUTE_FILTER },
    location: "westeurope",
    rules: [routeFilterRule()],
    ...overrides,
  };
}

/** A valid Standard_MeteredData provider circuit at Amsterdam, 1000 Mbps, with a private peering. */
export function circuit(overrides: Partial<CircuitModel> = {}): CircuitModel {
  return {
    key: CIRCUIT,
    origin: { resource: CIRCUIT },
    location: "westeurope",
    sku: sku(),
    provider: provider(),
    peerings: [privatePeering()],
    ...overrides,
  };
}

export function directProperties(overrides: Partial<DirectCircuitModel> = {}): DirectCircuitModel {
  return { portKey: PORT, portBandwidthInGbps: undefined, bandwidthInGbps: 5, ...overrides };
}

/** A valid 5 Gbps ExpressRoute Direct circuit on {@link port}, with a private peering. */
export function directCircuit(overrides: Partial<CircuitModel> = {}): CircuitModel {
  return {
    key: DIRECT_CIRCUIT,
    origin: { resource: DIRECT_CIRCUIT },
    location: "westeurope",
    sku: sku(),
    direct: directProperties(),
    peerings: [
      privatePeering({
        key: `${DIRECT_CIRCUIT}:AzurePrivatePeering`,
        origin: { resource: DIRECT_CIRCUIT, path: "privatePeering" },
      }),
    ],
    ...overrides,
  };
}

export const KEY_VAULT_CKN = "https://er-vault.vault.azure.net/secrets/macsec-ckn";
export const KEY_VAULT_CAK = "https://er-vault.vault.azure.net/secrets/macsec-cak";

export function macSec(
  overrides: Partial<NonNullable<PortLinkModel["macSec"]>> = {},
): PortLinkModel["macSec"] {
  return {
    cknSecretIdentifier: KEY_VAULT_CKN,
    cakSecretIdentifier: KEY_VAULT_CAK,
    cipher: "GcmAesXpn256",
    ...overrides,
  };
}

export function portLink(overrides: Partial<PortLinkModel> = {}): PortLinkModel {
  return { adminState: "Enabled", macSec: macSec(), ...overrides };
}

/** A valid 10 Gbps Dot1Q Direct port at Equinix-Amsterdam-AM5: two enabled links with MACsec from Key Vault. */
export function port(overrides: Partial<PortModel> = {}): PortModel {
  return {
    key: PORT,
    origin: { resource: PORT },
    peeringLocation: "Equinix-Amsterdam-AM5",
    bandwidthInGbps: 10,
    encapsulation: "Dot1Q",
    links: [portLink(), portLink()],
    userAssignedIdentities: [
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-er/providers/Microsoft.ManagedIdentity/userAssignedIdentities/er-port",
    ],
    ...overrides,
  };
}

/**
 * A valid Standard_MeteredData provider circuit at London, 1000 Mbps, with its own dual-BGP private peering
 * (192.168.200.128/29 split into two /30s).
 */
export function londonCircuit(overrides: Partial<CircuitModel> = {}): CircuitModel {
  return {
    key: LONDON_CIRCUIT,
    origin: { resource: LONDON_CIRCUIT },
    location: "uksouth",
    sku: sku(),
    provider: provider({ peeringLocation: "London" }),
    peerings: [
      privatePeering({
        key: `${LONDON_CIRCUIT}:AzurePrivatePeering`,
        origin: { resource: LONDON_CIRCUIT, path: "privatePeering" },
        primaryPeerAddressPrefix: "192.168.200.128/30",
        secondaryPeerAddressPrefix: "192.168.200.132/30",
      }),
    ],
    ...overrides,
  };
}

/** A GatewaySubnet of {@link vnet}: a /27. */
export function gatewaySubnet(
  overrides: Partial<VnetModel["subnets"][number]> = {},
): VnetModel["subnets"][number] {
  return { key: GATEWAY_SUBNET, name: "GatewaySubnet", addressPrefix: "10.10.255.0/27", ...overrides };
}

/** A valid hub VNet in westeurope, 10.10.0.0/16, with a /27 GatewaySubnet. */
export function vnet(overrides: Partial<VnetModel> = {}): VnetModel {
  return {
    key: VNET,
    origin: { resource: VNET },
    location: "westeurope",
    addressPrefixes: ["10.10.0.0/16"],
    subnets: [gatewaySubnet()],
    ...overrides,
  };
}

/** A valid ErGw1AZ ExpressRoute gateway in westeurope, in the GatewaySubnet of {@link vnet}. */
export function gateway(overrides: Partial<GatewayModel> = {}): GatewayModel {
  return {
    key: GATEWAY,
    origin: { resource: GATEWAY },
    location: "westeurope",
    gatewayType: "ExpressRoute",
    skuName: "ErGw1AZ",
    scaleMin: undefined,
    scaleMax: undefined,
    subnetKey: GATEWAY_SUBNET,
    ...overrides,
  };
}

/** A valid ExpressRoute connection (VNet link) from {@link gateway} to the Amsterdam circuit, without FastPath. */
export function connection(overrides: Partial<ConnectionModel> = {}): ConnectionModel {
  return {
    key: CONNECTION,
    origin: { resource: CONNECTION },
    connectionType: "ExpressRoute",
    gatewayKey: GATEWAY,
    circuitKey: CIRCUIT,
    routingWeight: 0,
    fastPath: false,
    privateLinkFastPath: false,
    ...overrides,
  };
}

/** `n` valid connections of {@link gateway}, to circuits `circuitKey(i)` (by default all to Amsterdam). */
export function connections(
  n: number,
  circuitKey: (i: number) => string = () => CIRCUIT,
  overrides: Partial<ConnectionModel> = {},
): ConnectionModel[] {
  return Array.from({ length: n }, (_, i) =>
    connection({
      key: `${CONNECTION}:${i}`,
      origin: { resource: `${CONNECTION}:${i}` },
      circuitKey: circuitKey(i),
      ...overrides,
    }),
  );
}

/** A valid Global Reach connection from the Amsterdam circuit to the London circuit, on 10.200.0.0/29. */
export function globalReach(overrides: Partial<GlobalReachModel> = {}): GlobalReachModel {
  return {
    key: GLOBAL_REACH,
    origin: { resource: GLOBAL_REACH },
    circuitKey: CIRCUIT,
    peerCircuitKey: LONDON_CIRCUIT,
    addressPrefix: "10.200.0.0/29",
    ipv6AddressPrefix: undefined,
    ...overrides,
  };
}

/** An address range declared as used on premises. */
export function usedRange(prefix: string, key = "on-premises"): UsedRangeModel {
  return { key, origin: { resource: key }, prefix };
}

// ---------------------------------------------------------------------------------------------------------
// Models
// ---------------------------------------------------------------------------------------------------------

export function model(parts: Partial<TopologyModel> = {}): TopologyModel {
  return { ...EMPTY_MODEL, ...parts };
}

/** The base circuit with its fields overridden. */
export function circuitModel(overrides: Partial<CircuitModel> = {}): TopologyModel {
  return model({ circuits: [circuit(overrides)] });
}

/** The base circuit whose private peering has these fields overridden. */
export function privatePeeringModel(overrides: Partial<PeeringModel> = {}): TopologyModel {
  return circuitModel({ peerings: [privatePeering(overrides)] });
}

/** The base circuit with both a private and a Microsoft peering, and the Microsoft peering's route filter. */
export function microsoftModel(
  peeringOverrides: Partial<PeeringModel> = {},
  filterOverrides: Partial<RouteFilterModel> = {},
  circuitOverrides: Partial<CircuitModel> = {},
): TopologyModel {
  return model({
    circuits: [
      circuit({ peerings: [privatePeering(), microsoftPeering(peeringOverrides)], ...circuitOverrides }),
    ],
    routeFilters: [routeFilter(filterOverrides)],
  });
}

/** A Direct port and a circuit on it. */
export function directModel(
  portOverrides: Partial<PortModel> = {},
  circuitOverrides: Partial<CircuitModel> = {},
): TopologyModel {
  return model({ circuits: [directCircuit(circuitOverrides)], ports: [port(portOverrides)] });
}

/** The Amsterdam circuit and a VNet whose gateway links it; each part takes its overrides. */
export function gatewayModel(
  parts: {
    readonly circuit?: Partial<CircuitModel>;
    readonly vnet?: Partial<VnetModel>;
    readonly gateway?: Partial<GatewayModel>;
    readonly connection?: Partial<ConnectionModel>;
  } = {},
): TopologyModel {
  return model({
    circuits: [circuit(parts.circuit)],
    vnets: [vnet(parts.vnet)],
    gateways: [gateway(parts.gateway)],
    connections: [connection(parts.connection)],
  });
}

/** The Amsterdam and London circuits joined by a Global Reach connection; each part takes its overrides. */
export function globalReachModel(
  parts: {
    readonly globalReach?: Partial<GlobalReachModel>;
    readonly circuit?: Partial<CircuitModel>;
    readonly london?: Partial<CircuitModel>;
  } = {},
): TopologyModel {
  return model({
    circuits: [circuit(parts.circuit), londonCircuit(parts.london)],
    globalReach: [globalReach(parts.globalReach)],
  });
}

/**
 * A resilient hub: the Amsterdam and London circuits joined by Global Reach, and a VNet whose gateway links
 * both of them.
 */
export function hubModel(): TopologyModel {
  return model({
    circuits: [circuit(), londonCircuit()],
    vnets: [vnet()],
    gateways: [gateway()],
    connections: [
      connection(),
      connection({
        key: LONDON_CONNECTION,
        origin: { resource: LONDON_CONNECTION },
        circuitKey: LONDON_CIRCUIT,
      }),
    ],
    globalReach: [globalReach()],
  });
}

/** The valid models every rule must accept. */
export const VALID_MODELS: readonly [string, TopologyModel][] = [
  ["provider circuit with a dual-BGP private peering", circuitModel()],
  ["circuit with private and Microsoft peerings and a route filter", microsoftModel()],
  ["ExpressRoute Direct port with a circuit on it", directModel()],
  ["pair of circuits joined by Global Reach", globalReachModel()],
  ["hub VNet whose gateway links circuits at Amsterdam and London", hubModel()],
];

// ---------------------------------------------------------------------------------------------------------
// Running rules and checking findings
// ---------------------------------------------------------------------------------------------------------

/** Runs one rule over a model. */
export function run(rule: Rule, m: TopologyModel): Finding[] {
  return validateTopology(m, { rules: [rule] });
}

export interface ExpectedFinding {
  readonly ruleId: string;
  readonly severity: "mandatory" | "advisory";
  readonly path: string;
  readonly resource?: string;
}

/** Asserts the finding follows the recipe: a message, a value, what is allowed and a fix, none empty. */
export function expectCompleteRecipe(f: Finding): void {
  expect(f.message.trim()).not.toBe("");
  expect(f.value.trim()).not.toBe("");
  expect(f.allowed.trim()).not.toBe("");
  expect(f.fix.trim()).not.toBe("");
}

/** Asserts the finding's value shows the bad value (unset values show as unset). */
export function expectValueShows(f: Finding, bad: unknown): void {
  if (bad === undefined) expect(f.value).toBe(show(undefined));
  else if (typeof bad === "string") expect(f.value).toContain(bad);
  else expect(f.value).toContain(show(bad));
}

/** Asserts there is exactly one finding, with these facts and a complete recipe, and returns it. */
export function expectOnly(findings: readonly Finding[], expected: ExpectedFinding): Finding {
  expect(findings).toHaveLength(1);
  const [f] = findings;
  expect(f).toMatchObject(expected);
  expectCompleteRecipe(f);
  return f;
}

/** Asserts a single advisory, unverifiable finding at `path`, and no mandatory finding. */
export function expectOnlyUnverifiable(
  findings: readonly Finding[],
  ruleId: string,
  path: string,
  resource?: string,
): Finding {
  expect(findings.filter((f) => f.severity === "mandatory")).toEqual([]);
  const f = expectOnly(findings, { ruleId, severity: "advisory", path, ...(resource ? { resource } : {}) });
  expect(f.unverifiable).toBe(true);
  return f;
}
