/**
 * Node labels of the network view and its exports: which nodes are named, and
 * where the name goes, so that no two labels overlap at any zoom.
 *
 * The approach is the one map label engines use — MapLibre's symbol placement
 * and its `CollisionIndex`, Geovation's labelgun, MapSCII's `LabelBuffer`:
 * candidates are visited in priority order and each is placed greedily at the
 * first of a few anchor positions whose box collides with nothing placed
 * before it, tested against an R-tree (`rbush`,
 * https://github.com/mourner/rbush, `collides`). Like sigma.js (`LabelGrid`,
 * `labelDensity`, `labelRenderedSizeThreshold`) the number of labels is bounded
 * by the viewport's area, and nodes drawn as tiny dots are named only when
 * they rank high, so more names appear as the user zooms in and nodes spread out.
 *
 * Priority (issue 15): the selection, the hovered node and the keyboard cursor;
 * then the selection's (or hovered node's) neighbours and the highlighted
 * nodes; then projects and shared partners (≥ 2 projects) by degree; then the
 * rest by degree. The discs of labelled nodes, and from the start those of the
 * selection and its neighbours, are obstacles too, so a name never covers a
 * named node.
 *
 * Pure: screen coordinates in CSS pixels in, placed labels out; text widths
 * come from a `measure` function (canvas `measureText` in the browser). The
 * cost is bounded by `maxCandidates`, not by the graph's size.
 */
import RBush from 'rbush';

/** Label font sizes in CSS px: readable on a projector from the back of a room. */
export const LABEL_FONT = {
  size: 13,
  strongSize: 15,
  family: '"Noto Sans", Arial, sans-serif',
  /** Halo (white stroke behind the text) width in px. */
  halo: 3,
} as const;

/** Line height of a label in px. */
export function lineHeight(strong: boolean): number {
  return Math.round((strong ? LABEL_FONT.strongSize : LABEL_FONT.size) * 1.15);
}

/** CSS font shorthand of a label. */
export function labelFont(strong: boolean, scale = 1): string {
  return strong
    ? `600 ${LABEL_FONT.strongSize * scale}px ${LABEL_FONT.family}`
    : `${LABEL_FONT.size * scale}px ${LABEL_FONT.family}`;
}

/** Longest name drawn in full; longer names end in "…". */
export const LABEL_MAX_CHARS = 36;

/** A name as labelled: cut to {@link LABEL_MAX_CHARS} characters with an ellipsis. */
export function labelText(name: string): string {
  return name.length > LABEL_MAX_CHARS ? name.slice(0, LABEL_MAX_CHARS - 1) + '…' : name;
}

/** Characters per line before a name wraps (MapLibre's `text-max-width`, in characters). */
export const LABEL_LINE_CHARS = 20;

/**
 * A name broken into at most two lines of about {@link LABEL_LINE_CHARS}
 * characters, at spaces or after hyphens ("Otto-Friedrich-" /
 * "Universität Bamberg"), so long names fit beside a node in a narrow pane.
 * A word longer than a line stays whole.
 */
export function wrapLabel(text: string, max = LABEL_LINE_CHARS): string[] {
  if (text.length <= max) return [text];
  const words = text.match(/[^\s-]+-?|-/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const sep = line && !line.endsWith('-') ? ' ' : '';
    if (line && (line + sep + w).length > max && lines.length === 0) {
      lines.push(line);
      line = w;
    } else line += sep + w;
  }
  if (line) lines.push(line);
  return lines;
}

/** Where the text sits relative to its node. */
export type LabelAnchor =
  'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';

/** Anchors tried in this order (MapLibre's `text-variable-anchor` idea): beside, above or below, then diagonal. */
export const ANCHORS: readonly LabelAnchor[] = [
  'right',
  'left',
  'top',
  'bottom',
  'top-right',
  'bottom-right',
  'top-left',
  'bottom-left',
];

export interface PlacedLabel {
  /** Node index. */
  i: number;
  /** The name as labelled (cut to {@link LABEL_MAX_CHARS}). */
  text: string;
  /** `text` as drawn: one or two lines ({@link wrapLabel}). */
  lines: string[];
  anchor: LabelAnchor;
  /** Text box in screen px: [x0, y0, x1, y1] (halo included). */
  box: [number, number, number, number];
  /** Selection, hover or cursor: drawn bold and larger. */
  strong: boolean;
  /** Priority rank (0 = must show); lower is more important. */
  rank: number;
}

