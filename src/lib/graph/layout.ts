/**
 * Graph layouts as pure, seeded functions (d3-force,
 * https://d3js.org/d3-force/simulation#simulation_randomSource): the nodes are
 * copied into fresh objects, the simulation is stopped and ticked by hand, and
 * the result is a `Float32Array` of x/y pairs in node order. The same graph,
 * mode and seed give the same positions; the input is never mutated. Runs in
 * `layout.worker.ts` in the app and directly in unit tests.
 *
 * Every layout is normalised to fit a {@link LAYOUT_EXTENT}-wide square
 * centred on the origin, so switching layouts never needs a camera change and
 * a morph between two layouts moves nodes, not the view.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  min,
  type SimulationNodeDatum,
} from 'd3';
import { lcg } from './random';
import { nodeRadius, type LayoutGraph } from './model';
import { germanyProjection } from './projection';

export type LayoutMode = 'force' | 'geo' | 'type';
export const LAYOUT_MODES: readonly LayoutMode[] = ['force', 'geo', 'type'];

/** Width and height of the square every layout is fitted into. */
export const LAYOUT_EXTENT = 1000;

/**
 * Largest graph each layout accepts. Above it the view says so and offers the
 * geographic layout, which is a projection plus a short collide pass.
 */
export const LAYOUT_LIMITS: Readonly<Record<LayoutMode, number>> = {
  force: 50_000,
  type: 50_000,
  geo: 1_000_000,
};

export function fitsLayout(n: number, mode: LayoutMode): boolean {
  return n <= LAYOUT_LIMITS[mode];
}

/** What the view does with a graph: lay it out, or say it is too large and offer a layout that fits. */
export type LayoutDecision =
  | { fits: true }
  | {
      fits: false;
      /** The chosen layout's limit, for the message. */
      limit: number;
      /** A layout that does fit (the geographic one), or null when none does. */
      offer: LayoutMode | null;
    };

/**
 * The "graph too large" decision: above a layout's limit (50,000 nodes for the
 * force and type layouts) the view explains and offers the geographic layout,
 * a projection plus a short collide pass, as long as that one fits.
 */
export function layoutDecision(n: number, mode: LayoutMode): LayoutDecision {
  if (fitsLayout(n, mode)) return { fits: true };
  const offer: LayoutMode | null = mode !== 'geo' && fitsLayout(n, 'geo') ? 'geo' : null;
  return { fits: false, limit: LAYOUT_LIMITS[mode], offer };
}

export interface LayoutOptions {
  mode: LayoutMode;
  /** Seed of the random source (d3-force jiggle). Default 1. */
  seed?: number;
  /** Simulation ticks; default depends on mode and graph size ({@link defaultTicks}). */
  ticks?: number;
  /** Called with the fraction done, in [0, 1], a few dozen times per layout. */
  onProgress?: (fraction: number) => void;
}

/** A text placed in layout space (group names of the type layout). */
export interface LayoutLabel {
  text: string;
  x: number;
  y: number;
}

export interface LayoutResult {
  mode: LayoutMode;
  /** x0, y0, x1, y1, … in node order, layout units. */
  positions: Float32Array;
  /** Ticks actually run. */
  ticks: number;
  /** The simulation cooled below its minimum alpha (always true for analytic layouts). */
  converged: boolean;
  labels: LayoutLabel[];
}

export class LayoutTooLargeError extends RangeError {
  constructor(
    readonly n: number,
    readonly mode: LayoutMode,
  ) {
    super(`${n} nodes exceed the ${mode} layout's limit of ${LAYOUT_LIMITS[mode]}`);
    this.name = 'LayoutTooLargeError';
  }
}

const ALPHA_MIN = 0.001;

/**
 * Force ticks: 100 for graphs up to 2,000 nodes+edges, 150 up to 5,000 (d3's
 * default is 300; the cooling is stretched to reach the same final alpha, and
 * 100 ticks keep the real dataset — 73 loosely linked stars — under 300 ms in
 * a browser worker on a slow machine), then fewer, down to 40 — Barnes–Hut is O(n log n) per tick and a 20,000-node
 * graph with 300 ticks would take tens of seconds. The cooling schedule is
 * stretched to the tick count so the simulation still converges.
 */
export function defaultTicks(mode: LayoutMode, n: number, m: number): number {
  if (mode === 'type') return 0;
  if (mode === 'geo') return n + m > 20_000 ? 30 : 80;
  const size = n + m;
  return size <= 2_000 ? 100 : size <= 5_000 ? 150 : Math.max(40, Math.round(1_500_000 / size));
}

interface SimNode extends SimulationNodeDatum {
  index: number;
  r: number;
  tx: number;
  ty: number;
}

