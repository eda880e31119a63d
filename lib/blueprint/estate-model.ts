import type { IConstruct } from "constructs";
import {
  UNKNOWN,
  type CircuitModel,
  type ConnectionModel,
  type Entity,
  type GatewayModel,
} from "../core/model";
import type { GlobalReachModel, TopologyModel, VnetModel } from "../core/model";
import { splitPeeringPair } from "../core/peering-pair";
import { allocate, type AllocationRequest, type AllocationResult } from "./allocation";
import type { Estate } from "./estate";
import type { EstateCircuit } from "./estate-circuit";
import type { EstateGlobalReach } from "./estate-global-reach";
import type { EstateHub } from "./estate-hub";
import type { Site } from "./site";

/** A site as the estate's rules see it. */
export interface SiteModel extends Entity {
  readonly location: string;
  readonly edgeRouters: readonly string[];
  /** Keys (construct paths) of the site's circuits. */
  readonly circuitKeys: readonly string[];
}

/** The estate as its rules see it: the core topology model, plus the sites. */
export interface EstateModel {
  readonly topology: TopologyModel;
  readonly sites: readonly SiteModel[];
}

/** The estate's constructs of each kind, in tree order. */
export function membersOf(estate: Estate) {
  const all = estate.node.findAll() as (IConstruct & { blueprintKind?: string })[];
  const of = <T>(kind: string) => all.filter((c) => c.blueprintKind === kind) as unknown as T[];
  return {
    sites: of<Site>("site"),
    circuits: of<EstateCircuit>("circuit"),
    hubs: of<EstateHub>("hub"),
    reaches: of<EstateGlobalReach>("globalReach"),
  };
}

/** The key of a Global Reach pair in the allocation file: both circuits' paths, sorted. */
export function pairKey(a: EstateCircuit, b: EstateCircuit): string {
  return [a.node.path, b.node.path].sort().join(" <-> ");
}

/** What the estate asks the pools for: a /29 and a VLAN per circuit, a /29 per Global Reach pair. */
export function allocationRequests(estate: Estate): AllocationRequest[] {
  const { circuits, reaches } = membersOf(estate);
  return [
    ...circuits.map((c) => ({ section: "peering" as const, key: c.node.path })),
    ...reaches.flatMap((r) =>
      r.pairs().map(([a, b]) => ({ section: "globalReach" as const, key: pairKey(a, b) })),
    ),
  ];
}

/** The estate's addresses: the allocation file's entries, plus blocks for new users. */
export function estateAllocation(estate: Estate): AllocationResult {
  // One environment per stack can share the file: the stack owns the entries of its scope only.
  const scope = estate.props.allocationScope;
  const prefix = `${estate.node.path}/${scope === undefined ? "" : `${scope}/`}`;
  const owned = (path: string) => path.startsWith(prefix);
  return allocate(allocationRequests(estate), estate.pools, estate.previousAllocations, (section, key) =>
    section === "globalReach" ? key.split(" <-> ").some(owned) : owned(key),
  );
}

/** The resolved settings of a circuit: its props, else its site's, else the estate's defaults. */
export function circuitSettings(estate: Estate, c: EstateCircuit) {
  const d = estate.props.defaults ?? {};
  const site = c.site.props;
  const tier = c.props.skuTier ?? d.skuTier ?? "Standard";
  return {
    location: c.props.location ?? site.location,
    peeringLocation: c.props.peeringLocation,
    serviceProviderName: c.props.serviceProviderName ?? site.serviceProviderName ?? d.serviceProviderName,
    bandwidthInMbps: c.props.bandwidthInMbps ?? d.bandwidthInMbps ?? 1000,
    skuTier: tier,
    skuFamily: tier === "Local" ? "UnlimitedData" : (c.props.skuFamily ?? d.skuFamily ?? "MeteredData"),
  };
}

/**
 * The estate as the core topology model: each circuit with its private peering (the allocated /29 split into
 * two /30s, the VLAN, the estate's ASN), each hub's VNet, gateway and links, each Global Reach pair; every
 * entity keyed by its construct path, with fields named as the construct's props.
 */
