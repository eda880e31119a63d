import { estateSummaries } from "../plan/estate-report";
import type { PlanResult } from "../plan/plan";
import { verdictOf, violationText } from "../plan/plan-json";
import { printable } from "../plan/secrets";
import { layoutView } from "./layout";
import { escapeXml, svgOf } from "./svg";
import { topologyView, type TopologyView } from "./topology-view";

// One self-contained HTML file: the SVG drawing laid out here (no script runs in the page), the styles inline,
// no font, image or network request. Secrets never reach it: stack outputs are printed as the text plan prints
// them (`[secret]`), and violation messages are the pack's, which never print a secret value.

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 24px; color: #1b1f24; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin-top: 28px; }
.verdict { font-weight: bold; padding: 2px 8px; border-radius: 4px; }
.verdict.pass { background: #dafbe1; } .verdict.fail, .verdict.refused { background: #ffebe9; }
.drawing { overflow: auto; border: 1px solid #d0d7de; border-radius: 6px; }
svg .box { fill: #ffffff; stroke: #8c959f; stroke-width: 1; }
svg .region > .box { fill: #f6f8fa; } svg .location > .box { fill: #eef4ff; }
svg .site > .box { fill: #fff8e6; } svg .azure > .box { fill: #eefbf3; }
svg .circuit > .box { fill: #ffffff; stroke: #0969da; }
svg .has-advisory > .box { stroke: #bf8700; stroke-width: 3; }
svg .has-mandatory > .box { stroke: #cf222e; stroke-width: 3; }
svg .edge path { fill: none; stroke: #57606a; stroke-width: 1.5; }
svg .edge.globalReach path { stroke: #8250df; stroke-dasharray: 6 3; }
svg .edge.vnetLink path, svg .edge.hubConnection path { stroke: #1a7f37; }
svg .edge.has-advisory path { stroke: #bf8700; stroke-width: 3; }
svg .edge.has-mandatory path { stroke: #cf222e; stroke-width: 3; }
svg .label { fill: #ffffff; stroke: #d0d7de; }
svg text { fill: #1b1f24; white-space: pre; } svg .title { font-weight: bold; }
svg .issue.mandatory { fill: #cf222e; font-weight: bold; } svg .issue.advisory { fill: #9a6700; font-weight: bold; }
table { border-collapse: collapse; } td, th { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
tr.mandatory td:first-child { color: #cf222e; font-weight: bold; } tr.advisory td:first-child { color: #9a6700; }
pre { white-space: pre-wrap; margin: 0; font-size: 12px; }
`;

function table(
  head: readonly string[],
  rows: readonly string[][],
  rowClass: (i: number) => string = () => "",
): string {
  if (rows.length === 0) return "<p>None.</p>";
  return `<table><thead><tr>${head.map((h) => `<th>${escapeXml(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r, i) => `<tr class="${rowClass(i)}">${r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

/** The report's page from a view of the topology (also used for estates rendered by org templates). */
export async function htmlOfView(
  view: TopologyView,
  parts: {
    readonly title: string;
    readonly verdict: string;
    readonly violations: readonly { policy: string; level: string; urn?: string; message: string }[];
    readonly outputs?: Readonly<Record<string, unknown>>;
    readonly exemptions?: readonly { policy: string; resource: string; reason: string }[];
  },
): Promise<string> {
  const svg = svgOf(await layoutView(view));
  const violations = table(
    ["Level", "Rule", "Resource", "Message"],
    parts.violations.map((v) => [
      escapeXml(v.level),
      escapeXml(v.policy),
      escapeXml(v.urn?.split("::").pop() ?? "(stack)"),
      `<pre>${escapeXml(violationText(v.message))}</pre>`,
    ]),
    (i) => parts.violations[i].level,
  );
  const outputs = table(
    ["Output", "Value"],
    Object.entries(parts.outputs ?? {}).map(([k, v]) => [
      escapeXml(k),
      `<pre>${escapeXml(JSON.stringify(printable(v)))}</pre>`,
    ]),
  );
  const exemptions = table(
    ["Rule", "Resource", "Reason"],
    (parts.exemptions ?? []).map((e) => [escapeXml(e.policy), escapeXml(e.resource), escapeXml(e.reason)]),
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeXml(parts.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeXml(parts.title)} <span class="verdict ${escapeXml(parts.verdict)}" data-verdict="${escapeXml(parts.verdict)}">${escapeXml(parts.verdict.toUpperCase())}</span></h1>
<p>Offline plan under the Pulumi SDK's mock runtime: nothing here was deployed. Violations are drawn on the element they concern (red: mandatory, amber: advisory), with their rule id.</p>
<div class="drawing">
${svg}
</div>
<h2>Violations (${parts.violations.length})</h2>
${violations}
${view.unplaced.length > 0 ? `<p>${view.unplaced.length} of them concern the stack or resources the drawing does not show.</p>` : ""}
<h2>Stack outputs</h2>
${outputs}
<h2>Exemptions</h2>
${exemptions}
</body>
</html>
`;
}

/** The plan's report: the drawing of its topology with the violations on it, and the lists below. */
export async function planHtml(result: PlanResult): Promise<string> {
  const view = topologyView(result.model, result.violations, estateSummaries(result.run.resources));
  return htmlOfView(view, {
    title: `${result.run.project.name} (${result.run.stack})`,
    verdict: verdictOf(result),
    violations: result.violations,
    outputs: result.run.outputs as Record<string, unknown>,
    exemptions: result.exemptions,
  });
}
