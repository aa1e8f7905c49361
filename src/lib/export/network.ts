/**
 * Network exports "as shown" (issue 15): PNG, SVG and the map + network
 * poster draw the same scene the view draws (`graph/scene.ts`) — labels,
 * selection, highlights, colour mode, communities, proposals, pins and zoom —
 * with a legend that lists every symbol used.
 *
 * The source is a {@link NetworkSnapshot}: taken from the live view when the
 * graph pane is open (`StoryState.graphBridge`), else built from the data
 * with the layout computed in the layout worker, never on this thread
 * ({@link snapshotFromData}). Renderers: {@link networkCanvas} (PNG panels),
 * `networkSvg` (network-svg.ts). {@link exportNetwork} is the one entry point
 * for the toolbar's export menu.
 */
import type { Dataset } from '../data/dataset';
import type { Visible } from '../state/filters';
import type { Proposal } from '../proposals/types';
import type { MessageKey } from '../i18n/messages';
import type { Params } from '../i18n/translate';
import { buildGraph, layoutGraphOf, neighbours, NODE_KINDS, passesFilter } from '../graph/model';
import { LayoutClient } from '../graph/layout-client';
import type { LayoutMode } from '../graph/layout';
import { drawHighlight, drawLabels, drawScene, type ViewTransform } from '../graph/render';
import { buildScene, sceneLabels, type GraphScene, type LegendEntry } from '../graph/scene';
import { labelFont, LABEL_FONT, type PlacedLabel } from '../graph/labels';
import { nodeBounds, fitBounds } from '../graph/fit';
import { valuesFor, type DatasetMetrics, type SizeMetric } from '../graph/metrics';
import { legendText } from '../graph/legend-text';
import { canvasToBlob, composeFigure, type LegendItem } from './png';
import { networkSvg } from './network-svg';

/** The network as shown: scene (positions as drawn), zoom, viewport and labels. */
export interface NetworkSnapshot {
  scene: GraphScene;
  /** Layout → screen of the viewport, CSS px. */
  view: ViewTransform;
  /** Viewport size, CSS px. */
  width: number;
  height: number;
  /** Labels as placed in the viewport. */
  labels: PlacedLabel[];
  /** Group names of the type layout (data type names) at screen px. */
  groupLabels: { text: string; x: number; y: number }[];
}

/** Translate function of the UI (i18n.t) and its language. */
export interface Words {
  t: (key: MessageKey, params?: Params) => string;
  lang: 'de' | 'en';
}

/** Everything the data path needs: what AppState and the proposals hold now. */
export interface DataSnapshotOptions {
  dataset: Dataset;
  proposals?: readonly Proposal[];
  /** Visible nodes under the filters, or null for no filter. */
  visible: Visible | null;
  selectedId: string | null;
  highlightIds: readonly string[];
  colorBy: 'type' | 'community';
  communities: ReadonlyMap<string, number> | null;
  sizeBy: SizeMetric;
  metrics: DatasetMetrics | null;
  mode: LayoutMode;
  /** Viewport of the snapshot, CSS px. Default 1000 × 700. */
  width?: number;
  height?: number;
  seed?: number;
  /** The layout worker's client (a fresh one, disposed after, when omitted). */
  layoutClient?: LayoutClient;
}

let measureCtx: CanvasRenderingContext2D | null = null;
const measured = new Map<string, number>();
/**
 * Label text width in CSS px with the label font (canvas `measureText`),
 * cached per text: names repeat across placements, so a placement at 20,000
 * nodes measures only names it has not met before.
 */
export function measureLabel(text: string, strong: boolean): number {
  const key = (strong ? '1' : '0') + text;
  let w = measured.get(key);
  if (w !== undefined) return w;
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (measureCtx) {
    measureCtx.font = labelFont(strong);
    w = measureCtx.measureText(text).width;
  } else w = text.length * (strong ? 9 : 8);
  if (measured.size > 100_000) measured.clear();
  measured.set(key, w);
  return w;
}

/**
 * The snapshot of the network when the graph pane is closed: the same model
 * and scene as the view, the layout from the layout worker, fitted to the
 * visible nodes (or, as the view would, to the selection and its neighbours,
 * or the highlights), labels placed for that view.
 */
