import type { Finding } from "../core/findings";
import type { IpFamily } from "../core/ip/prefix";
import type { CircuitModel, PeeringModel, PortModel, RouteFilterModel, TopologyModel } from "../core/model";
import { EMPTY_MODEL, UNKNOWN } from "../core/model";
import { splitPeeringPair } from "../core/peering-pair";
import { Reporter, circuitHasPeering, peeringAddressInput, type RuleContext } from "../core/rules";
import { defaultCatalog } from "../core/validate";
import type { CircuitSpec } from "./circuit-spec";
import type { MicrosoftPeeringArgs, PeeringAddressArgs, PrivatePeeringArgs } from "./peering-args";
import { plainOrUnknown } from "./plain";

/** The addresses of a peering's two links as the component will configure them. */
export interface LinkPrefixes {
  readonly primary?: string;
  readonly secondary?: string;
  /** True when the address arguments themselves were refused (so the links are not checked again). */
  readonly refused?: boolean;
}

/** One peering the component will create. */
export interface PlannedPeering {
  readonly peeringType: "AzurePrivatePeering" | "MicrosoftPeering";
  /** The argument the peering came from: `privatePeering` or `microsoftPeering`. */
  readonly argument: "privatePeering" | "microsoftPeering";
  readonly args: PrivatePeeringArgs | MicrosoftPeeringArgs;
  readonly ipv4: LinkPrefixes;
  readonly ipv6?: LinkPrefixes;
}

/** A circuit component's arguments turned into the topology model, with what the model cannot express. */
export interface CircuitPlan {
  readonly model: TopologyModel;
  /** Findings about the component's own argument shapes. */
  readonly inputFindings: readonly Finding[];
  readonly peerings: readonly PlannedPeering[];
}

function context(): RuleContext {
  return { catalog: defaultCatalog() };
}

/** Resolves a peering's link prefixes from a /29 (/125) or two explicit prefixes. */
function resolveAddresses(
  name: string,
  a: PeeringAddressArgs,
  at: string,
  family: IpFamily,
  report: Reporter,
  fields: Record<string, string>,
  fieldPrefix: string,
): LinkPrefixes {
  const entity = { key: `${name}:${at}`, origin: { resource: name, path: at } };
  if (a.peerAddressPrefix === undefined) {
    return { primary: a.primaryPeerAddressPrefix, secondary: a.secondaryPeerAddressPrefix };
  }
  if (a.primaryPeerAddressPrefix !== undefined || a.secondaryPeerAddressPrefix !== undefined) {
    report.fail(entity, "peerAddressPrefix", {
      message: "Give either peerAddressPrefix or the two link prefixes, not both.",
      value: a.peerAddressPrefix,
      allowed: "peerAddressPrefix alone, or primaryPeerAddressPrefix with secondaryPeerAddressPrefix",
      fix: "Remove peerAddressPrefix, or remove primaryPeerAddressPrefix and secondaryPeerAddressPrefix.",
    });
    return { refused: true };
  }
  fields[`${fieldPrefix}primaryPeerAddressPrefix`] = `${at}.peerAddressPrefix`;
  fields[`${fieldPrefix}secondaryPeerAddressPrefix`] = `${at}.peerAddressPrefix`;
  const split = splitPeeringPair(a.peerAddressPrefix, family);
  if (split.ok) return { primary: split.primary, secondary: split.secondary };
  report.fail(entity, "peerAddressPrefix", { ...split, value: a.peerAddressPrefix });
  return { refused: true };
}

/**
 * The Direct port a circuit shares with others carved from it, for the VLAN rule across the port and the
 * advice on its disabled links (reported on this circuit's `port` argument).
 */
function sharedPortModel(name: string, spec: CircuitSpec): PortModel[] {
  const shared = spec.direct?.sharedPort;
  if (!shared || !spec.direct) return [];
  return [
    {
      key: shared.key,
      origin: { resource: name, fields: { "links[0].adminState": "port", "links[1].adminState": "port" } },
      peeringLocation: spec.direct.portLocation,
      bandwidthInGbps: spec.direct.portBandwidthInGbps,
      encapsulation: shared.encapsulation,
      links: [0, 1].map(() => ({ adminState: shared.linksEnabled ? "Enabled" : "Disabled" })),
      userAssignedIdentities: undefined,
    },
  ];
}

/**
 * Turns a circuit component's arguments into the topology model that the rules check, resolving a /29 into
 * the two link /30s. Pure apart from reading whether inputs are Outputs; creates nothing.
 */
