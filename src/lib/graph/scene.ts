/**
 * The scene builder: one pipeline from the graph model and what the user set
 * (colour mode, size measure, filters, selection, highlights, pins) to
 * everything a renderer draws — the columnar `Scene` for the canvas and the
 * worker, the emphasis (selection ring, highlights, veil), the label
 * candidates and the legend. The network view and every export (PNG, SVG,
 * poster) read the same scene, so they cannot drift apart (Observable Plot's
 * idea: one pipeline, several renderers).
 *
 * Pure: typed arrays and message keys out; no DOM, no i18n lookups (the
 * legend carries message keys, renderers translate them).
 */
import {
  COMMUNITY_COLORS,
  HIGHLIGHT,
  PROPOSAL_STYLE,
  ACTOR_GROUP_OF,
  CATEGORY_COLORS,
  RELATION_STYLES,
  sceneColors,
  type LineStyle,
} from '../palette';
import { neighbours, nodeRadius, type Graph } from './model';
import type { Scene } from './render';
import type { SizeMetric } from './metrics';
import { placeLabels, staticLabelOrder, type PlacedLabel } from './labels';
import { screenRadius, HIGHLIGHT_RING, type ViewTransform } from './render';

const HIGHLIGHT_RING_COLOR = HIGHLIGHT_RING.color;

/** Largest node radius in layout units, whatever the measure. */
export const MAX_RADIUS = 18;
/** Smallest node radius in layout units. */
export const MIN_RADIUS = 3;

export interface SceneOptions {
  graph: Graph;
  /** x/y pairs as shown (layout plus pins, or a morph frame). */
  positions: Float32Array;
  colorBy?: 'type' | 'community';
  /** Node id → community (for `colorBy: 'community'`). */
  communities?: ReadonlyMap<string, number> | null;
  /** The measure node size follows. Default `degree`. */
  sizeBy?: SizeMetric;
  /** Values of `sizeBy` per node index; null = the graph's degree. */
  sizeValues?: ArrayLike<number> | null;
  /** 1 = not shown (filters, ego network). */
  hidden?: Uint8Array | null;
  /** Selected node index or -1. */
  selected?: number;
  /** Hovered node index or -1 (the view only; exports pass -1). */
  focus?: number;
  /** Keyboard cursor or -1 (the view only). */
  cursor?: number;
  /** Highlighted node indices (stories, analysis). */
  highlighted?: readonly number[];
}

/** One legend row. `label` is a message key of the `network` or `graph` bundle. */
export type LegendEntry =
  | { kind: 'node'; shape: 'project' | 'member' | 'partner'; color: string; label: string }
  | { kind: 'swatch'; color: string; label: string; params?: Record<string, string | number> }
  | { kind: 'line'; style: LineStyle; label: string }
  | { kind: 'ring'; color: string; width: number; dash?: readonly number[]; label: string }
  | { kind: 'size'; metric: SizeMetric; label: string };

export interface GraphScene {
  graph: Graph;
  /** Columnar scene for `drawScene` (render worker, export canvas). */
  render: Scene;
  hidden: Uint8Array | null;
  selected: number;
  focus: number;
  cursor: number;
  /** Visible highlighted nodes and the edges among them (index pairs). */
  highlighted: number[];
  highlightEdges: number[];
  /** Visible neighbours of the focus (hover), for the emphasis overlay. */
  focusNeighbours: number[];
  /** Label candidates: must-show (selection, focus, cursor) and next (neighbours, highlights). */
  labelMust: number[];
  labelNear: number[];
  /** Every symbol the scene uses, in reading order. */
  legend: LegendEntry[];
  sizeBy: SizeMetric;
  colorBy: 'type' | 'community';
}

/**
 * Node radii in layout units from a measure: the square root of the value
 * relative to the largest (area ∝ value), between {@link MIN_RADIUS} and
 * {@link MAX_RADIUS}. With no values, the degree curve of `nodeRadius`.
 */
