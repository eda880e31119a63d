import { textLines } from "./layout";
import { estateSummaries } from "../plan/estate-report";
import type { PlanResult } from "../plan/plan";
import { allNodes, topologyView, worstLevel, type TopologyView, type ViewNode } from "./topology-view";

// The same drawing as a Mermaid flowchart, for READMEs and pull requests (GitHub renders it): groups as
// subgraphs, routers and gateways as nodes, links with their /30s, VLANs and ASNs as edge labels, and
// violations in red or amber with their rule ids.

/** Text for a quoted Mermaid label: quotes and markup characters as entity codes, lines joined by `<br/>`. */
function label(lines: readonly string[]): string {
  const escaped = lines.map((l) =>
    l.replace(
      /[#"<>&|`]/g,
      (c) =>
        ({ "#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "|": "#124;", "`": "#96;" })[
          c
        ]!,
    ),
  );
  return `"${escaped.join("<br/>")}"`;
}

const STYLES: Record<string, string> = {
  mandatory: "stroke:#cf222e,stroke-width:3px",
  advisory: "stroke:#bf8700,stroke-width:3px",
};

/** The view as a Mermaid flowchart (left to right). */
export function mermaidOf(view: TopologyView): string {
  const ids = new Map<string, string>();
  for (const [i, n] of allNodes(view.nodes).entries()) ids.set(n.id, `n${i}`);
  const out = ["flowchart LR"];
  const styles: string[] = [];
  const draw = (n: ViewNode, depth: number) => {
    const pad = "  ".repeat(depth);
    const id = ids.get(n.id)!;
    const text = label(textLines(n.title, n.lines, n.issues));
    if (n.children.length === 0) out.push(`${pad}${id}[${text}]`);
    else {
      out.push(`${pad}subgraph ${id}[${text}]`);
      for (const c of n.children) draw(c, depth + 1);
      out.push(`${pad}end`);
    }
    const level = worstLevel(n.issues);
    if (level) styles.push(`  style ${id} ${STYLES[level]}`);
  };
  for (const n of view.nodes) draw(n, 1);
  const linkStyles: string[] = [];
  for (const [i, e] of view.edges.entries()) {
    const a = ids.get(e.source)!;
    const b = ids.get(e.target)!;
    const text = label(textLines(undefined, e.label, e.issues));
    out.push(e.kind === "globalReach" ? `  ${a} <-.->|${text}| ${b}` : `  ${a} -->|${text}| ${b}`);
    const level = worstLevel(e.issues);
    if (level) linkStyles.push(`  linkStyle ${i} ${STYLES[level]}`);
  }
  return [...out, ...styles, ...linkStyles].join("\n") + "\n";
}

/** The plan's topology as a Mermaid flowchart, with its violations. */
export function planMermaid(result: PlanResult): string {
  return mermaidOf(topologyView(result.model, result.violations, estateSummaries(result.run.resources)));
}
