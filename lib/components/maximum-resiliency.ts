import * as pulumi from "@pulumi/pulumi";
import type { SkuFamily } from "../core/facts/circuit";
import type { Finding } from "../core/findings";
import { EMPTY_MODEL, type ConnectionModel, type TopologyModel, type VnetModel } from "../core/model";
import {
  Reporter,
  gatewayInput,
  circuitReachesGateway,
  circuitVnetLinkLimit,
  connectionCircuitPrivatePeering,
  connectionDualStack,
  connectionRoutingWeight,
  globalReachCircuits,
  globalReachLocation,
  globalReachPrefix,
  maximumResiliencySites,
  privatePeeringVnetOverlap,
  resiliencySameMetro,
} from "../core/rules";
import { defaultCatalog, validateTopology } from "../core/validate";
import { CircuitConnection } from "./circuit-connection";
import { circuitFindings, type CircuitComponent, type CircuitInfo } from "./circuit-component";
import { planMesh } from "./global-reach-plan";
import { canonicalSpec } from "./canonical-spec";
import { planCircuit, type CircuitPlan } from "./circuit-plan";
import type { CircuitSpec } from "./circuit-spec";
import {
  ExpressRouteGateway,
  gatewayFindings,
  gatewayModel,
  type ExpressRouteGatewayArgs,
} from "./expressroute-gateway";
import { GlobalReachMesh } from "./global-reach-mesh";
import type { HubCircuitConnection } from "./hub-circuit-connection";
import {
  VirtualWanHubGateway,
  hubGatewayFindings,
  hubGatewayModel,
  type VirtualWanHubGatewayArgs,
} from "./virtual-wan-hub-gateway";
import { PremiumCircuit } from "./premium-circuit";
import type { ProviderCircuitArgs } from "./provider-circuit-args";
import { RedundantCircuit } from "./redundant-circuit";
import { MAXIMUM_RESILIENCY } from "./argument-shapes";
import { checkArguments, throwIfInvalid, warnAdvisories } from "./validation-error";
import { lockFindings } from "./management-lock";
import { monitoringFindings, type MonitoringArgs } from "./monitoring";
import type { NamingConvention } from "./naming";
import { roleAssignmentFindings } from "./role-assignments";

/** One site of the pattern: a provider circuit (the resource group is the pattern's). */
export interface ResilientSiteArgs extends Omit<ProviderCircuitArgs, "resourceGroupName"> {
  /**
   * Premium (global reach, more VNet links) instead of Standard.
   * @default false
   */
  readonly premium?: boolean;
  /**
   * The billing model.
   * @default "MeteredData"
   */
  readonly skuFamily?: SkuFamily;
  /**
   * The VNet link's routing weight (the higher is preferred; equal weights share the load).
   * @default 0
   */
  readonly routingWeight?: number;
}

/** Arguments of {@link MaximumResiliency}. */
export interface MaximumResiliencyArgs {
  /** The resource group of everything the pattern creates. */
  readonly resourceGroupName: pulumi.Input<string>;
  /** The first site's circuit. */
  readonly primary: ResilientSiteArgs;
  /** The second site's circuit, at another peering location (another metro, preferably). */
  readonly secondary: ResilientSiteArgs;
  /**
   * The zone-redundant VNet gateway both circuits link to. Required unless `hub` is given.
   * @default none
   */
  readonly gateway?: Omit<ExpressRouteGatewayArgs, "resourceGroupName">;
  /**
   * A Virtual WAN hub gateway both circuits connect to, instead of a VNet gateway. Required unless `gateway` is
   * given.
   * @default none
   */
  readonly hub?: Omit<VirtualWanHubGatewayArgs, "resourceGroupName">;
  /**
   * Global Reach between the two sites, with the pool of its /29.
   * @default no Global Reach
   */
  readonly globalReach?: MaximumResiliencyGlobalReachArgs;
  /**
   * First deployment of provider circuits: create the circuits (without peerings) and the gateway only, so
   * the providers can provision the circuits with their service keys; then remove it and run `pulumi up`
   * again to configure the peerings, the VNet links and Global Reach. Everything is validated either way.
   * @default false
   */
  readonly circuitsOnly?: boolean;
  /**
   * Monitoring for everything the pattern creates (both circuits and the gateway), set once here; a site's or
   * the gateway's own `monitoring` takes its place for that part. See {@link MonitoringArgs}.
   * @default each component's default monitoring (availability, maintenance and gateway alerts)
   */
  readonly monitoring?: MonitoringArgs;
  /**
   * The organisation's naming convention, for every resource of the pattern whose name is not given; a site's,
   * the gateway's or the hub's own `naming` takes its place for that part. See {@link NamingConvention}.
   * @default each component's default names
   */
  readonly naming?: NamingConvention;
}