export function radiiFor(g: Graph, values: ArrayLike<number> | null | undefined): Float32Array {
  const r = new Float32Array(g.n);
  if (!values) {
    for (let i = 0; i < g.n; i++) r[i] = nodeRadius(g.degree[i]);
    return r;
  }
  let max = 0;
  for (let i = 0; i < g.n; i++) if (values[i] > max) max = values[i];
  for (let i = 0; i < g.n; i++) {
    const v = max > 0 && values[i] > 0 ? Math.sqrt(values[i] / max) : 0;
    r[i] = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * v;
  }
  return r;
}

const visible = (hidden: Uint8Array | null | undefined, i: number): boolean =>
  i >= 0 && !hidden?.[i];

/** The part of a scene that changes with data, colours, size and filters, not with emphasis. */
export interface SceneBase {
  graph: Graph;
  render: Scene;
  hidden: Uint8Array | null;
  sizeBy: SizeMetric;
  colorBy: 'type' | 'community';
  /** Legend rows for nodes, colours, size and lines (emphasis rows are added per scene). */
  legend: LegendEntry[];
  /** A proposed new actor is shown (its dashed ring is in the legend). */
  proposedNode: boolean;
}

/**
 * First stage: colours, radii, the render scene and the data legend. O(n + m);
 * the view runs it when data, colour mode, size measure or filters change.
 */
export function buildBase(o: SceneOptions): SceneBase {
  const g = o.graph;
  const hidden = o.hidden ?? null;
  const colorBy = o.colorBy ?? 'type';
  const sizeBy = o.sizeBy ?? 'degree';
  const colors = sceneColors(
    g.ids,
    g.typeIndex,
    g.types,
    colorBy,
    colorBy === 'community' ? o.communities : null,
  );
  const render: Scene = {
    n: g.n,
    positions: o.positions,
    radius: radiiFor(g, sizeBy === 'degree' ? null : o.sizeValues),
    ...colors,
    shape: g.kind,
    edgeSource: g.edgeSource,
    edgeTarget: g.edgeTarget,
    edgeDocumented: g.edgeDocumented,
    edgeKind: g.edgeKind,
    edgeProposed: g.edgeProposed,
    nodeProposed: g.nodeProposed,
  };
  const base: SceneBase = {
    graph: g,
    render,
    hidden,
    sizeBy,
    colorBy,
    legend: [],
    proposedNode: false,
  };
  dataLegend(base);
  return base;
}

/**
 * Second stage: selection, hover, cursor and highlights. Cost ∝ the
 * emphasised nodes' degrees (plus the legend's few rows), not the graph.
 */
export function withEmphasis(
  base: SceneBase,
  o: Pick<SceneOptions, 'selected' | 'focus' | 'cursor' | 'highlighted'>,
  positions: Float32Array = base.render.positions,
): GraphScene {
  const g = base.graph;
  const hidden = base.hidden;
  const selected = visible(hidden, o.selected ?? -1) ? (o.selected ?? -1) : -1;
  const focus = visible(hidden, o.focus ?? -1) ? (o.focus ?? -1) : -1;
  const cursor = visible(hidden, o.cursor ?? -1) ? (o.cursor ?? -1) : -1;
  const highlighted = (o.highlighted ?? []).filter((i) => visible(hidden, i));
  const hlSet = new Set(highlighted);
  const highlightEdges: number[] = [];
  if (highlighted.length > 1)
    for (const a of highlighted)
      for (const b of neighbours(g, a)) if (b > a && hlSet.has(b)) highlightEdges.push(a, b);
  const visibleNeighbours = (i: number): number[] =>
    i < 0 ? [] : Array.from(neighbours(g, i)).filter((j) => !hidden?.[j]);
  const focusNeighbours = visibleNeighbours(focus);
  const labelMust = [...new Set([selected, focus, cursor].filter((i) => i >= 0))];
  const labelNear = [
    ...new Set([...visibleNeighbours(selected), ...focusNeighbours, ...highlighted]),
  ];
  const legend = [...base.legend];
  if (base.proposedNode)
    legend.push({
      kind: 'ring',
      color: PROPOSAL_STYLE.color,
      width: PROPOSAL_STYLE.width,
      dash: [4, 3],
      label: 'network.legend.proposedNode',
    });
  if (selected >= 0)
    legend.push({
      kind: 'ring',
      color: HIGHLIGHT.selected,
      width: 3,
      label: 'network.legend.selected',
    });
  if (highlighted.length)
    legend.push({
      kind: 'ring',
      color: HIGHLIGHT_RING_COLOR,
      width: 2.5,
      label: 'graph.legend.highlighted',
    });
  return {
    graph: g,
    render: positions === base.render.positions ? base.render : { ...base.render, positions },
    hidden,
    selected,
    focus,
    cursor,
    highlighted,
    highlightEdges,
    focusNeighbours,
    labelMust,
    labelNear,
    legend,
    sizeBy: base.sizeBy,
    colorBy: base.colorBy,
  };
}