/** Runs the chosen layout. Pure: same input, mode and seed → same positions. */
export function computeLayout(graph: LayoutGraph, options: LayoutOptions): LayoutResult {
  const { mode } = options;
  if (!fitsLayout(graph.n, mode)) throw new LayoutTooLargeError(graph.n, mode);
  const seed = options.seed ?? 1;
  const ticks = options.ticks ?? defaultTicks(mode, graph.n, graph.edgeSource.length);
  const progress = options.onProgress ?? (() => {});
  progress(0);
  let result: LayoutResult;
  if (mode === 'force') result = forceLayout(graph, seed, ticks, progress);
  else if (mode === 'geo') result = geoLayout(graph, seed, ticks, progress);
  else result = typeLayout(graph);
  // The force layout is already centred on the origin (forceX/forceY), and its
  // rim of isolated nodes is a circle around the origin: scale it, don't shift it.
  normalise(result.positions, result.labels, mode !== 'force');
  progress(1);
  return result;
}

/**
 * Ticks a stopped simulation `ticks` times, reporting progress ~50 times.
 * `halfway` runs once when half the ticks are done (e.g. to add a force that is
 * only worth its cost once the layout has roughly settled).
 */
function run(
  sim: ReturnType<typeof forceSimulation<SimNode>>,
  ticks: number,
  progress: (f: number) => void,
  halfway?: () => void,
): boolean {
  sim.alphaDecay(1 - Math.pow(ALPHA_MIN, 1 / Math.max(1, ticks)));
  const step = Math.max(1, Math.ceil(ticks / 50));
  const half = Math.floor(ticks / 2);
  let t = 0;
  while (t < ticks) {
    const n = Math.min(step, ticks - t, t < half ? half - t : ticks - t);
    sim.tick(n);
    t += n;
    if (t === half) halfway?.();
    progress(Math.min(0.99, t / ticks));
  }
  return sim.alpha() < ALPHA_MIN * 1.0001;
}

function forceLayout(
  g: LayoutGraph,
  seed: number,
  ticks: number,
  progress: (f: number) => void,
): LayoutResult {
  const connected: number[] = [];
  const isolated: number[] = [];
  for (let i = 0; i < g.n; i++) (g.degree[i] > 0 ? connected : isolated).push(i);
  const simIndex = new Int32Array(g.n).fill(-1);
  // Seeded start: d3's phyllotaxis spiral (its default), turned by a seeded
  // angle and jittered, so the seed chooses among equally good layouts.
  const rand = lcg(seed);
  const turn = rand() * 2 * Math.PI;
  const nodes: SimNode[] = connected.map((i, k) => {
    simIndex[i] = k;
    const radius = 10 * Math.sqrt(0.5 + k);
    const a = turn + k * Math.PI * (3 - Math.sqrt(5));
    return {
      index: k,
      r: nodeRadius(g.degree[i]) + 1,
      tx: 0,
      ty: 0,
      x: radius * Math.cos(a) + (rand() - 0.5) * 10,
      y: radius * Math.sin(a) + (rand() - 0.5) * 10,
    };
  });
  const links = Array.from(g.edgeSource, (s, e) => ({
    source: simIndex[s],
    target: simIndex[g.edgeTarget[e]],
  }));
  const big = connected.length > 5_000;
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(rand)
    .stop()
    .force(
      'link',
      forceLink<SimNode, { source: number | SimNode; target: number | SimNode }>(links)
        .id((d) => d.index)
        .distance(30),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength(-40)
        // Barnes–Hut accuracy: 1.1 instead of d3's 0.9 costs little visible
        // quality and a third of the time; the many-body force is most of a tick.
        .theta(big ? 1.2 : 1.1),
    )
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.04));
  // Collision only for the second half: overlaps early on are pushed apart by
  // the charge anyway, and a collide pass costs about half a charge pass. Big
  // graphs skip it: the charge keeps nodes apart and the view shows them as dots.
  const collide = (): void => {
    if (!big)
      sim.force(
        'collide',
        forceCollide<SimNode>((d) => d.r),
      );
  };
  const converged = connected.length === 0 || run(sim, ticks, progress, collide);
  const positions = new Float32Array(2 * g.n);
  let rim = 0;
  for (const node of nodes) {
    const i = connected[node.index];
    positions[2 * i] = node.x ?? 0;
    positions[2 * i + 1] = node.y ?? 0;
    rim = Math.max(rim, Math.hypot(node.x ?? 0, node.y ?? 0) + node.r);
  }
  // Nodes without edges feel no link force and the charge would fling them off
  // indefinitely: they go to evenly spaced places on a ring just outside the rest.
  placeOnRim(positions, isolated, rim + 40);
  return { mode: 'force', positions, ticks, converged, labels: [] };
}