/** Global Reach between the pattern's two sites. */
export interface MaximumResiliencyGlobalReachArgs {
  /** The IPv4 range the sites' /29 comes from. */
  readonly addressPool: string;
  /**
   * The IPv6 range of the sites' /125, to enable IPv6 Global Reach.
   * @default IPv4 only
   */
  readonly ipv6AddressPool?: string;
  /**
   * Ranges already in use (VNets, on-premises networks) that the /29 must not overlap.
   * @default none
   */
  readonly usedRanges?: string[];
}

function spec(
  component: string,
  site: ResilientSiteArgs,
  resourceGroupName: pulumi.Input<string>,
): CircuitSpec {
  const args = { ...site, resourceGroupName };
  return canonicalSpec({
    component,
    args,
    tier: site.premium ? "Premium" : "Standard",
    family: site.skuFamily ?? "MeteredData",
    tierPath: "premium",
    familyPath: "skuFamily",
    provider: args,
  });
}

/**
 * What the circuits will tell the mesh once created: the planned circuits' info, each with its VNet link, so
 * Global Reach is checked with everything else before anything exists.
 */
function meshFindings(
  name: string,
  args: MaximumResiliencyArgs,
  plans: CircuitPlan[],
  vnets: readonly VnetModel[],
): Finding[] {
  const gr = args.globalReach!;
  const member = (plan: CircuitPlan, site: "primary" | "secondary") => {
    const privatePeering = plan.peerings.find((p) => p.peeringType === "AzurePrivatePeering");
    const planned = plan.model.circuits[plan.model.circuits.length - 1];
    const info: CircuitInfo = {
      name: `${name}-${site}`,
      location: typeof planned.location === "string" ? planned.location : undefined,
      tier: args[site].premium ? "Premium" : "Standard",
      family: args[site].skuFamily ?? "MeteredData",
      peeringLocation: String(planned.provider?.peeringLocation),
      direct: false,
      peeringsConfigured: true,
      bandwidthInMbps: args[site].bandwidthInMbps,
      privatePeering: privatePeering && {
        primary: privatePeering.ipv4.primary,
        secondary: privatePeering.ipv4.secondary,
        ipv6Primary: privatePeering.ipv6?.primary,
        ipv6Secondary: privatePeering.ipv6?.secondary,
      },
    };
    return { name: site, circuit: { info, links: 1 } as unknown as CircuitComponent };
  };
  const mesh = planMesh(`${name}-global-reach`, {
    circuits: [member(plans[0], "primary"), member(plans[1], "secondary")],
    addressPool: gr.addressPool,
    ipv6AddressPool: gr.ipv6AddressPool,
    usedRanges: gr.usedRanges,
  });
  return [
    ...mesh.inputFindings,
    // The gateway's subnet is part of its VNet: no Global Reach /29 may overlap it.
    ...validateTopology(
      { ...mesh.model, vnets: [...(mesh.model.vnets ?? []), ...vnets] },
      { rules: [globalReachPrefix, globalReachCircuits, globalReachLocation, circuitVnetLinkLimit] },
    ),
  ];
}