/** Builds the whole scene (both stages). Inputs are not mutated; the graph's arrays are shared. */
export function buildScene(o: SceneOptions): GraphScene {
  return withEmphasis(buildBase(o), o);
}

/**
 * The data part of the legend: every symbol the scene draws and nothing
 * else — node kinds shown, the colours in use (types by name, or
 * communities), what size means, and the line kinds drawn. Emphasis rings
 * are added by {@link withEmphasis}.
 */
function dataLegend(s: SceneBase): void {
  const g = s.graph;
  const hidden = s.hidden;
  // Flags in typed arrays, not Sets: one pass over 20,000 nodes and 80,000 edges stays a
  // few milliseconds.
  const kindSeen = new Uint8Array(3);
  const colorSeen = new Uint8Array(256);
  for (let i = 0; i < g.n; i++) {
    if (hidden?.[i]) continue;
    kindSeen[g.kind[i]] = 1;
    colorSeen[s.render.colorIndex[i]] = 1;
    if (g.nodeProposed[i]) s.proposedNode = true;
  }
  const kinds = new Set([0, 1, 2].filter((k) => kindSeen[k]));
  const colorsUsed = new Set<number>();
  for (let c = 0; c < colorSeen.length; c++) if (colorSeen[c]) colorsUsed.add(c);
  const out = s.legend;
  const shapes = ['project', 'member', 'partner'] as const;
  const labels = ['graph.legend.project', 'graph.legend.member', 'graph.legend.partner'];
  for (const k of [0, 1, 2])
    if (kinds.has(k))
      out.push({ kind: 'node', shape: shapes[k], color: '#ffffff', label: labels[k] });
  if (s.colorBy === 'community') {
    out.push({ kind: 'swatch', color: COMMUNITY_COLORS[0], label: 'graph.legend.community' });
    for (const c of [...colorsUsed].sort((a, b) => a - b))
      if (c < COMMUNITY_COLORS.length)
        out.push({
          kind: 'swatch',
          color: s.render.palette[c],
          label: 'network.legend.communityN',
          params: { n: c + 1 },
        });
  } else {
    // One row per colour: a project category, an actor group (several types share
    // its colour), or a type the palette does not know.
    const seen = new Set<string>();
    for (const c of [...colorsUsed].sort((a, b) => a - b)) {
      const label = typeLegendLabel(g.types[c]);
      if (seen.has(label)) continue;
      seen.add(label);
      out.push({ kind: 'swatch', color: s.render.palette[c], label });
    }
  }
  out.push({ kind: 'size', metric: s.sizeBy, label: 'network.sizeBy.legend' });
  // Line kinds drawn (both ends shown).
  const lineSeen = new Uint8Array(5);
  for (let e = 0; e < g.edgeSource.length; e++) {
    if (hidden && (hidden[g.edgeSource[e]] || hidden[g.edgeTarget[e]])) continue;
    lineSeen[g.edgeProposed[e] ? 4 : g.edgeDocumented[e] ? 3 : Math.min(2, g.edgeKind[e])] = 1;
  }
  const lineKinds = new Set([0, 1, 2, 3, 4].filter((k) => lineSeen[k]));
  const lines: [number, LineStyle, string][] = [
    [0, RELATION_STYLES.member, 'legend.line.member'],
    [1, RELATION_STYLES.partner, 'legend.line.partner'],
    [2, RELATION_STYLES.network, 'legend.line.network'],
    [3, RELATION_STYLES.documented, 'graph.legend.documented'],
    [4, PROPOSAL_STYLE, 'graph.legend.proposed'],
  ];
  for (const [k, style, label] of lines)
    if (lineKinds.has(k)) out.push({ kind: 'line', style, label });
}