function placeOnRim(positions: Float32Array, indices: readonly number[], radius: number): void {
  let k = 0;
  let r = radius;
  while (k < indices.length) {
    const capacity = Math.max(8, Math.floor((2 * Math.PI * r) / 14));
    const count = Math.min(capacity, indices.length - k);
    for (let j = 0; j < count; j++, k++) {
      const a = -Math.PI / 2 + (2 * Math.PI * j) / count;
      positions[2 * indices[k]] = r * Math.cos(a);
      positions[2 * indices[k] + 1] = r * Math.sin(a);
    }
    r += 14;
  }
}

function geoLayout(
  g: LayoutGraph,
  seed: number,
  ticks: number,
  progress: (f: number) => void,
): LayoutResult {
  const project = germanyProjection(LAYOUT_EXTENT);
  const unplaced: number[] = [];
  const nodes: SimNode[] = [];
  for (let i = 0; i < g.n; i++) {
    const p =
      Number.isFinite(g.lon[i]) && Number.isFinite(g.lat[i]) ? project([g.lon[i], g.lat[i]]) : null;
    if (!p) unplaced.push(i);
    // Nodes start exactly at their place; many actors share a place (their
    // project's), and collide's seeded jiggle separates them.
    nodes.push({
      index: i,
      r: nodeRadius(g.degree[i]) * 0.6 + 0.5,
      tx: p?.[0] ?? 0,
      ty: p?.[1] ?? 0,
      x: p?.[0] ?? 0,
      y: p?.[1] ?? 0,
    });
  }
  // Nodes without coordinates line up below the map rather than piling up in its middle.
  unplaced.forEach((i, k) => {
    nodes[i].tx = nodes[i].x = -LAYOUT_EXTENT / 2 + ((k * 12) % LAYOUT_EXTENT);
    nodes[i].ty = nodes[i].y = LAYOUT_EXTENT / 2 + 30 + 12 * Math.floor((k * 12) / LAYOUT_EXTENT);
  });
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(lcg(seed))
    .stop()
    .force('collide', forceCollide<SimNode>((d) => d.r).strength(0.7))
    .force('x', forceX<SimNode>((d) => d.tx).strength(0.3))
    .force('y', forceY<SimNode>((d) => d.ty).strength(0.3));
  const converged = run(sim, ticks, progress);
  const positions = new Float32Array(2 * g.n);
  for (const node of nodes) {
    positions[2 * node.index] = node.x ?? 0;
    positions[2 * node.index + 1] = node.y ?? 0;
  }
  return { mode: 'geo', positions, ticks, converged, labels: [] };
}

/**
 * The provisional first frame (issue 15: never an empty pane): every node at
 * its geographic place (the projection of the geographic layout, no collide
 * pass), nodes sharing a place spread on a small golden-angle spiral, nodes
 * without coordinates in rows below, normalised like every layout. O(n), no
 * randomness; shown while the chosen layout runs, then morphed into it.
 */