/** The VNet gateway's or hub gateway's own findings, under `gateway` or `hub`; or that neither or both is set. */
function endFindings(name: string, args: MaximumResiliencyArgs): Finding[] {
  const prefixed = (prefix: string, findings: readonly Finding[]) =>
    findings.map((f) => ({ ...f, path: `${prefix}.${f.path}`, resource: name }));
  if ((args.gateway === undefined) === (args.hub === undefined)) {
    const report = new Reporter(gatewayInput, { catalog: defaultCatalog() });
    report.fail({ key: name, origin: { resource: name } }, "gateway", {
      message: args.gateway
        ? "Give gateway or hub, not both: the circuits link to one of them."
        : "The pattern needs a gateway for the circuits to link to.",
      value: args.gateway ? "both set" : undefined,
      allowed: "gateway (a VNet gateway) or hub (a Virtual WAN hub gateway)",
      fix: "Set exactly one of gateway and hub.",
    });
    return report.findings;
  }
  const resourceGroupName = args.resourceGroupName;
  return args.hub
    ? prefixed("hub", hubGatewayFindings(`${name}-hub`, { ...args.hub, resourceGroupName }))
    : prefixed(
        "gateway",
        gatewayFindings(`${name}-gateway`, {
          ...(args.gateway as Omit<ExpressRouteGatewayArgs, "resourceGroupName">),
          resourceGroupName,
        }),
      );
}

/** The gateway both links go to, as the rules see it, and which argument describes it. */
function endModel(name: string, args: MaximumResiliencyArgs) {
  const resourceGroupName = args.resourceGroupName;
  const origin = { resource: name, fields: { connections: "secondary.peeringLocation" } };
  if (args.hub) {
    const { gateway, hubs, wans } = hubGatewayModel(
      `${name}-hub`,
      { ...args.hub, resourceGroupName },
      origin,
    );
    return { gateway, hubs, wans, vnets: [] as VnetModel[], via: "hub" as const };
  }
  const { gateway, vnets } = gatewayModel(
    `${name}-gateway`,
    { ...(args.gateway as Omit<ExpressRouteGatewayArgs, "resourceGroupName">), resourceGroupName },
    origin as { resource: string },
  );
  return { gateway, vnets, hubs: [], wans: [], via: "gateway" as const };
}