export async function snapshotFromData(o: DataSnapshotOptions): Promise<NetworkSnapshot> {
  const width = o.width ?? 1000;
  const height = o.height ?? 700;
  const graph = buildGraph(o.dataset, o.proposals ?? []);
  const client = o.layoutClient ?? new LayoutClient();
  let positions: Float32Array;
  try {
    positions = (await client.layout(layoutGraphOf(graph), { mode: o.mode, seed: o.seed ?? 1 }))
      .positions;
  } finally {
    if (!o.layoutClient) client.dispose();
  }
  let hidden: Uint8Array | null = null;
  if (o.visible) {
    hidden = new Uint8Array(graph.n);
    for (let i = 0; i < graph.n; i++) if (!passesFilter(graph, i, o.visible.nodes)) hidden[i] = 1;
  }
  const selected = o.selectedId ? (graph.index.get(o.selectedId) ?? -1) : -1;
  if (hidden && selected >= 0) hidden[selected] = 0;
  const highlighted = o.highlightIds
    .map((id) => graph.index.get(id))
    .filter((i): i is number => i !== undefined);
  const scene = buildScene({
    graph,
    positions,
    colorBy: o.colorBy,
    communities: o.communities,
    sizeBy: o.sizeBy,
    sizeValues:
      o.metrics && o.sizeBy !== 'degree' ? valuesFor(graph.ids, o.metrics, o.sizeBy) : null,
    hidden,
    selected,
    highlighted,
  });
  const focusSet =
    scene.selected >= 0
      ? [
          scene.selected,
          ...Array.from(neighbours(graph, scene.selected)).filter((j) => !hidden?.[j]),
        ]
      : scene.highlighted.length
        ? scene.highlighted
        : undefined;
  const b = nodeBounds(positions, null, { indices: focusSet, hidden }) ?? [-500, -500, 500, 500];
  const view = fitBounds(b, width, height, { padding: 40, maxK: 40 });
  const labels = sceneLabels(scene, view, width, height, measureLabel);
  return { scene, view, width, height, labels, groupLabels: [] };
}

/** The export's own viewport, CSS px: the shape of a slide's network panel. */
export const EXPORT_VIEWPORT = { width: 1000, height: 700 } as const;

/**
 * Whether a view's viewport (CSS px) is a usable figure as it is: at least 300 px high and
 * between 1 : 2 and 2.4 : 1. A short split pane's strip (680 × 69) is not.
 */
export function usableShape(width: number, height: number): boolean {
  const aspect = width / Math.max(1, height);
  return height >= 300 && aspect >= 0.5 && aspect <= 2.4;
}

/**
 * The snapshot at the export's own size when the view on screen is not a usable figure
 * ({@link usableShape}): "as shown" means the contents — scene, selection, highlights,
 * colours, pins and labels — not a strip's aspect. The new view fits what the screen was
 * about: the selection and its own visible members and partners (as the view fits it),
 * else the highlights, else the nodes inside the on-screen viewport (all visible nodes
 * when none is), and with them every node named on screen. Labels are placed anew for
 * that view, the names shown on screen first in line; the type layout's group names move
 * with it. A usable snapshot is returned as it is.
 *
 * @param measure label width in CSS px (default: the canvas label font, {@link measureLabel})
 */
export function exportFrame(
  s: NetworkSnapshot,
  size: { width: number; height: number } = EXPORT_VIEWPORT,
  measure: (text: string, strong: boolean) => number = measureLabel,
): NetworkSnapshot {
  if (usableShape(s.width, s.height)) return s;
  const { scene, view } = s;
  const { positions, radius } = scene.render;
  const hidden = scene.hidden;
  let focus: number[] | undefined;
  if (scene.selected >= 0) {
    // As the view fits a selection: its own members and partners; other projects it shares
    // a network with (often across the country) only when it has no partners of its own.
    const g = scene.graph;
    const near = Array.from(neighbours(g, scene.selected)).filter((j) => !hidden?.[j]);
    const own = near.filter((j) => NODE_KINDS[g.kind[j]] !== 'project');
    focus = [scene.selected, ...(own.length ? own : near)];
  } else if (scene.highlighted.length) focus = scene.highlighted;
  else {
    // The nodes whose centres were on screen.
    const [x0, y0] = [-view.x / view.k, -view.y / view.k];
    const [x1, y1] = [(s.width - view.x) / view.k, (s.height - view.y) / view.k];
    const inside: number[] = [];
    for (let i = 0; i < scene.render.n; i++) {
      if (hidden?.[i]) continue;
      const x = positions[2 * i];
      const y = positions[2 * i + 1];
      if (x >= x0 && x <= x1 && y >= y0 && y <= y1) inside.push(i);
    }
    if (inside.length) focus = inside;
  }
  // Every node named on screen is in the frame and first in line for a label again.
  const named = s.labels.map((l) => l.i);
  if (focus) focus = [...new Set([...focus, ...named])];
  const b = nodeBounds(positions, radius, { indices: focus, hidden });
  if (!b) return s;
  const { width, height } = size;
  const next = fitBounds(b, width, height, { padding: 40, maxK: Math.max(view.k, 40) });
  const relabel: GraphScene = { ...scene, labelNear: [...named, ...scene.labelNear] };
  const move = (x: number, y: number): { x: number; y: number } => ({
    x: ((x - view.x) / view.k) * next.k + next.x,
    y: ((y - view.y) / view.k) * next.k + next.y,
  });
  return {
    scene,
    view: next,
    width,
    height,
    labels: sceneLabels(relabel, next, width, height, measure),
    groupLabels: s.groupLabels.map((g) => ({ text: g.text, ...move(g.x, g.y) })),
  };
}

/** A source of the network as shown now (the graph pane's bridge), or null. */
export interface SnapshotSource {
  snapshot(): NetworkSnapshot | null;
}