export function planCircuit(name: string, spec: CircuitSpec): CircuitPlan {
  const ctx = context();
  const inputReport = new Reporter(peeringAddressInput, ctx);
  const peeringReport = new Reporter(circuitHasPeering, ctx);
  const location = plainOrUnknown(spec.args.location);
  const planned: PlannedPeering[] = [];
  const peerings: PeeringModel[] = [];
  const routeFilters: RouteFilterModel[] = [];
  const kinds = [
    ["privatePeering", "AzurePrivatePeering", spec.args.privatePeering],
    ["microsoftPeering", "MicrosoftPeering", spec.args.microsoftPeering],
  ] as const;
  for (const [at, peeringType, args] of kinds) {
    if (!args) continue;
    const fields: Record<string, string> = {
      peerASN: `${at}.peerAsn`,
      peeringType: at,
      "microsoftPeeringConfig.customerASN": `${at}.customerAsn`,
      "microsoftPeeringConfig.advertisedPublicPrefixes": `${at}.advertisedPublicPrefixes`,
      "microsoftPeeringConfig.routingRegistryName": `${at}.routingRegistryName`,
      "routeFilter.id": `${at}.routeFilterCommunities`,
    };
    const ipv4 = resolveAddresses(name, args, at, 4, inputReport, fields, "");
    const v6args = "ipv6" in args ? args.ipv6 : undefined;
    const ipv6 = v6args
      ? resolveAddresses(name, v6args, `${at}.ipv6`, 6, inputReport, fields, "ipv6.")
      : undefined;
    let routeFilter: string | undefined;
    if ("advertisedPublicPrefixes" in args) {
      routeFilter = `${name}:route-filter`;
      routeFilters.push({
        key: routeFilter,
        origin: {
          resource: name,
          fields: {
            rules: `${at}.routeFilterCommunities`,
            "rules[0].communities": `${at}.routeFilterCommunities`,
            location: "location",
          },
        },
        location,
        rules: [
          { access: "Allow", routeFilterRuleType: "Community", communities: args.routeFilterCommunities },
        ],
      });
    }
    planned.push({ peeringType, argument: at, args, ipv4, ipv6 });
    peerings.push({
      key: `${name}:${peeringType}`,
      origin: { resource: name, path: at, fields },
      peeringType,
      // Refused address arguments are already reported: the dual-BGP rule need not call their links missing.
      primaryPeerAddressPrefix: ipv4.refused ? UNKNOWN : ipv4.primary,
      secondaryPeerAddressPrefix: ipv4.refused ? UNKNOWN : ipv4.secondary,
      vlanId: args.vlanId,
      peerAsn: args.peerAsn,
      sharedKey: plainOrUnknown(args.sharedKey),
      ipv6: ipv6 && {
        primaryPeerAddressPrefix: ipv6.refused ? UNKNOWN : ipv6.primary,
        secondaryPeerAddressPrefix: ipv6.refused ? UNKNOWN : ipv6.secondary,
      },
      microsoft:
        "advertisedPublicPrefixes" in args
          ? {
              advertisedPublicPrefixes: args.advertisedPublicPrefixes,
              customerAsn: args.customerAsn,
              routingRegistryName: args.routingRegistryName,
            }
          : undefined,
      routeFilter,
    });
  }
  if (planned.length === 0) {
    peeringReport.fail({ key: name, origin: { resource: name } }, "privatePeering", {
      message: "The circuit has no peering, so it would carry no traffic.",
      value: undefined,
      allowed: "privatePeering, microsoftPeering, or both",
      fix: "Add privatePeering (to reach your VNets) and/or microsoftPeering (Microsoft 365 and public services).",
    });
  }
  const circuit: CircuitModel = {
    key: name,
    origin: {
      resource: name,
      fields: {
        "sku.tier": spec.tierPath,
        "sku.family": spec.familyPath,
        "serviceProviderProperties.peeringLocation": "peeringLocation",
        "serviceProviderProperties.bandwidthInMbps": "bandwidthInMbps",
        "serviceProviderProperties.serviceProviderName": "serviceProviderName",
        expressRoutePort: "port",
        bandwidthInGbps: "bandwidthInGbps",
      },
    },
    location,
    authorizations: Array.isArray(spec.args.authorizations) ? spec.args.authorizations.length : 0,
    sku: { tier: spec.tier, family: spec.family, name: undefined },
    provider: spec.provider && {
      serviceProviderName: plainOrUnknown(spec.provider.serviceProviderName),
      peeringLocation: spec.provider.peeringLocation,
      bandwidthInMbps: spec.provider.bandwidthInMbps,
    },
    direct: spec.direct && {
      portKey: spec.direct.sharedPort?.key,
      portBandwidthInGbps: spec.direct.portBandwidthInGbps,
      bandwidthInGbps: spec.direct.bandwidthInGbps,
    },
    peerings,
  };
  return {
    model: {
      ...EMPTY_MODEL,
      circuits: [...(spec.direct?.sharedPort?.circuits ?? []), circuit],
      routeFilters,
      ports: sharedPortModel(name, spec),
    },
    inputFindings: [...inputReport.findings, ...peeringReport.findings],
    peerings: planned,
  };
}