/**
 * The legend label of a node type: `category:<name>` for a project category,
 * `group:<group>` for an actor type (its colour group), else `type:<name>`.
 * Renderers turn these into words (`legendText` in `legend-text.ts`).
 */
export function typeLegendLabel(type: string): string {
  if (type in CATEGORY_COLORS) return `category:${type}`;
  const group = (ACTOR_GROUP_OF as Record<string, string>)[type];
  return group ? `group:${group}` : `type:${type}`;
}

/** Per-graph label order, cached (one sort per graph, not per frame). */
const orders = new WeakMap<Graph, { order: Uint32Array; important: number }>();

/** The label order of `g`: as given by {@link setLabelOrder} (the layout worker's), else sorted here once. */
export function labelOrderOf(g: Graph): { order: Uint32Array; important: number } {
  let o = orders.get(g);
  if (!o) {
    o = staticLabelOrder(g);
    orders.set(g, o);
  }
  return o;
}

/** Registers the label order the layout worker computed for `g`. */
export function setLabelOrder(g: Graph, o: { order: Uint32Array; important: number }): void {
  if (o.order.length === g.n) orders.set(g, o);
}

/** Whether `g` has a label order already (no sort would run on this thread). */
export const hasLabelOrder = (g: Graph): boolean => orders.has(g);

/**
 * The labels of a scene at a view: the same placement for the view and for an
 * export of that view. `measure` gives text widths in CSS px at the label font.
 * `textScale` (projector: 24/13) places labels for text that many times larger: they are
 * placed in a viewport `textScale` times smaller and their boxes scaled back, so boxes are
 * in screen px and fit text drawn with `labelFont(strong, textScale)`; fewer labels fit.
 */
export function sceneLabels(
  s: GraphScene,
  view: ViewTransform,
  width: number,
  height: number,
  measure: (text: string, strong: boolean) => number,
  obstacles: readonly [number, number, number, number][] = [],
  textScale = 1,
): PlacedLabel[] {
  const p = s.render.positions;
  const { order, important } = labelOrderOf(s.graph);
  const f = 1 / textScale;
  const placed = placeLabels({
    n: s.graph.n,
    names: s.graph.names,
    screenX: (i) => (p[2 * i] * view.k + view.x) * f,
    screenY: (i) => (p[2 * i + 1] * view.k + view.y) * f,
    screenR: (i) => screenRadius(s.render.radius[i], view.k) * f,
    hidden: s.hidden,
    width: width * f,
    height: height * f,
    must: s.labelMust,
    near: s.labelNear,
    order,
    importantCount: important,
    measure,
    obstacles: obstacles.map((o) => o.map((v) => v * f) as [number, number, number, number]),
  });
  if (textScale === 1) return placed;
  return placed.map((l) => ({
    ...l,
    box: l.box.map((v) => v * textScale) as [number, number, number, number],
  }));
}
