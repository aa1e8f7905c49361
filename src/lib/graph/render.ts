/**
 * Pure Canvas 2D drawing of the graph: functions of a context, typed arrays
 * and a view transform, with no DOM access of their own, so the same code draws
 * in the render worker (OffscreenCanvas), on the main thread (fallback,
 * overlay) and in the benchmark's naive baseline.
 *
 * Cost control: nodes are batched into one path per colour and shape, edges
 * into one path per style; anything off-screen is culled; the `fast` level of
 * detail thins the edges to a fixed budget and draws nodes as squares.
 * Colours and line styles come from the palette shared with the map.
 */
import { HIGHLIGHT, PROPOSAL_STYLE, RELATION_STYLES, RING, type LineStyle } from '../palette';

/** Layout-space → screen: `screen = layout * k + (x, y)`, in CSS pixels. */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export interface Scene {
  n: number;
  /** x/y pairs in layout units. */
  positions: Float32Array;
  /** Radius per node in layout units. */
  radius: Float32Array;
  /** Index into `palette` per node. */
  colorIndex: Uint8Array;
  /** 0 = project (disc, dark ring), 1 = member (disc, white ring), 2 = partner (square). */
  shape: Uint8Array;
  palette: readonly string[];
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  /** 1 where the relation carries a document. */
  edgeDocumented: Uint8Array;
  /** 2 = network edge between projects (dashed). */
  edgeKind: Uint8Array;
  /** 1 = a workshop proposal (dashed, proposal colour); absent = none. */
  edgeProposed?: Uint8Array;
  /** 1 = a proposed new actor (dashed ring in the proposal colour); absent = none. */
  nodeProposed?: Uint8Array;
}

export interface DrawOptions {
  /** Canvas size in CSS pixels. */
  width: number;
  height: number;
  /** Device pixel ratio of the backing store. */
  dpr: number;
  view: ViewTransform;
  /** `fast` while something moves: thinned edges, square nodes. */
  lod: 'full' | 'fast';
  /** 1 = draw this node (and its edges) faded; null = nothing faded. */
  faded?: Uint8Array | null;
  /** 1 = leave this node and its edges out (outside the ego network). */
  hidden?: Uint8Array | null;
  /** Background fill; transparent when omitted. */
  background?: string;
  /** Most edges drawn at `fast` detail. */
  fastEdgeBudget?: number;
}

/** Faded nodes and edges (outside a hovered neighbourhood) keep this much opacity. */
export const FADED_ALPHA = HIGHLIGHT.dimOpacity * 0.6;

/** Edge styles in drawing order: member, partner, network, documented (from the shared palette), proposed. */
const EDGE_STYLES: readonly LineStyle[] = [
  RELATION_STYLES.member,
  RELATION_STYLES.partner,
  RELATION_STYLES.network,
  RELATION_STYLES.documented,
  PROPOSAL_STYLE,
];
const STYLES = EDGE_STYLES.length;
const PROPOSED = STYLES - 1;

/** The line style of edge `e`: proposed, else documented, else by kind (member, partner, network). */
export function edgeStyle(s: Scene, e: number): LineStyle {
  if (s.edgeProposed?.[e]) return PROPOSAL_STYLE;
  if (s.edgeDocumented[e]) return RELATION_STYLES.documented;
  return EDGE_STYLES[Math.min(2, s.edgeKind[e])];
}

/** Most edges drawn dashed in one frame (see drawEdges). */
export const DASH_BUDGET = 3_000;

/** Ring colour and width per shape: project, member, partner. */
const RINGS = [
  { color: RING.project, width: 2 },
  { color: RING.member, width: 1 },
  { color: RING.partner, width: 1 },
] as const;

/** Screen radius in CSS px for a layout radius at zoom `k`: shrinks slower than the zoom. */
export function screenRadius(r: number, k: number): number {
  return Math.max(1.5, r * Math.sqrt(k));
}

/** Draws edges then nodes. Returns the number of edges and nodes actually drawn. */
export function drawScene(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  scene: Scene,
  o: DrawOptions,
): { edges: number; nodes: number } {
  const { width, height, dpr } = o;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  if (o.background) {
    ctx.fillStyle = o.background;
    ctx.fillRect(0, 0, width, height);
  } else ctx.clearRect(0, 0, width, height);
  const edges = drawEdges(ctx, scene, o);
  const nodes = drawNodes(ctx, scene, o);
  return { edges, nodes };
}

/**
 * Segments per stroke call. Skia strokes one path as one outline and resolves
 * every overlap inside it before filling, which grows much faster than the
 * segment count: 80,000 segments in one path took ~8 s a frame on this
 * machine's CPU rasteriser; in batches of this size the same frame is ~20×
 * cheaper. (Translucent batches overlap each other slightly differently from
 * one big path; at these opacities that is not visible.)
 */