export function estateModel(estate: Estate, allocation = estateAllocation(estate)): EstateModel {
  const { sites, circuits, hubs, reaches } = membersOf(estate);
  const circuitModels: CircuitModel[] = circuits.map((c) => {
    const s = circuitSettings(estate, c);
    const path = c.node.path;
    const block = allocation.get("peering", path);
    const pair = block ? splitPeeringPair(block.prefix, 4) : undefined;
    return {
      key: path,
      origin: {
        resource: path,
        fields: {
          "sku.tier": "skuTier",
          "sku.family": "skuFamily",
          "serviceProviderProperties.peeringLocation": "peeringLocation",
          "serviceProviderProperties.bandwidthInMbps": "bandwidthInMbps",
          "serviceProviderProperties.serviceProviderName": "serviceProviderName",
        },
      },
      location: s.location,
      sku: { tier: s.skuTier, family: s.skuFamily, name: undefined },
      provider: {
        serviceProviderName: s.serviceProviderName,
        peeringLocation: s.peeringLocation,
        bandwidthInMbps: s.bandwidthInMbps,
      },
      peerings: [
        {
          key: `${path}:private-peering`,
          origin: {
            resource: path,
            fields: {
              peerASN: "peerAsn (the estate's)",
              vlanId: "vlanId (allocated)",
              primaryPeerAddressPrefix: "peeringPrefix (allocated)",
              secondaryPeerAddressPrefix: "peeringPrefix (allocated)",
            },
          },
          peeringType: "AzurePrivatePeering",
          // Without a block (the allocation's problem says why), the links are not known: no second report.
          primaryPeerAddressPrefix: pair?.ok ? pair.primary : UNKNOWN,
          secondaryPeerAddressPrefix: pair?.ok ? pair.secondary : UNKNOWN,
          vlanId: block ? block.vlan : UNKNOWN,
          peerAsn: estate.props.peerAsn,
          sharedKey: undefined,
          routeFilter: undefined,
        },
      ],
    };
  });
  const vnets: VnetModel[] = [];
  const gateways: GatewayModel[] = [];
  const connections: ConnectionModel[] = [];
  for (const h of hubs) {
    const path = h.node.path;
    const subnetKey = `${path}#subnets/GatewaySubnet`;
    vnets.push({
      key: path,
      origin: { resource: path, fields: { addressSpace: "gatewaySubnetPrefix" } },
      location: h.props.location,
      addressPrefixes: [h.props.gatewaySubnetPrefix],
      subnets: [{ key: subnetKey, name: "GatewaySubnet", addressPrefix: h.props.gatewaySubnetPrefix }],
    });
    gateways.push({
      key: path,
      origin: {
        resource: path,
        fields: {
          "sku.name": "sku",
          "ipConfigurations[0].subnet.id": "gatewaySubnetPrefix",
          connections: "circuits",
        },
      },
      location: h.props.location,
      gatewayType: "ExpressRoute",
      skuName: h.props.sku ?? estate.props.defaults?.gatewaySku ?? "ErGw1AZ",
      scaleMin: undefined,
      scaleMax: undefined,
      subnetKey,
    });
    h.props.circuits.forEach((c, i) => {
      connections.push({
        key: `${path}:link:${c.node.path}`,
        origin: {
          resource: path,
          fields: {
            "peer.id": `circuits[${i}]`,
            routingWeight: `routingWeights.${c.node.id}`,
            "virtualNetworkGateway1.id": "location",
          },
        },
        connectionType: "ExpressRoute",
        gatewayKey: path,
        circuitKey: c.node.path,
        routingWeight: h.props.routingWeights?.[c.node.id] ?? 0,
        fastPath: false,
        privateLinkFastPath: false,
      });
    });
  }
  const globalReach: GlobalReachModel[] = reaches.flatMap((r) =>
    r.pairs().map(([a, b]) => {
      const key = pairKey(a, b);
      const ia = r.props.circuits.indexOf(a);
      const ib = r.props.circuits.indexOf(b);
      return {
        key: `${r.node.path}:${key}`,
        origin: {
          resource: r.node.path,
          fields: {
            "expressRouteCircuitPeering.id": `circuits[${ia}]`,
            "peerExpressRouteCircuitPeering.id": `circuits[${ib}]`,
            addressPrefix: `pair ${a.node.id} <-> ${b.node.id} (allocated)`,
          },
        },
        circuitKey: a.node.path,
        peerCircuitKey: b.node.path,
        addressPrefix: allocation.get("globalReach", key)?.prefix ?? UNKNOWN,
        ipv6AddressPrefix: undefined,
      };
    }),
  );
  const siteModels: SiteModel[] = sites.map((s) => ({
    key: s.node.path,
    origin: { resource: s.node.path },
    location: s.props.location,
    edgeRouters: s.props.edgeRouters,
    circuitKeys: circuits.filter((c) => c.site === s).map((c) => c.node.path),
  }));
  return {
    topology: {
      circuits: circuitModels,
      routeFilters: [],
      ports: [],
      vnets,
      gateways,
      connections,
      globalReach,
    },
    sites: siteModels,
  };
}
