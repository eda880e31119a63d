import { metroOf } from "../core/facts/peering-locations";
import { MICROSOFT_ASN } from "../core/facts/bgp";
import { linkEnds } from "../core/ip/prefix";
import { isUnknown, type GatewayModel, type PeeringModel, type TopologyModel } from "../core/model";
import { gatewayRegion } from "../core/rules/each";
import type { Violation } from "./analyzer";
import type { PlanResult } from "./plan";
import { estateLines, estateSummaries } from "./estate-report";
import { printable } from "./secrets";

function tree(result: PlanResult): string[] {
  const children = new Map<string | undefined, typeof result.run.resources>();
  for (const r of result.run.resources) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
  const lines: string[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      lines.push(`${"  ".repeat(depth)}+ ${r.type} ${r.name}${r.protect ? " [protected]" : ""}`);
      walk(r.urn, depth + 1);
    }
  };
  walk(undefined, 1);
  return lines;
}

function name(key: unknown): string {
  return typeof key === "string" ? (key.split("::").pop() ?? key) : isUnknown(key) ? "(unknown)" : "(none)";
}

function show(v: unknown): string {
  return isUnknown(v) ? "(unknown)" : v === undefined ? "-" : String(v);
}

/** One BGP link: its /30 (or /126) with the customer's and Microsoft's addresses in it. */
function linkLine(side: string, prefix: unknown): string {
  const ends = linkEnds(prefix);
  return ends
    ? `        ${side} ${show(prefix)}: customer ${ends.customer}, Microsoft ${ends.microsoft}`
    : `        ${side} ${show(prefix)}`;
}

/** A peering's VLAN, both ASNs and whether a BGP MD5 key is set (never the key), then each link's /30. */
function peeringLines(p: PeeringModel): string[] {
  const md5 = p.sharedKey === undefined || p.sharedKey === "" ? "no MD5 key" : "MD5 key set";
  return [
    `      ${show(p.peeringType)}: VLAN ${show(p.vlanId)}, customer AS${show(p.peerAsn)}, Microsoft AS${MICROSOFT_ASN.value}, ${md5}`,
    linkLine("primary  ", p.primaryPeerAddressPrefix),
    linkLine("secondary", p.secondaryPeerAddressPrefix),
    ...(p.ipv6
      ? [
          linkLine("primary   IPv6", p.ipv6.primaryPeerAddressPrefix),
          linkLine("secondary IPv6", p.ipv6.secondaryPeerAddressPrefix),
        ]
      : []),
  ];
}

/** Sites, circuits, peering locations, gateways, VNet links and Global Reach links of the planned topology. */
export function topologySummary(model: TopologyModel): string[] {
  const circuits = model.circuits.filter((c) => !c.external);
  const locations = new Set(
    circuits.map((c) => c.provider?.peeringLocation).filter((l): l is string => typeof l === "string"),
  );
  for (const p of model.ports) if (typeof p.peeringLocation === "string") locations.add(p.peeringLocation);
  const sites = new Set([...locations].map(metroOf));
  const lines = [
    `  Sites (metros): ${sites.size}   Peering locations: ${[...locations].join(", ") || "-"}`,
    `  Circuits: ${circuits.length}`,
  ];
  for (const c of circuits) {
    const where = c.provider
      ? `${show(c.provider.peeringLocation)}, ${show(c.provider.bandwidthInMbps)} Mbps via ${show(c.provider.serviceProviderName)}`
      : `ExpressRoute Direct port ${name(c.direct?.portKey)}, ${show(c.direct?.bandwidthInGbps)} Gbps`;
    const peerings = c.peerings.map((p) => show(p.peeringType)).join(" + ") || "no peering";
    lines.push(`    - ${name(c.key)}: ${show(c.sku.tier)} ${show(c.sku.family)}, ${where}; ${peerings}`);
    for (const p of c.peerings) lines.push(...peeringLines(p));
  }
  if (model.ports.length > 0)
    lines.push(
      `  Direct ports: ${model.ports.map((p) => `${name(p.key)} (${show(p.peeringLocation)}, ${show(p.bandwidthInGbps)} Gbps)`).join(", ")}`,
    );
  const gateways = model.gateways ?? [];
  const isHub = (g: GatewayModel) => g.hubKey !== undefined;
  const describe = (g: GatewayModel) =>
    isHub(g)
      ? `${name(g.key)} (Virtual WAN hub ${name(g.hubKey)}, ${show(g.scaleMin)}-${show(g.scaleMax ?? g.scaleMin)} scale units, ${show(gatewayRegion(model, g))})`
      : `${name(g.key)} (${show(g.skuName)}, ${show(g.location)})`;
  lines.push(`  Gateways: ${gateways.length ? gateways.map(describe).join(", ") : "-"}`);
  const hubKeys = new Set(gateways.filter(isHub).map((g) => g.key));
  const all = model.connections ?? [];
  const toHub = all.filter((x) => typeof x.gatewayKey === "string" && hubKeys.has(x.gatewayKey));
  const links = all.filter((x) => !toHub.includes(x));
  const arrows = (xs: typeof all) =>
    xs.map(
      (x) =>
        `    - ${name(x.gatewayKey)} -> ${name(x.circuitKey)}: routing weight ${show(x.routingWeight ?? 0)}, FastPath ${x.fastPath === true ? "on" : isUnknown(x.fastPath) ? "(unknown)" : "off"}`,
    );
  lines.push(`  VNet links: ${links.length || "-"}`, ...arrows(links));
  if (toHub.length > 0) lines.push(`  Hub connections: ${toHub.length}`, ...arrows(toHub));
  const reach = model.globalReach ?? [];
  lines.push(
    `  Global Reach: ${reach.length ? reach.map((g) => `${name(g.circuitKey)} <-> ${name(g.peerCircuitKey)} (${show(g.addressPrefix)})`).join(", ") : "-"}`,
  );
  return lines;
}

