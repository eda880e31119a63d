import {
  CHAR_WIDTH,
  FONT_SIZE,
  LINE_HEIGHT,
  PADDING,
  textLines,
  type Layout,
  type PlacedNode,
} from "./layout";
import { worstLevel } from "./topology-view";

/** Escapes text for XML (SVG and HTML). */
export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** Text lines from (x, y) down, the first bold; issue lines carry their level for colour. */
function lines(
  x: number,
  y: number,
  texts: readonly string[],
  issueFrom: number,
  boldFirst: boolean,
): string {
  return texts
    .map((t, i) => {
      const cls =
        i === 0 && boldFirst
          ? "title"
          : i >= issueFrom
            ? `issue ${t.includes("mandatory") ? "mandatory" : "advisory"}`
            : "line";
      return `<text class="${cls}" x="${x}" y="${y + PADDING + (i + 1) * LINE_HEIGHT - 4}">${escapeXml(t)}</text>`;
    })
    .join("");
}

function drawNode(p: PlacedNode): string {
  const n = p.node;
  const level = worstLevel(n.issues);
  const texts = textLines(n.title, n.lines, n.issues);
  const leaf = p.children.length === 0;
  const issueAttrs = n.issues.map((i) => i.ruleId).join(" ");
  return [
    `<g class="node ${n.kind}${level ? ` has-${level}` : ""}" data-kind="${n.kind}" data-id="${escapeXml(n.id)}"${issueAttrs ? ` data-rules="${escapeXml(issueAttrs)}"` : ""}>`,
    `<rect class="box" data-box="${leaf ? "leaf" : "group"}" x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" rx="6"/>`,
    `<g class="header" data-text-of="${escapeXml(n.id)}">${lines(p.x + PADDING, p.y, texts, 1 + n.lines.length, true)}</g>`,
    ...n.issues.map((i) => `<title>${escapeXml(`${i.level} [${i.ruleId}] ${i.message}`)}</title>`),
    ...p.children.map(drawNode),
    `</g>`,
  ].join("");
}

/** The drawing as one SVG element: boxes, lines and labels, violations in colour on what they concern. */
export function svgOf(layout: Layout): string {
  const edges = layout.edges.map((e) => {
    const level = worstLevel(e.edge.issues);
    const path = e.points.map((pt, i) => `${i === 0 ? "M" : "L"}${pt.x},${pt.y}`).join(" ");
    const label = e.label;
    const texts = textLines(undefined, e.edge.label, e.edge.issues);
    const marker = e.edge.kind === "globalReach" ? ` marker-start="url(#arrow)"` : "";
    return [
      `<g class="edge ${e.edge.kind}${level ? ` has-${level}` : ""}" data-kind="${e.edge.kind}" data-id="${escapeXml(e.edge.id)}" data-source="${escapeXml(e.edge.source)}" data-target="${escapeXml(e.edge.target)}">`,
      `<path d="${path}" marker-end="url(#arrow)"${marker}/>`,
      label
        ? `<rect class="label" data-box="label" x="${label.x}" y="${label.y}" width="${label.width}" height="${label.height}" rx="3"/>` +
          `<g data-text-of="${escapeXml(e.edge.id)}">${lines(label.x + PADDING, label.y, texts, e.edge.label.length, false)}</g>`
        : "",
      `</g>`,
    ].join("");
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(layout.width)}" height="${Math.ceil(layout.height)}" viewBox="0 0 ${Math.ceil(layout.width)} ${Math.ceil(layout.height)}" font-family="monospace" font-size="${FONT_SIZE}" data-char-width="${CHAR_WIDTH}">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>`,
    ...layout.nodes.map(drawNode),
    ...edges,
    `</svg>`,
  ].join("\n");
}
