import type { EstateSummary } from "../blueprint/render";
import { MICROSOFT_ASN } from "../core/facts/bgp";
import { LocationCatalog } from "../core/facts/peering-locations";
import { displayKey } from "../core/findings";
import { linkEnds } from "../core/ip/prefix";
import { isUnknown, type CircuitModel, type PeeringModel, type TopologyModel } from "../core/model";
import { gatewayRegion, isHubGateway, peeringLocationOf } from "../core/rules/each";

// The estate as a network engineer draws it: on-premises sites with their two customer edge routers; each
// circuit's two links to the two Microsoft edge routers at its peering location, grouped by peering location
// and geopolitical region; the gateways the circuits link to; Global Reach between circuits. Built from the
// same topology model the rules see, so the picture and the verdicts describe one thing. Plain data: the
// HTML/SVG report and the Mermaid flowchart are both drawn from it.

/** A policy violation placed on the element it concerns. */
export interface ViewIssue {
  readonly ruleId: string;
  readonly level: "mandatory" | "advisory" | "remediate" | "disabled" | string;
  readonly message: string;
  /** The logical name of the resource the violation names. */
  readonly resource?: string;
}

export type NodeKind =
  "region" | "location" | "site" | "router" | "circuit" | "msee" | "azure" | "gateway" | "port";

/** A box of the drawing: a leaf (a router, a gateway) or a group of boxes (a site, a peering location). */
export interface ViewNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly title: string;
  /** Further lines under the title. */
  readonly lines: readonly string[];
  readonly children: ViewNode[];
  readonly issues: ViewIssue[];
}

export type EdgeKind = "link" | "vnetLink" | "hubConnection" | "globalReach";

/** A line of the drawing: a BGP link, a VNet link or hub connection, or a Global Reach connection. */
export interface ViewEdge {
  readonly id: string;
  readonly kind: EdgeKind;
  readonly source: string;
  readonly target: string;
  readonly label: readonly string[];
  readonly issues: ViewIssue[];
}

export interface TopologyView {
  readonly nodes: ViewNode[];
  readonly edges: ViewEdge[];
  /** Violations of no drawn element (the stack, or a resource the drawing does not show). */
  readonly unplaced: ViewIssue[];
}

/** A violation as the view takes it (the plan's violations carry more). */
export interface IssueInput {
  readonly policy: string;
  readonly level: string;
  readonly message: string;
  readonly urn?: string;
}

const text = (v: unknown): string => (isUnknown(v) ? "(known at deploy)" : v === undefined ? "-" : String(v));