/** The stack outputs, one per line, secrets masked and values unknown at preview marked. */
function outputLines(outputs: Record<string, unknown>): string[] {
  const entries = Object.entries(printable(outputs) as Record<string, unknown>);
  if (entries.length === 0) return [];
  return [
    `Stack outputs (${entries.length}):`,
    ...entries.map(([k, v]) => `  ${k}: ${JSON.stringify(v) ?? "undefined"}`),
    "",
  ];
}

function violationLines(violations: readonly Violation[]): string[] {
  return violations.map(
    (v) => `    [${v.policy}] ${v.message.split("\n").slice(-1)[0]}${v.urn ? `\n        at ${v.urn}` : ""}`,
  );
}

/** The human-readable plan: resource tree, topology summary, violations by level, verdict. */
export function planText(result: PlanResult): string {
  const { run, violations, pack } = result;
  const mandatory = violations.filter((v) => v.level === "mandatory");
  const advisory = violations.filter((v) => v.level === "advisory");
  const out = [
    `Plan of ${run.project.name} (stack ${run.stack}) under the mock runtime: nothing was deployed.`,
    "",
    `Resources (${run.resources.length}):`,
    ...tree(result),
    ...(run.resources.some((r) => r.protect)
      ? [
          "  [protected]: Pulumi refuses to delete it (the protect option) until protect is turned off, so a",
          "  change that would replace it stops instead of re-ordering a circuit or port from the provider.",
        ]
      : []),
    "",
    ...outputLines(run.outputs),
    "Topology:",
    ...topologySummary(result.model),
    "",
    ...estateSummaries(run.resources).flatMap((e) => ["Org template:", ...estateLines(e), ""]),
    `Policy pack ${pack.name}@${pack.version} (${pack.policies} policies):`,
    `  Mandatory violations: ${mandatory.length}`,
    ...violationLines(mandatory),
    `  Advisory violations: ${advisory.length}`,
    ...violationLines(advisory),
    ...(result.levelChanges.length
      ? [
          `  Levels changed by the policy config: ${result.levelChanges.length}`,
          ...result.levelChanges.map((c) => `    [${c.policy}] ${c.from} -> ${c.to}`),
        ]
      : []),
    ...(result.exemptions.length
      ? [
          `  Exemptions in force: ${result.exemptions.length}`,
          ...result.exemptions.map((e) => `    [${e.policy}] ${e.resource}: ${e.reason}`),
        ]
      : []),
    "",
    mandatory.length > 0 ? "Result: FAIL (mandatory violations)" : "Result: PASS (no mandatory violation)",
  ];
  return out.join("\n");
}