export interface LabelInput {
  /** Number of nodes. */
  n: number;
  /** Node names, indexed by node. */
  names: readonly string[];
  /** Screen x/y of node i: `positions[2i] * view.k + view.x` (computed by the caller's `screen`). */
  screenX: (i: number) => number;
  screenY: (i: number) => number;
  /** Screen radius of node i in px. */
  screenR: (i: number) => number;
  /** 1 = not drawn, never labelled. */
  hidden?: Uint8Array | null;
  /** Viewport in CSS px. */
  width: number;
  height: number;
  /** Must-show nodes (selection, hover, cursor), most important first. Drawn strong. */
  must?: readonly number[];
  /** Next most important: neighbours of the selection, highlighted nodes. */
  near?: readonly number[];
  /** Every other node in priority order (see {@link staticLabelOrder}). */
  order: ArrayLike<number>;
  /** How many of `order`'s first entries rank as "important" (projects, shared partners). */
  importantCount?: number;
  /** Text width in px of `text` at the label font (`strong`: the bold, larger one). */
  measure: (text: string, strong: boolean) => number;
  /** Most labels placed. Default: one per 12,000 px² of viewport, at most 120. */
  budget?: number;
  /** Most candidates tried from `order` (bounds the cost at 20,000 nodes). Default 1,500. */
  maxCandidates?: number;
  /** Nodes drawn smaller than this (px) are only named when must/near/important. Default 2.5. */
  minRadius?: number;
  /** Obstacles placed before any label (e.g. group names of the type layout). */
  obstacles?: readonly [number, number, number, number][];
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** The node whose disc this is (-1: a label or an obstacle). */
  node?: number;
}

/** Gap between a node's edge and its label, px. */
const GAP = 3;

/** The box of a label of `w` × `h` px at `anchor` around a node at (x, y) of radius r. */
export function anchorBox(
  anchor: LabelAnchor,
  x: number,
  y: number,
  r: number,
  w: number,
  h: number,
): [number, number, number, number] {
  // Diagonal anchors start where the node's disc ends on the diagonal.
  const d = r * Math.SQRT1_2 + GAP;
  switch (anchor) {
    case 'right':
      return [x + r + GAP, y - h / 2, x + r + GAP + w, y + h / 2];
    case 'left':
      return [x - r - GAP - w, y - h / 2, x - r - GAP, y + h / 2];
    case 'top':
      return [x - w / 2, y - r - GAP - h, x + w / 2, y - r - GAP];
    case 'bottom':
      return [x - w / 2, y + r + GAP, x + w / 2, y + r + GAP + h];
    case 'top-right':
      return [x + d, y - d - h, x + d + w, y - d];
    case 'bottom-right':
      return [x + d, y + d, x + d + w, y + d + h];
    case 'top-left':
      return [x - d - w, y - d - h, x - d, y - d];
    case 'bottom-left':
      return [x - d - w, y + d, x - d, y + d + h];
  }
}

/** Default label budget for a viewport: one label per 12,000 px², at most 120 (sigma's `labelDensity` idea). */
export function labelBudget(width: number, height: number): number {
  return Math.max(4, Math.min(120, Math.round((width * height) / 12_000)));
}

const toBox = (b: readonly [number, number, number, number]): Box => ({
  minX: b[0],
  minY: b[1],
  maxX: b[2],
  maxY: b[3],
});

/**
 * Places labels greedily in priority order. No two returned boxes overlap
 * (touching edges do not count), and every box lies inside the viewport.
 */
