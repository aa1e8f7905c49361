/**
 * @deprecated Use `snapshotFromData` / `exportNetwork` (network.ts): this module
 * lays the graph out on the main thread and ignores labels, pins and zoom.
 * Kept until every caller has switched.
 *
 * The graph as exported: the same model, the same seeded layout and the same
 * palette as the graph view (`buildGraph`, `computeLayout` with seed 1), so an
 * export matches what the view shows (minus the presenter's pins and zoom).
 * Filtered-out nodes are left out; with highlights, everything else is faded.
 * Workshop proposals are passed in (never read from state) and added exactly
 * as the view adds them: flagged `proposed` on top of the dataset's model; a
 * proposed new actor passes the filters while one of its neighbours does.
 * Pure: no DOM.
 */
import type { Dataset } from '../data/dataset';
import type { Visible } from '../state/filters';
import type { LayoutMode } from '../state/url-state';
import type { Proposal } from '../proposals/types';
import { buildGraph, layoutGraphOf, nodeRadius, passesFilter, type Graph } from '../graph/model';
import { computeLayout, LAYOUT_EXTENT } from '../graph/layout';
import type { Scene } from '../graph/render';
import { nodeColor } from '../palette';

export interface ExportGraph {
  graph: Graph;
  scene: Scene;
  /** 1 = left out (filtered). */
  hidden: Uint8Array;
  /** 1 = faded (not highlighted while something is). */
  faded: Uint8Array | null;
  /** Indices of highlighted nodes. */
  highlighted: number[];
  /** Bounds of the drawn nodes in layout units: [x0, y0, x1, y1]. */
  bounds: [number, number, number, number];
  /** Number of proposed edges drawn (both ends shown): > 0 means the legend explains them. */
  proposedShown: number;
}

export function exportGraph(
  ds: Dataset,
  visible: Visible | null,
  highlightIds: readonly string[],
  mode: LayoutMode,
  /** Workshop proposals to draw on top of the dataset (as the graph view does). */
  proposals: readonly Proposal[] = [],
  seed = 1,
): ExportGraph {
  const graph = buildGraph(ds, proposals);
  const { positions } = computeLayout(layoutGraphOf(graph), { mode, seed });
  const radius = new Float32Array(graph.n);
  for (let i = 0; i < graph.n; i++) radius[i] = nodeRadius(graph.degree[i]);
  const scene: Scene = {
    n: graph.n,
    positions,
    radius,
    colorIndex: Uint8Array.from(graph.typeIndex),
    shape: graph.kind,
    palette: graph.types.map(nodeColor),
    edgeSource: graph.edgeSource,
    edgeTarget: graph.edgeTarget,
    edgeDocumented: graph.edgeDocumented,
    edgeKind: graph.edgeKind,
    edgeProposed: graph.edgeProposed,
    nodeProposed: graph.nodeProposed,
  };
  const hidden = new Uint8Array(graph.n);
  if (visible)
    for (let i = 0; i < graph.n; i++) if (!passesFilter(graph, i, visible.nodes)) hidden[i] = 1;
  let proposedShown = 0;
  for (let e = 0; e < graph.edgeSource.length; e++)
    if (graph.edgeProposed[e] && !hidden[graph.edgeSource[e]] && !hidden[graph.edgeTarget[e]])
      proposedShown++;
  const hl = new Set(highlightIds);
  const highlighted: number[] = [];
  for (let i = 0; i < graph.n; i++) if (hl.has(graph.ids[i]) && !hidden[i]) highlighted.push(i);
  let faded: Uint8Array | null = null;
  if (highlighted.length) {
    faded = new Uint8Array(graph.n).fill(1);
    for (const i of highlighted) faded[i] = 0;
  }
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < graph.n; i++) {
    if (hidden[i]) continue;
    const r = radius[i];
    x0 = Math.min(x0, positions[2 * i] - r);
    y0 = Math.min(y0, positions[2 * i + 1] - r);
    x1 = Math.max(x1, positions[2 * i] + r);
    y1 = Math.max(y1, positions[2 * i + 1] + r);
  }
  const h = LAYOUT_EXTENT / 2;
  const bounds: [number, number, number, number] = Number.isFinite(x0)
    ? [x0, y0, x1, y1]
    : [-h, -h, h, h];
  return { graph, scene, hidden, faded, highlighted, bounds, proposedShown };
}

/** The view transform that fits `bounds` into a `width` × `height` box with `pad` margin. */
export function fitView(
  bounds: [number, number, number, number],
  width: number,
  height: number,
  pad = 16,
): { k: number; x: number; y: number } {
  const [x0, y0, x1, y1] = bounds;
  const k = Math.min(
    (width - 2 * pad) / Math.max(1, x1 - x0),
    (height - 2 * pad) / Math.max(1, y1 - y0),
  );
  return { k, x: width / 2 - ((x0 + x1) / 2) * k, y: height / 2 - ((y0 + y1) / 2) * k };
}