/** An id usable in SVG and Mermaid: letters, digits and dashes. */
function idOf(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

function peeringLabel(p: PeeringModel, side: "primary" | "secondary"): string[] {
  const prefix = side === "primary" ? p.primaryPeerAddressPrefix : p.secondaryPeerAddressPrefix;
  const ends = linkEnds(prefix);
  const type =
    p.peeringType === "AzurePrivatePeering"
      ? "Private"
      : p.peeringType === "MicrosoftPeering"
        ? "Microsoft"
        : text(p.peeringType);
  return [
    `${type} peering, VLAN ${text(p.vlanId)}`,
    ends ? `${prefix}: ${ends.customer} / ${ends.microsoft}` : `${text(prefix)} (no /30)`,
    `AS${text(p.peerAsn)} / AS${MICROSOFT_ASN.value}`,
    ...(p.sharedKey !== undefined && p.sharedKey !== "" ? ["MD5 key set"] : []),
  ];
}

function circuitLines(c: CircuitModel): string[] {
  const bandwidth = c.provider
    ? `${text(c.provider.bandwidthInMbps)} Mbps`
    : `${text(c.direct?.bandwidthInGbps)} Gbps (Direct)`;
  return [
    `${text(c.sku.tier)} ${text(c.sku.family)}, ${bandwidth}`,
    c.provider ? `via ${text(c.provider.serviceProviderName)}` : `on port ${displayKey(c.direct?.portKey)}`,
  ];
}

/** The logical name a URN ends with. */
function nameOfUrn(urn: string | undefined): string | undefined {
  return urn === undefined ? undefined : displayKey(urn);
}

/** The worst level among an element's issues, which colours it: mandatory, else advisory, else none. */
export function worstLevel(issues: readonly ViewIssue[]): "mandatory" | "advisory" | undefined {
  if (issues.some((i) => i.level === "mandatory")) return "mandatory";
  return issues.length > 0 ? "advisory" : undefined;
}

/**
 * The drawing's elements from the topology model: `estates` (from org templates) name the on-premises sites
 * and their edge routers; without them each peering location gets one on-premises site with a primary and a
 * secondary customer edge router.
 */
export function topologyView(
  model: TopologyModel,
  issues: readonly IssueInput[] = [],
  estates: readonly EstateSummary[] = [],
  catalog: LocationCatalog = LocationCatalog.shipped(),
): TopologyView {
  const nodes: ViewNode[] = [];
  const edges: ViewEdge[] = [];
  /** Element ids by the logical names of the resources they stand for. */
  const owners = new Map<string, { issues: ViewIssue[] }>();
  const own = (key: unknown, element: { issues: ViewIssue[] }) => {
    if (typeof key === "string") owners.set(displayKey(key), element);
  };
  const node = (id: string, kind: NodeKind, title: string, lines: string[] = []): ViewNode => ({
    id,
    kind,
    title,
    lines,
    children: [],
    issues: [],
  });

  // On-premises sites: the estate's, or one per peering location.
  const sites = new Map<string, { node: ViewNode; primary: ViewNode; secondary: ViewNode }>();
  const siteOfCircuit = new Map<string, string>();
  for (const estate of estates)
    for (const s of estate.sites) {
      const id = idOf("site", s.path);
      const site = node(id, "site", `Site ${s.path.split("/").pop()}`, [s.location]);
      const [ce1 = "CE 1", ce2 = "CE 2"] = s.edgeRouters;
      const primary = node(`${id}-ce1`, "router", ce1, ["customer edge (primary)"]);
      const secondary = node(`${id}-ce2`, "router", ce2, ["customer edge (secondary)"]);
      site.children.push(primary, secondary);
      sites.set(id, { node: site, primary, secondary });
      for (const c of s.circuits) siteOfCircuit.set(c.path, id);
    }

  const regions = new Map<string, ViewNode>();
  const locations = new Map<string, ViewNode>();
  const circuitIds = new Map<string, string>();
  const mseeOf = new Map<string, { primary: string; secondary: string }>();
  for (const c of model.circuits.filter((x) => !x.external)) {
    const name = displayKey(c.key);
    const where = peeringLocationOf(model, c);
    const location =
      where === undefined ? undefined : (catalog.find(where) ?? catalog.findDirectPortLocation(where));
    const locationName = location?.location ?? where ?? "(location known at deploy)";
    const regionName = location?.geopoliticalRegion ?? "Unknown region";
    let region = regions.get(regionName);
    if (!region) {
      region = node(idOf("region", regionName), "region", regionName, ["geopolitical region"]);
      regions.set(regionName, region);
      nodes.push(region);
    }
    let loc = locations.get(locationName);
    if (!loc) {
      loc = node(idOf("location", locationName), "location", locationName, ["peering location"]);
      locations.set(locationName, loc);
      region.children.push(loc);
    }
    const id = idOf("circuit", name);
    circuitIds.set(c.key, id);
    const circuit = node(id, "circuit", name, circuitLines(c));
    const msee1 = node(`${id}-msee1`, "msee", "MSEE primary", ["Microsoft edge"]);
    const msee2 = node(`${id}-msee2`, "msee", "MSEE secondary", ["Microsoft edge"]);
    circuit.children.push(msee1, msee2);
    loc.children.push(circuit);
    mseeOf.set(c.key, { primary: msee1.id, secondary: msee2.id });
    own(c.key, circuit);
    for (const p of c.peerings) own(p.key, circuit);

    // The customer side: the estate's site holding the circuit, or the location's on-premises site.
    const estatePath = [...siteOfCircuit.keys()].find((path) => name === path || name.startsWith(`${path}-`));
    let siteId = estatePath ? siteOfCircuit.get(estatePath)! : idOf("site", `on-premises ${locationName}`);
    if (!sites.has(siteId)) {
      const site = node(siteId, "site", `On-premises (${locationName})`, ["customer edge routers"]);
      const primary = node(`${siteId}-ce1`, "router", "CE primary", ["customer edge"]);
      const secondary = node(`${siteId}-ce2`, "router", "CE secondary", ["customer edge"]);
      site.children.push(primary, secondary);
      sites.set(siteId, { node: site, primary, secondary });
    }
    const site = sites.get(siteId)!;
    siteId = site.node.id;
    for (const [i, p] of c.peerings.entries())
      for (const side of ["primary", "secondary"] as const) {
        const edge: ViewEdge = {
          id: `${id}-p${i}-${side}`,
          kind: "link",
          source: site[side].id,
          target: side === "primary" ? msee1.id : msee2.id,
          label: peeringLabel(p, side),
          issues: [],
        };
        edges.push(edge);
      }
  }
  nodes.unshift(...[...sites.values()].map((s) => s.node));

  // Azure: the gateways (VNet gateways and Virtual WAN hubs) by region.
  const azure = new Map<string, ViewNode>();
  const gatewayIds = new Map<string, string>();
  for (const g of model.gateways ?? []) {
    const region = gatewayRegion(model, g);
    const regionName = typeof region === "string" ? region : "(region known at deploy)";
    let group = azure.get(regionName);
    if (!group) {
      group = node(idOf("azure", regionName), "azure", `Azure ${regionName}`, ["Azure region"]);
      azure.set(regionName, group);
      nodes.push(group);
    }
    const name = displayKey(g.key);
    const id = idOf("gateway", name);
    gatewayIds.set(g.key, id);
    const hub = isHubGateway(g);
    const vnet = (model.vnets ?? []).find((v) => v.subnets.some((s) => s.key === g.subnetKey));
    const gateway = node(id, "gateway", name, [
      hub
        ? `Virtual WAN hub ${displayKey(g.hubKey)}, ${text(g.scaleMin)} scale unit(s)`
        : `VNet gateway ${text(g.skuName)}`,
      ...(vnet ? [`VNet ${displayKey(vnet.key)}`] : []),
    ]);
    group.children.push(gateway);
    own(g.key, gateway);
    if (vnet) own(vnet.key, gateway);
  }

  for (const x of model.connections ?? []) {
    const from = typeof x.circuitKey === "string" ? circuitIds.get(x.circuitKey) : undefined;
    const to = typeof x.gatewayKey === "string" ? gatewayIds.get(x.gatewayKey) : undefined;
    if (!from || !to) continue;
    const hub = (model.gateways ?? []).some((g) => g.key === x.gatewayKey && isHubGateway(g));
    const edge: ViewEdge = {
      id: idOf("connection", displayKey(x.key)),
      kind: hub ? "hubConnection" : "vnetLink",
      source: from,
      target: to,
      label: [
        `${hub ? "hub connection" : "VNet link"} ${displayKey(x.key)}`,
        `weight ${text(x.routingWeight ?? 0)}${x.fastPath === true ? ", FastPath" : ""}`,
      ],
      issues: [],
    };
    edges.push(edge);
    own(x.key, edge);
  }

  for (const g of model.globalReach ?? []) {
    const a = typeof g.circuitKey === "string" ? circuitIds.get(g.circuitKey) : undefined;
    const b = typeof g.peerCircuitKey === "string" ? circuitIds.get(g.peerCircuitKey) : undefined;
    if (!a || !b) continue;
    const edge: ViewEdge = {
      id: idOf("reach", displayKey(g.key)),
      kind: "globalReach",
      source: a,
      target: b,
      label: [
        `Global Reach ${text(g.addressPrefix)}`,
        ...(g.ipv6AddressPrefix !== undefined ? [text(g.ipv6AddressPrefix)] : []),
      ],
      issues: [],
    };
    edges.push(edge);
    own(g.key, edge);
  }

  for (const p of model.ports) {
    const name = displayKey(p.key);
    const port = node(idOf("port", name), "port", name, [
      `Direct ${text(p.bandwidthInGbps)} Gbps, ${text(p.encapsulation)}`,
      text(p.peeringLocation),
    ]);
    const at =
      typeof p.peeringLocation === "string" ? catalog.findDirectPortLocation(p.peeringLocation) : undefined;
    const loc = at ? locations.get(at.location) : undefined;
    if (loc) loc.children.push(port);
    else nodes.push(port);
    own(p.key, port);
  }

  const unplaced: ViewIssue[] = [];
  for (const v of issues) {
    const resource = nameOfUrn(v.urn);
    const issue: ViewIssue = { ruleId: v.policy, level: v.level, message: v.message, resource };
    const owner = resource === undefined ? undefined : owners.get(resource);
    (owner?.issues ?? unplaced).push(issue);
  }
  return { nodes, edges, unplaced };
}

/** Every node of the view, depth first. */
export function allNodes(nodes: readonly ViewNode[]): ViewNode[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children)]);
}
