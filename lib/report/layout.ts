import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";
import type { TopologyView, ViewEdge, ViewIssue, ViewNode } from "./topology-view";

// Sizes for monospace text: every character is 0.6em wide in the common monospace fonts, so a box sized from
// its longest line holds it wherever the report is opened (the report embeds no font).
export const FONT_SIZE = 12;
export const CHAR_WIDTH = FONT_SIZE * 0.62;
export const LINE_HEIGHT = 16;
export const PADDING = 8;

/** A box placed by the layout, in the drawing's coordinates. */
export interface Placed {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedNode extends Placed {
  readonly node: ViewNode;
  readonly children: PlacedNode[];
  /** Height of the header (title, lines and issues) at the top of the box. */
  readonly header: number;
}

export interface PlacedEdge {
  readonly edge: ViewEdge;
  /** The route, as points. */
  readonly points: readonly { x: number; y: number }[];
  readonly label?: Placed;
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly nodes: PlacedNode[];
  readonly edges: PlacedEdge[];
}

/** The text lines of a node's header or an edge's label: title, lines, then one line per issue. */
export function textLines(
  title: string | undefined,
  lines: readonly string[],
  issues: readonly ViewIssue[],
): string[] {
  return [
    ...(title === undefined ? [] : [title]),
    ...lines,
    ...issues.map((i) => `! ${i.level}: ${i.ruleId}`),
  ];
}

function textBox(lines: readonly string[]): { width: number; height: number } {
  const longest = Math.max(0, ...lines.map((l) => l.length));
  return {
    width: Math.ceil(longest * CHAR_WIDTH + 2 * PADDING),
    height: lines.length * LINE_HEIGHT + 2 * PADDING,
  };
}

function elkNode(n: ViewNode): ElkNode {
  const header = textBox(textLines(n.title, n.lines, n.issues));
  if (n.children.length === 0) return { id: n.id, width: header.width, height: header.height };
  return {
    id: n.id,
    children: n.children.map(elkNode),
    layoutOptions: {
      "elk.padding": `[top=${header.height + PADDING},left=${PADDING * 2},bottom=${PADDING * 2},right=${PADDING * 2}]`,
      "elk.nodeSize.constraints": "MINIMUM_SIZE",
      "elk.nodeSize.minimum": `(${header.width + PADDING * 2}, ${header.height + PADDING * 4})`,
    },
  };
}

function elkEdge(e: ViewEdge): ElkExtendedEdge {
  const box = textBox(textLines(undefined, e.label, e.issues));
  return {
    id: e.id,
    sources: [e.source],
    targets: [e.target],
    labels: [{ id: `${e.id}-label`, text: e.label.join(" "), width: box.width, height: box.height }],
  };
}

/**
 * Lays the view out with ELK's layered algorithm, left to right (sites, peering locations, Azure), every group
 * laid out with its contents so lines cross groups cleanly; labels are placed by the layout, so none overlaps a
 * box or another label.
 */
export async function layoutView(view: TopologyView): Promise<Layout> {
  const elk = new ELK();
  const graph: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.hierarchyHandling": "INCLUDE_CHILDREN",
      "elk.edgeRouting": "ORTHOGONAL",
      "elk.spacing.nodeNode": "30",
      "elk.spacing.edgeLabel": "6",
      "elk.spacing.edgeNode": "16",
      "elk.layered.spacing.nodeNodeBetweenLayers": "60",
      "elk.layered.spacing.edgeNodeBetweenLayers": "20",
      "elk.edgeLabels.placement": "CENTER",
      "elk.json.shapeCoords": "ROOT",
      "elk.json.edgeCoords": "ROOT",
      "elk.padding": "[top=20,left=20,bottom=20,right=20]",
    },
    children: view.nodes.map(elkNode),
    edges: view.edges.map(elkEdge),
  };
  const laid = await elk.layout(graph);
  const byId = new Map<string, ViewNode>();
  const index = (ns: readonly ViewNode[]) =>
    ns.forEach((n) => {
      byId.set(n.id, n);
      index(n.children);
    });
  index(view.nodes);
  const place = (e: ElkNode): PlacedNode => {
    const node = byId.get(e.id)!;
    return {
      node,
      x: e.x ?? 0,
      y: e.y ?? 0,
      width: e.width ?? 0,
      height: e.height ?? 0,
      header: textBox(textLines(node.title, node.lines, node.issues)).height,
      children: (e.children ?? []).map(place),
    };
  };
  const edgeById = new Map(view.edges.map((e) => [e.id, e]));
  const allEdges = (n: ElkNode): ElkExtendedEdge[] => [
    ...((n.edges ?? []) as ElkExtendedEdge[]),
    ...(n.children ?? []).flatMap(allEdges),
  ];
  const edges: PlacedEdge[] = allEdges(laid).map((e) => {
    const section = e.sections?.[0];
    const label = e.labels?.[0];
    return {
      edge: edgeById.get(e.id)!,
      points: section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [],
      label:
        label && label.x !== undefined && label.y !== undefined
          ? { x: label.x, y: label.y, width: label.width ?? 0, height: label.height ?? 0 }
          : undefined,
    };
  });
  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes: (laid.children ?? []).map(place), edges };
}