export function provisionalLayout(g: LayoutGraph): Float32Array {
  const project = germanyProjection(LAYOUT_EXTENT);
  const positions = new Float32Array(2 * g.n);
  const seen = new Map<string, number>();
  let unplaced = 0;
  for (let i = 0; i < g.n; i++) {
    const p =
      Number.isFinite(g.lon[i]) && Number.isFinite(g.lat[i]) ? project([g.lon[i], g.lat[i]]) : null;
    if (!p) {
      const k = unplaced++;
      positions[2 * i] = -LAYOUT_EXTENT / 2 + ((k * 12) % LAYOUT_EXTENT);
      positions[2 * i + 1] = LAYOUT_EXTENT / 2 + 30 + 12 * Math.floor((k * 12) / LAYOUT_EXTENT);
      continue;
    }
    const key = `${Math.round(p[0])},${Math.round(p[1])}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const r = 3 * Math.sqrt(k);
    const a = k * Math.PI * (3 - Math.sqrt(5));
    positions[2 * i] = p[0] + r * Math.cos(a);
    positions[2 * i + 1] = p[1] + r * Math.sin(a);
  }
  normalise(positions, [], true);
  return positions;
}

/**
 * Projects on an inner ring (grouped by category); actors on an outer ring in
 * one sector per type, each sector's nodes ordered by the angle of the projects
 * they belong to. Edges then run from a project to the sectors of the kinds of
 * partner it has, so "which projects share which kinds of partner" reads as
 * bundles into the same sector. Analytic: no randomness, no simulation.
 */
function typeLayout(g: LayoutGraph): LayoutResult {
  const positions = new Float32Array(2 * g.n);
  const projects: number[] = [];
  const groups = new Map<number, number[]>();
  for (let i = 0; i < g.n; i++) {
    if (g.kind[i] === 0) projects.push(i);
    else {
      const list = groups.get(g.typeIndex[i]);
      if (list) list.push(i);
      else groups.set(g.typeIndex[i], [i]);
    }
  }
  // Inner ring: projects by category, then input order.
  projects.sort((a, b) => g.typeIndex[a] - g.typeIndex[b] || a - b);
  const spacing = 12;
  const r1 = Math.max(120, (projects.length * spacing) / (2 * Math.PI));
  const angle = new Float64Array(g.n);
  projects.forEach((i, k) => {
    const a = -Math.PI / 2 + (2 * Math.PI * k) / Math.max(1, projects.length);
    angle[i] = a;
    positions[2 * i] = r1 * Math.cos(a);
    positions[2 * i + 1] = r1 * Math.sin(a);
  });
  // Edge endpoints in CSR form, to find each actor's projects.
  const offs = new Uint32Array(g.n + 1);
  for (let e = 0; e < g.edgeSource.length; e++) {
    offs[g.edgeSource[e] + 1]++;
    offs[g.edgeTarget[e] + 1]++;
  }
  for (let i = 0; i < g.n; i++) offs[i + 1] += offs[i];
  const fill = offs.slice(0, g.n);
  const adj = new Uint32Array(offs[g.n]);
  for (let e = 0; e < g.edgeSource.length; e++) {
    adj[fill[g.edgeSource[e]]++] = g.edgeTarget[e];
    adj[fill[g.edgeTarget[e]]++] = g.edgeSource[e];
  }
  // Sectors: member types first, then partner types, larger groups first.
  const order = [...groups.entries()].sort(
    ([ta, a], [tb, b]) =>
      min(a, (i) => g.kind[i])! - min(b, (i) => g.kind[i])! ||
      b.length - a.length ||
      (g.types[ta] < g.types[tb] ? -1 : 1),
  );
  const actors = order.reduce((s, [, list]) => s + list.length, 0);
  const gap = 0.04;
  const free = 2 * Math.PI - gap * order.length;
  const r2 = r1 + 140;
  // Rows of a sector: enough radius for the densest sector to fit in ~6 rows.
  let start = -Math.PI / 2;
  const labels: LayoutLabel[] = [];
  for (const [t, list] of order) {
    const span = Math.max(0.02, (free * list.length) / Math.max(1, actors));
    const key = (i: number): number => {
      let sx = 0;
      let sy = 0;
      for (let k = offs[i]; k < offs[i + 1]; k++) {
        const j = adj[k];
        if (g.kind[j] === 0) {
          sx += Math.cos(angle[j]);
          sy += Math.sin(angle[j]);
        }
      }
      const a = sx === 0 && sy === 0 ? start : Math.atan2(sy, sx);
      // Unwrap into [start, start + 2π) so the order follows the ring.
      return (((a - start) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    };
    const keyed = list.map((i) => [key(i), i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let k = 0;
    let row = 0;
    while (k < keyed.length) {
      const r = r2 + row * spacing;
      const capacity = Math.max(1, Math.floor((span * r) / spacing));
      const count = Math.min(capacity, keyed.length - k);
      for (let j = 0; j < count; j++, k++) {
        const a = start + (span * (j + 0.5)) / count;
        const i = keyed[k][1];
        positions[2 * i] = r * Math.cos(a);
        positions[2 * i + 1] = r * Math.sin(a);
      }
      row++;
    }
    const mid = start + span / 2;
    const lr = r2 + row * spacing + 24;
    labels.push({ text: g.types[t], x: lr * Math.cos(mid), y: lr * Math.sin(mid) });
    start += span + gap;
  }
  return { mode: 'type', positions, ticks: 0, converged: true, labels };
}

/** Centres the positions (and labels) on the origin and fits them into the layout square. */
function normalise(positions: Float32Array, labels: LayoutLabel[], recentre: boolean): void {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < positions.length; i += 2) {
    x0 = Math.min(x0, positions[i]);
    x1 = Math.max(x1, positions[i]);
    y0 = Math.min(y0, positions[i + 1]);
    y1 = Math.max(y1, positions[i + 1]);
  }
  if (!Number.isFinite(x0)) return;
  const cx = recentre ? (x0 + x1) / 2 : 0;
  const cy = recentre ? (y0 + y1) / 2 : 0;
  const span = recentre ? Math.max(x1 - x0, y1 - y0) : 2 * Math.max(-x0, x1, -y0, y1);
  const s = LAYOUT_EXTENT / Math.max(span, 1e-9);
  const k = Math.min(s, 4);
  for (let i = 0; i < positions.length; i += 2) {
    positions[i] = (positions[i] - cx) * k;
    positions[i + 1] = (positions[i + 1] - cy) * k;
  }
  for (const l of labels) {
    l.x = (l.x - cx) * k;
    l.y = (l.y - cy) * k;
  }
}
