import type { EstateSummary } from "../blueprint/render";
import type { RecordedResource } from "./recorder";

/** The type of the component an org template's estate renders into (see renderEstate). */
export const ESTATE_TYPE = "expressroute:blueprint:Estate";

/** The summaries of the estates a program rendered, as their components recorded them. */
export function estateSummaries(resources: readonly RecordedResource[]): EstateSummary[] {
  return resources
    .filter((r) => r.type === ESTATE_TYPE)
    .map((r) => (r.inputs as { summary?: EstateSummary }).summary)
    .filter((s): s is EstateSummary => typeof s === "object" && s !== null && Array.isArray(s.sites));
}

/** An estate's sites, circuits with their allocated /29 and VLAN, hubs, Global Reach pairs and rules. */
export function estateLines(s: EstateSummary): string[] {
  const below = (path: string) => path.split("/").pop() ?? path;
  const lines = [`  Estate ${s.estate} (estate rules: ${s.rules.join(", ") || "-"})`];
  for (const site of s.sites) {
    lines.push(`    Site ${site.path} (${site.location}; edge routers ${site.edgeRouters.join(", ")})`);
    for (const c of site.circuits)
      lines.push(
        `      - ${below(c.path)}: ${c.peeringLocation} via ${c.provider ?? "(no provider)"}, ${c.tier} ${c.bandwidthInMbps} Mbps; peering ${c.peeringPrefix ?? "(none)"} VLAN ${c.vlan ?? "(none)"}`,
      );
  }
  for (const h of s.hubs) lines.push(`    Hub ${h.path} (${h.location}): ${h.circuits.length} circuit(s)`);
  for (const g of s.globalReach) lines.push(`    Global Reach ${g.pair}: ${g.prefix ?? "(none)"}`);
  lines.push(
    s.changes === 0
      ? "    Allocations: as recorded in the allocation file"
      : s.recordedIn
        ? `    Allocations: ${s.changes} change(s) recorded in ${s.recordedIn} by this run (commit it)`
        : `    Allocations: ${s.changes} change(s) not in the allocation file yet (record them and commit it)`,
  );
  return lines;
}