/** Findings of the whole pattern, with paths under `primary`, `secondary` and `gateway` (or `hub`). */
function patternFindings(name: string, args: MaximumResiliencyArgs): Finding[] {
  const prefixed = (prefix: string, findings: readonly Finding[]) =>
    findings.map((f) => ({ ...f, path: `${prefix}.${f.path}`, resource: name }));
  const p1 = planCircuit(`${name}-primary`, spec("MaximumResiliency", args.primary, args.resourceGroupName));
  const p2 = planCircuit(
    `${name}-secondary`,
    spec("MaximumResiliency", args.secondary, args.resourceGroupName),
  );
  const findings = [
    ...prefixed("primary", circuitFindings(p1)),
    ...prefixed("secondary", circuitFindings(p2)),
    ...endFindings(name, args),
    ...monitoringFindings(name, args.monitoring),
    ...(["primary", "secondary"] as const).flatMap((site) => [
      ...monitoringFindings(name, args[site].monitoring, `${site}.monitoring`),
      ...lockFindings(name, args[site].lock, `${site}.lock`),
      ...roleAssignmentFindings(name, args[site].roleAssignments, `${site}.roleAssignments`),
    ]),
    ...monitoringFindings(name, args.gateway?.monitoring, "gateway.monitoring"),
    ...roleAssignmentFindings(name, args.gateway?.roleAssignments, "gateway.roleAssignments"),
    ...monitoringFindings(name, args.hub?.monitoring, "hub.monitoring"),
    ...roleAssignmentFindings(name, args.hub?.roleAssignments, "hub.roleAssignments"),
  ];
  // Both links: each circuit reaches the gateway's region and suits its stack, with the link's own arguments;
  // and the two sites' resilience (a shared metro is advice).
  const { gateway, vnets, hubs, wans, via } = endModel(name, args);
  const link = (site: "primary" | "secondary", circuitKey: string): ConnectionModel => ({
    key: `${name}-${site}-link`,
    origin: {
      resource: name,
      fields: {
        "virtualNetworkGateway1.id": `${via}.location`,
        routingWeight: `${site}.routingWeight`,
        "peer.id": site,
      },
    },
    connectionType: "ExpressRoute",
    gatewayKey: gateway.key,
    circuitKey,
    routingWeight: args[site].routingWeight ?? 0,
    fastPath: false,
    privateLinkFastPath: false,
    ...(via === "hub" ? { circuitPeering: "AzurePrivatePeering" } : {}),
  });
  const model: TopologyModel = {
    ...EMPTY_MODEL,
    circuits: [...p1.model.circuits, ...p2.model.circuits],
    gateways: [gateway],
    vnets,
    virtualHubs: hubs,
    virtualWans: wans,
    connections: [link("primary", p1.model.circuits[0].key), link("secondary", p2.model.circuits[0].key)],
  };
  // A circuit's own findings (a peering prefix inside the gateway's VNet) name its site's arguments.
  const site = (f: Finding): Finding => {
    for (const s of ["primary", "secondary"] as const) {
      if (f.resource === `${name}-${s}`) return { ...f, path: `${s}.${f.path}`, resource: name };
    }
    return f;
  };
  findings.push(
    ...validateTopology(model, {
      rules: [
        circuitReachesGateway,
        connectionCircuitPrivatePeering,
        connectionRoutingWeight,
        connectionDualStack,
        resiliencySameMetro,
        privatePeeringVnetOverlap,
      ],
    }).map(site),
  );
  if (args.globalReach) {
    // The mesh names its members circuits[0] and circuits[1]: here they are the primary and secondary sites.
    const mesh = meshFindings(name, args, [p1, p2], vnets).map((f) => ({
      ...f,
      path: f.path.replace(/^circuits\[0\]/, "primary").replace(/^circuits\[1\]/, "secondary"),
    }));
    findings.push(
      ...mesh.filter((f) => /^(primary|secondary)\b/.test(f.path)).map((f) => ({ ...f, resource: name })),
    );
    findings.push(
      ...prefixed(
        "globalReach",
        mesh.filter((f) => !/^(primary|secondary)\b/.test(f.path)),
      ),
    );
  }
  // Two sites at two peering locations: the point of the pattern (two locations of one metro are maximum
  // resiliency too, with the advice above).
  const report = new Reporter(maximumResiliencySites, { catalog: defaultCatalog() });
  const [a, b] = [p1, p2].map((p) => String(p.model.circuits[0].provider?.peeringLocation));
  if (a.toLowerCase() === b.toLowerCase()) {
    report.fail({ key: name, origin: { resource: name } }, "secondary.peeringLocation", {
      message: `Both circuits are at ${a}: one site failure takes both down (standard resiliency).`,
      value: args.secondary.peeringLocation,
      allowed: `a peering location other than ${a}`,
      fix: "Put the secondary circuit at another peering location, preferably in another metro (e.g. Amsterdam and London).",
    });
  }
  return [...findings, ...report.findings];
}

/**
 * The maximum-resiliency pattern: two circuits at two different peering locations, both linked to one
 * zone-redundant ExpressRoute gateway, with optional Global Reach between the sites. Checks the whole topology
 * (both circuits, the gateway, both links, the sites) before creating anything; refuses two circuits at one
 * location, and advises (without refusing) when the two locations share a metro (Amsterdam and Amsterdam2).
 */