export function placeLabels(input: LabelInput): PlacedLabel[] {
  const { width, height, hidden, measure } = input;
  const budget = input.budget ?? labelBudget(width, height);
  const maxCandidates = input.maxCandidates ?? 1_500;
  const minRadius = input.minRadius ?? 2.5;
  const important = input.importantCount ?? 0;
  const tree = new RBush<Box>();
  for (const o of input.obstacles ?? []) tree.insert(toBox(o));
  const placed: PlacedLabel[] = [];
  const done = new Set<number>();
  const disc = (i: number): Box => {
    const x = input.screenX(i);
    const y = input.screenY(i);
    const r = input.screenR(i);
    return { minX: x - r, minY: y - r, maxX: x + r, maxY: y + r, node: i };
  };
  // The discs of the nodes that matter most are obstacles from the start: a
  // neighbour's name never covers another neighbour of the selection.
  for (const i of new Set([...(input.must ?? []), ...(input.near ?? [])]))
    if (i >= 0 && i < input.n && !hidden?.[i]) tree.insert(disc(i));

  const tryPlace = (i: number, rank: number, strong: boolean): void => {
    if (done.has(i) || i < 0 || i >= input.n || hidden?.[i]) return;
    done.add(i);
    const x = input.screenX(i);
    const y = input.screenY(i);
    const r = input.screenR(i);
    if (!(x >= 0 && y >= 0 && x <= width && y <= height)) return;
    if (rank >= 3 && r < minRadius) return;
    const text = labelText(input.names[i] ?? '');
    if (!text) return;
    const lines = wrapLabel(text);
    const h = lines.length * lineHeight(strong) + LABEL_FONT.halo;
    let w = 0;
    for (const l of lines) w = Math.max(w, measure(l, strong));
    w += LABEL_FONT.halo;
    for (const anchor of ANCHORS) {
      const box = anchorBox(anchor, x, y, r, w, h);
      if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) continue;
      const b = toBox(box);
      if (tree.collides(b) && collidesStrictly(tree, b, i)) continue;
      tree.insert(b);
      // The named node's disc: later labels keep off it.
      if (rank >= 2) tree.insert(disc(i));
      placed.push({ i, text, lines, anchor, box, strong, rank });
      return;
    }
  };

  for (const i of input.must ?? []) if (placed.length < budget) tryPlace(i, 0, true);
  for (const i of input.near ?? []) if (placed.length < budget) tryPlace(i, 1, false);
  const order = input.order;
  let tried = 0;
  for (let q = 0; q < order.length && placed.length < budget && tried < maxCandidates; q++) {
    const i = order[q];
    if (done.has(i) || hidden?.[i]) continue;
    const x = input.screenX(i);
    const y = input.screenY(i);
    if (!(x >= 0 && y >= 0 && x <= width && y <= height)) continue;
    tried++;
    tryPlace(i, q < important ? 2 : 3, false);
  }
  return placed;
}

/** rbush counts touching boxes as colliding; labels may touch. A node's own disc never blocks its label. */
function collidesStrictly(tree: RBush<Box>, b: Box, self: number): boolean {
  return tree
    .search(b)
    .some(
      (o) =>
        o.node !== self && o.minX < b.maxX && b.minX < o.maxX && o.minY < b.maxY && b.minY < o.maxY,
    );
}

/** Whether two boxes overlap by more than touching. */
export function boxesOverlap(
  a: readonly [number, number, number, number],
  b: readonly [number, number, number, number],
): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/**
 * During a gesture: the labels placed at the last settle, moved to the current
 * view with their anchors kept. Those that left the viewport or now overlap a
 * more important one (zooming out brings nodes together) are dropped, so the
 * no-overlap promise holds in every frame; nothing new is placed until the
 * gesture settles. Cost ∝ the labels, not the graph.
 */
export function moveLabels(
  labels: readonly PlacedLabel[],
  screenX: (i: number) => number,
  screenY: (i: number) => number,
  screenR: (i: number) => number,
  width: number,
  height: number,
): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  for (const l of labels) {
    const w = l.box[2] - l.box[0];
    const h = l.box[3] - l.box[1];
    const box = anchorBox(l.anchor, screenX(l.i), screenY(l.i), screenR(l.i), w, h);
    if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) continue;
    if (out.some((o) => boxesOverlap(o.box, box))) continue;
    out.push({ ...l, box });
  }
  return out;
}

/** What {@link staticLabelOrder} needs of a graph. */
export interface LabelOrderGraph {
  n: number;
  /** 0 = project, 1 = member, 2 = partner. */
  kind: ArrayLike<number>;
  degree: ArrayLike<number>;
  edgeSource: ArrayLike<number>;
  edgeTarget: ArrayLike<number>;
}

/**
 * The graph-wide label order: projects and shared partners (actors linked to
 * two or more projects) first, by degree, then every other node by degree;
 * ties by index. `important` is the length of the first group. Computed once
 * per graph (O(n log n)).
 */
export function staticLabelOrder(g: LabelOrderGraph): { order: Uint32Array; important: number } {
  const projects = new Uint32Array(g.n);
  for (let e = 0; e < g.edgeSource.length; e++) {
    const a = g.edgeSource[e];
    const b = g.edgeTarget[e];
    if (g.kind[a] === 0 && g.kind[b] !== 0) projects[b]++;
    if (g.kind[b] === 0 && g.kind[a] !== 0) projects[a]++;
  }
  // One sort key per node (important first, then degree), so the comparator only reads numbers.
  const key = new Float64Array(g.n);
  let important = 0;
  for (let i = 0; i < g.n; i++) {
    const imp = g.kind[i] === 0 || projects[i] >= 2;
    if (imp) important++;
    key[i] = (imp ? 2 ** 32 : 0) + g.degree[i];
  }
  const order = Uint32Array.from({ length: g.n }, (_, i) => i);
  order.sort((a, b) => key[b] - key[a] || a - b);
  return { order, important };
}