/**
 * The network to export: the open graph pane's view as shown (zoom, pins,
 * labels as on screen), else, when `data()` gives the app's state, the same
 * scene built from the data with the layout from the layout worker; null when
 * there is no data. A view on screen that is no usable figure (a short pane's strip) is
 * framed anew at the export's own size ({@link exportFrame}). The one call an export menu needs before {@link exportNetwork}.
 */
export async function currentNetworkSnapshot(
  live: SnapshotSource | null,
  data: () => DataSnapshotOptions | null,
): Promise<NetworkSnapshot | null> {
  const shown = live?.snapshot();
  if (shown) return exportFrame(shown);
  const o = data();
  return o ? snapshotFromData(o) : null;
}

/**
 * Draws a snapshot into a canvas of its viewport's shape, `pixelWidth` device
 * pixels wide: the full-detail scene, the overlay (veil, highlights, selection
 * ring) and the labels, as the view composes them.
 */
export function networkCanvas(s: NetworkSnapshot, pixelWidth = 2000): HTMLCanvasElement {
  const dpr = Math.max(1, pixelWidth / s.width);
  const make = (): HTMLCanvasElement => {
    const c = document.createElement('canvas');
    c.width = Math.round(s.width * dpr);
    c.height = Math.round(s.height * dpr);
    return c;
  };
  const out = make();
  const ctx = out.getContext('2d')!;
  drawScene(ctx, s.scene.render, {
    width: s.width,
    height: s.height,
    dpr,
    view: s.view,
    lod: 'full',
    hidden: s.scene.hidden,
    background: '#fbfaf6',
  });
  const overlay = make();
  drawHighlight(overlay.getContext('2d')!, s.scene.render, {
    width: s.width,
    height: s.height,
    dpr,
    view: s.view,
    focus: -1,
    neighbours: [],
    selected: s.scene.selected,
    cursor: -1,
    veil: 'rgba(255, 255, 255, 0.72)',
    highlighted: s.scene.highlighted,
    highlightEdges: s.scene.highlightEdges,
  });
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(overlay, 0, 0);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  drawLabels(ctx, s.labels, labelFont, LABEL_FONT.halo);
  return out;
}

/** The scene's legend rows as PNG-figure legend items, in the UI language. */
export function networkLegendItems(s: NetworkSnapshot, w: Words): LegendItem[] {
  return s.scene.legend.map((e) => legendItem(e, legendText(e, w.t, w.lang)));
}

/**
 * What a scene legend row means, as the map's legend items say it (`LegendItem.key`), so a
 * map + network figure lists a meaning once: by message key, else the scene's own label
 * (`category:…`, `group:…`, `type:…`).
 */
const LEGEND_KEYS: Readonly<Record<string, string>> = {
  'legend.line.member': 'line:member',
  'legend.line.partner': 'line:partner',
  'legend.line.network': 'line:network',
  'graph.legend.documented': 'line:documented',
  'graph.legend.proposed': 'line:proposed',
  'network.legend.selected': 'ring:selected',
  'graph.legend.highlighted': 'ring:highlighted',
  'network.legend.proposedNode': 'node:proposed',
};

function legendKey(e: LegendEntry): string {
  if (e.kind === 'node') return `shape:${e.shape}`;
  if (e.kind === 'size') return 'size';
  if (e.kind === 'swatch' && e.params) return `${e.label}:${JSON.stringify(e.params)}`;
  return LEGEND_KEYS[e.label] ?? e.label;
}

function legendItem(e: LegendEntry, label: string): LegendItem {
  const key = legendKey(e);
  switch (e.kind) {
    case 'node':
      return { color: '#d9d9d9', shape: e.shape === 'partner' ? 'square' : 'disc', label, key };
    case 'swatch':
      return { color: e.color, shape: 'square', label, key };
    case 'line':
      return { color: e.style.color, shape: 'line', dash: e.style.dash, label, key };
    case 'ring':
      return { color: e.color, shape: 'ring', dash: e.dash ? [1, 1] : null, label, key };
    case 'size':
      return { color: '#d9d9d9', shape: 'size', label, key };
  }
}

export interface ExportNetworkOptions extends Words {
  format: 'png' | 'svg';
  snapshot: NetworkSnapshot;
  title: string;
  subtitle?: string;
  attribution: string;
}

/**
 * One network export as a file: a slide-ready PNG figure (title, network
 * panel, legend, attribution) or an SVG. The entry point for export menus.
 */
export async function exportNetwork(o: ExportNetworkOptions): Promise<Blob> {
  if (o.format === 'svg') {
    const text = networkSvg(o.snapshot, {
      width: 1400,
      height: 900,
      title: o.title,
      attribution: o.attribution,
      legend: o.snapshot.scene.legend.map((e) => ({ entry: e, label: legendText(e, o.t, o.lang) })),
      groupName: (type) => type,
    });
    return new Blob([text], { type: 'image/svg+xml' });
  }
  const fig = composeFigure({
    title: o.title,
    subtitle: o.subtitle,
    panels: [{ image: networkCanvas(o.snapshot, 2400), label: o.t('export.graph') }],
    legend: networkLegendItems(o.snapshot, o),
    attribution: o.attribution,
  });
  return canvasToBlob(fig);
}