export class MaximumResiliency extends pulumi.ComponentResource {
  /** The first site's circuit. */
  public readonly primary: CircuitComponent;
  /** The second site's circuit. */
  public readonly secondary: CircuitComponent;
  /** The zone-redundant VNet gateway both circuits link to (absent when the pattern uses a hub). */
  public readonly gateway?: ExpressRouteGateway;
  /** The Virtual WAN hub gateway both circuits connect to (absent when the pattern uses a VNet gateway). */
  public readonly hubGateway?: VirtualWanHubGateway;
  /** The ARM id of the gateway the circuits connect to: the VNet gateway's or the hub gateway's. */
  public readonly gatewayId: pulumi.Output<string>;
  /** The primary circuit's VNet link or hub connection (absent while `circuitsOnly`). */
  public readonly primaryLink?: CircuitConnection | HubCircuitConnection;
  /** The secondary circuit's VNet link or hub connection (absent while `circuitsOnly`). */
  public readonly secondaryLink?: CircuitConnection | HubCircuitConnection;
  /** Global Reach between the sites, when asked for. */
  public readonly globalReach?: GlobalReachMesh;

  constructor(name: string, args: MaximumResiliencyArgs, opts?: pulumi.ComponentResourceOptions) {
    checkArguments("MaximumResiliency", name, args, MAXIMUM_RESILIENCY);
    super("expressroute:index:MaximumResiliency", name, {}, opts);
    const findings = patternFindings(name, args);
    throwIfInvalid("MaximumResiliency", name, findings);
    warnAdvisories(findings, this);
    const circuit = (site: ResilientSiteArgs, suffix: string): CircuitComponent => {
      const circuitArgs = {
        ...site,
        resourceGroupName: args.resourceGroupName,
        configurePeerings: !args.circuitsOnly,
        monitoring: site.monitoring ?? args.monitoring,
        naming: site.naming ?? args.naming,
      };
      return site.premium
        ? new PremiumCircuit(`${name}-${suffix}`, circuitArgs, { parent: this })
        : new RedundantCircuit(
            `${name}-${suffix}`,
            { ...circuitArgs, skuTier: "Standard" },
            { parent: this },
          );
    };
    this.primary = circuit(args.primary, "primary");
    this.secondary = circuit(args.secondary, "secondary");
    const resourceGroupName = args.resourceGroupName;
    if (args.hub) {
      this.hubGateway = new VirtualWanHubGateway(
        `${name}-hub`,
        {
          ...args.hub,
          resourceGroupName,
          monitoring: args.hub.monitoring ?? args.monitoring,
          naming: args.hub.naming ?? args.naming,
        },
        { parent: this },
      );
    } else {
      this.gateway = new ExpressRouteGateway(
        `${name}-gateway`,
        {
          ...(args.gateway as Omit<ExpressRouteGatewayArgs, "resourceGroupName">),
          resourceGroupName,
          monitoring: args.gateway?.monitoring ?? args.monitoring,
          naming: args.gateway?.naming ?? args.naming,
        },
        { parent: this },
      );
    }
    const end = (this.hubGateway ?? this.gateway)!;
    this.gatewayId = end.id;
    this.registerOutputs({
      primaryCircuitId: this.primary.circuitId,
      secondaryCircuitId: this.secondary.circuitId,
      primaryServiceKey: this.primary.serviceKey,
      secondaryServiceKey: this.secondary.serviceKey,
      gatewayId: this.gatewayId,
    });
    if (args.circuitsOnly) return;
    const connect = (site: "primary" | "secondary") => {
      const link = { circuit: this[site], routingWeight: args[site].routingWeight };
      const linkName = `${name}-${site}-link`;
      return this.hubGateway
        ? this.hubGateway.connect(linkName, link)
        : this.gateway!.connect(linkName, link);
    };
    this.primaryLink = connect("primary");
    this.secondaryLink = connect("secondary");
    if (args.globalReach) {
      this.globalReach = new GlobalReachMesh(
        `${name}-global-reach`,
        {
          circuits: [
            { name: "primary", circuit: this.primary },
            { name: "secondary", circuit: this.secondary },
          ],
          addressPool: args.globalReach.addressPool,
          ipv6AddressPool: args.globalReach.ipv6AddressPool,
          usedRanges: args.globalReach.usedRanges,
        },
        { parent: this },
      );
    }
  }
}