export const STROKE_BATCH = 512;

function drawEdges(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  s: Scene,
  o: DrawOptions,
): number {
  const { k, x: tx, y: ty } = o.view;
  const p = s.positions;
  const m = s.edgeSource.length;
  const budget = o.fastEdgeBudget ?? 8_000;
  const stride = o.lod === 'fast' && m > budget ? Math.ceil(m / budget) : 1;
  const w = o.width;
  const h = o.height;
  // Styles: 0 member, 1 partner, 2 network, 3 documented, 4 proposed, then the same five faded.
  // First bucket the visible edges by style (screen coordinates), then stroke.
  const counts = new Uint32Array(2 * STYLES);
  const styleOf = new Uint8Array(m);
  const coords = new Float32Array(4 * Math.ceil(m / stride));
  const order = new Uint32Array(Math.ceil(m / stride));
  let drawn = 0;
  for (let e = 0; e < m; e += stride) {
    const a = s.edgeSource[e];
    const b = s.edgeTarget[e];
    if (o.hidden && (o.hidden[a] || o.hidden[b])) continue;
    const x1 = p[2 * a] * k + tx;
    const y1 = p[2 * a + 1] * k + ty;
    const x2 = p[2 * b] * k + tx;
    const y2 = p[2 * b + 1] * k + ty;
    if ((x1 < 0 && x2 < 0) || (x1 > w && x2 > w) || (y1 < 0 && y2 < 0) || (y1 > h && y2 > h))
      continue;
    const style =
      (s.edgeProposed?.[e] ? PROPOSED : s.edgeDocumented[e] ? 3 : Math.min(2, s.edgeKind[e])) +
      (o.faded && (o.faded[a] || o.faded[b]) ? STYLES : 0);
    styleOf[drawn] = style;
    coords[4 * drawn] = x1;
    coords[4 * drawn + 1] = y1;
    coords[4 * drawn + 2] = x2;
    coords[4 * drawn + 3] = y2;
    counts[style]++;
    drawn++;
  }
  // Counting sort by style, so each style is drawn in one run of batches.
  const start = new Uint32Array(2 * STYLES + 1);
  for (let i = 0; i < 2 * STYLES; i++) start[i + 1] = start[i] + counts[i];
  const fill = start.slice(0, 2 * STYLES);
  for (let j = 0; j < drawn; j++) order[fill[styleOf[j]]++] = j;
  // Faded first (underneath), then member, partner, network, documented, proposed on top.
  for (let q = 0; q < 2 * STYLES; q++) {
    const i = (q + STYLES) % (2 * STYLES);
    if (start[i] === start[i + 1]) continue;
    const st = EDGE_STYLES[i % STYLES];
    ctx.globalAlpha = st.opacity * (i >= STYLES ? FADED_ALPHA : 1);
    ctx.strokeStyle = st.color;
    ctx.lineWidth = st.width;
    // Dashes are rasterised segment by segment on a CPU canvas and cost several
    // times a solid line, so only a modest number of edges is dashed; beyond
    // that the kinds still differ by colour, width and opacity.
    ctx.setLineDash(
      st.dash && ((o.lod === 'full' && drawn <= DASH_BUDGET) || i % STYLES === PROPOSED)
        ? st.dash.map((d) => d * st.width * 2)
        : [],
    );
    for (let b0 = start[i]; b0 < start[i + 1]; b0 += STROKE_BATCH) {
      ctx.beginPath();
      const b1 = Math.min(start[i + 1], b0 + STROKE_BATCH);
      for (let q = b0; q < b1; q++) {
        const j = order[q];
        ctx.moveTo(coords[4 * j], coords[4 * j + 1]);
        ctx.lineTo(coords[4 * j + 2], coords[4 * j + 3]);
      }
      ctx.stroke();
    }
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  return drawn;
}

/** Adds one node's shape to a path: disc for projects and members, square for partners. */
export function nodeShape(
  path: Path2D | CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  shape: number,
  x: number,
  y: number,
  r: number,
  fast = false,
): void {
  if (fast || shape === 2) {
    const q = shape === 2 ? r * 0.9 : r * 0.8;
    path.rect(x - q, y - q, 2 * q, 2 * q);
  } else {
    path.moveTo(x + r, y);
    path.arc(x, y, r, 0, 2 * Math.PI);
  }
}

function drawNodes(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  s: Scene,
  o: DrawOptions,
): number {
  const { k, x: tx, y: ty } = o.view;
  const fast = o.lod === 'fast';
  const colours = s.palette.length;
  // Buckets of node indices: fill per colour (× faded), ring per shape (× faded).
  const fills: number[][] = Array.from({ length: colours * 2 }, () => []);
  const rings: number[][] = Array.from({ length: 6 }, () => []);
  const sx = new Float32Array(s.n);
  const sy = new Float32Array(s.n);
  const sr = new Float32Array(s.n);
  const proposed: number[] = [];
  let drawn = 0;
  for (let i = 0; i < s.n; i++) {
    if (o.hidden?.[i]) continue;
    const x = s.positions[2 * i] * k + tx;
    const y = s.positions[2 * i + 1] * k + ty;
    const r = screenRadius(s.radius[i], k);
    if (x < -r || y < -r || x > o.width + r || y > o.height + r) continue;
    sx[i] = x;
    sy[i] = y;
    sr[i] = r;
    const faded = o.faded?.[i] ? 1 : 0;
    fills[s.colorIndex[i] + faded * colours].push(i);
    // Rings only where they can be seen: a ring on a 2 px dot is just more raster work.
    if (!fast && r >= 2.5) rings[s.shape[i] + faded * 3].push(i);
    if (s.nodeProposed?.[i]) proposed.push(i);
    drawn++;
  }
  const batches = (list: number[], paint: () => void): void => {
    for (let b0 = 0; b0 < list.length; b0 += STROKE_BATCH) {
      ctx.beginPath();
      const b1 = Math.min(list.length, b0 + STROKE_BATCH);
      for (let q = b0; q < b1; q++) {
        const i = list[q];
        nodeShape(ctx, s.shape[i], sx[i], sy[i], sr[i], fast && sr[i] < 3);
      }
      paint();
    }
  };
  for (let c = 0; c < fills.length; c++) {
    ctx.globalAlpha = c >= colours ? FADED_ALPHA : 1;
    ctx.fillStyle = s.palette[c % colours];
    batches(fills[c], () => ctx.fill());
  }
  for (let j = 0; j < rings.length; j++) {
    ctx.globalAlpha = j >= 3 ? FADED_ALPHA : 1;
    ctx.strokeStyle = RINGS[j % 3].color;
    ctx.lineWidth = RINGS[j % 3].width;
    batches(rings[j], () => ctx.stroke());
  }
  for (const i of proposed) {
    ctx.globalAlpha = o.faded?.[i] ? FADED_ALPHA : 1;
    proposalRing(ctx, sx[i], sy[i], sr[i]);
  }
  ctx.globalAlpha = 1;
  return drawn;
}

/** The dashed ring around a proposed new actor: `gap` px outside the node, in PROPOSAL_STYLE. */
export const PROPOSAL_RING = { gap: 3, dash: [4, 3] } as const;

/** The dashed ring in the proposal colour around a proposed new actor, `r` its screen radius. */
export function proposalRing(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
): void {
  ctx.strokeStyle = PROPOSAL_STYLE.color;
  ctx.lineWidth = PROPOSAL_STYLE.width;
  ctx.setLineDash([...PROPOSAL_RING.dash]);
  ctx.beginPath();
  ctx.arc(x, y, r + PROPOSAL_RING.gap, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.setLineDash([]);
}

export interface HighlightOptions {
  width: number;
  height: number;
  dpr: number;
  view: ViewTransform;
  /** Node whose neighbourhood is emphasised (everything else veiled), or -1. */
  focus: number;
  /** Neighbours of `focus`. */
  neighbours: ArrayLike<number>;
  /** Selected node (thick ring), or -1. */
  selected: number;
  /** Keyboard cursor (dashed ring), or -1. */
  cursor: number;
  /** Veil colour laid over the cached raster when a neighbourhood is emphasised. */
  veil: string;
  /** Highlighted nodes (stories, analysis): a strong ring whatever else is shown. */
  highlighted?: ArrayLike<number>;
  /** Edges among the highlighted nodes, as index pairs `[a0, b0, a1, b1, …]`. */
  highlightEdges?: ArrayLike<number>;
}

/** The ring of a highlighted node: a dark orange ring on a white halo (≥ 3:1 on the light stage). */
export const HIGHLIGHT_RING = { color: '#B34700', halo: '#FFFFFF', width: 2.5 } as const;

/**
 * The overlay: a veil over the cached raster, then the focused node's edges
 * and neighbours drawn again on top, then highlight, selection and cursor
 * rings. With highlights and neither a focus nor a selection, the highlighted
 * nodes and the edges among them are what stands out of the veil instead.
 * Cost is proportional to the neighbourhood and the highlights, not the graph.
 */
export function drawHighlight(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  s: Scene,
  o: HighlightOptions,
): void {
  const { k, x: tx, y: ty } = o.view;
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
  ctx.clearRect(0, 0, o.width, o.height);
  const px = (i: number): number => s.positions[2 * i] * k + tx;
  const py = (i: number): number => s.positions[2 * i + 1] * k + ty;
  const node = (i: number): void => {
    const path = new Path2D();
    nodeShape(path, s.shape[i], px(i), py(i), screenRadius(s.radius[i], k));
    ctx.fillStyle = s.palette[s.colorIndex[i]];
    ctx.fill(path);
    ctx.strokeStyle = RINGS[s.shape[i]].color;
    ctx.lineWidth = RINGS[s.shape[i]].width;
    ctx.stroke(path);
    if (s.nodeProposed?.[i]) proposalRing(ctx, px(i), py(i), screenRadius(s.radius[i], k));
  };
  if (o.focus >= 0) {
    ctx.fillStyle = o.veil;
    ctx.fillRect(0, 0, o.width, o.height);
    ctx.strokeStyle = HIGHLIGHT.related;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    for (let j = 0; j < o.neighbours.length; j++) {
      const n = o.neighbours[j];
      ctx.moveTo(px(o.focus), py(o.focus));
      ctx.lineTo(px(n), py(n));
    }
    ctx.stroke();
    for (let j = 0; j < o.neighbours.length; j++) node(o.neighbours[j]);
    node(o.focus);
  }
  const hl = o.highlighted ?? [];
  if (o.focus < 0 && o.selected < 0 && hl.length > 0) {
    ctx.fillStyle = o.veil;
    ctx.fillRect(0, 0, o.width, o.height);
    const he = o.highlightEdges ?? [];
    ctx.strokeStyle = HIGHLIGHT.related;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    for (let j = 0; j + 1 < he.length; j += 2) {
      ctx.moveTo(px(he[j]), py(he[j]));
      ctx.lineTo(px(he[j + 1]), py(he[j + 1]));
    }
    ctx.stroke();
    for (let j = 0; j < hl.length; j++) node(hl[j]);
  }
  for (let j = 0; j < hl.length; j++) {
    const i = hl[j];
    const r = screenRadius(s.radius[i], k) + 2 + HIGHLIGHT_RING.width / 2;
    ctx.beginPath();
    ctx.arc(px(i), py(i), r, 0, 2 * Math.PI);
    ctx.lineWidth = HIGHLIGHT_RING.width + 3;
    ctx.strokeStyle = HIGHLIGHT_RING.halo;
    ctx.stroke();
    ctx.lineWidth = HIGHLIGHT_RING.width;
    ctx.strokeStyle = HIGHLIGHT_RING.color;
    ctx.stroke();
  }
  const ring = (i: number, width: number, dash: number[]): void => {
    const r = screenRadius(s.radius[i], k) + 3 + width / 2;
    ctx.setLineDash(dash);
    ctx.lineWidth = width;
    ctx.strokeStyle = HIGHLIGHT.selected;
    ctx.beginPath();
    ctx.arc(px(i), py(i), r, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.setLineDash([]);
  };
  if (o.selected >= 0) ring(o.selected, 3, []);
  if (o.cursor >= 0 && o.cursor !== o.selected) ring(o.cursor, 2, [3, 2]);
}

/** A label to draw: its lines, its box in screen px (see `labels.ts`), bold or not. */
export interface LabelDraw {
  lines: readonly string[];
  box: readonly [number, number, number, number];
  strong: boolean;
}

/**
 * Draws labels with a white halo (stroke under fill), left-aligned in their
 * boxes and vertically centred — the boxes `placeLabels` computed with the
 * same font, so what is drawn is what was checked for overlap. `scale`
 * enlarges everything (exports); `font(strong)` gives the CSS font.
 */
export function drawLabels(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  labels: readonly LabelDraw[],
  font: (strong: boolean) => string,
  halo: number,
  colors: { text: string; halo: string } = { text: '#1B1B1B', halo: '#FFFFFF' },
): void {
  ctx.save();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  ctx.lineWidth = halo;
  ctx.strokeStyle = colors.halo;
  ctx.fillStyle = colors.text;
  for (const l of labels) {
    ctx.font = font(l.strong);
    const x = l.box[0] + halo / 2;
    const lh = (l.box[3] - l.box[1] - halo) / l.lines.length;
    l.lines.forEach((line, k) => {
      const y = l.box[1] + halo / 2 + lh * (k + 0.5);
      ctx.strokeText(line, x, y);
      ctx.fillText(line, x, y);
    });
  }
  ctx.restore();
}
