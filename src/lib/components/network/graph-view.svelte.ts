/**
 * The network view's state: one object that owns the graph model, the layout
 * client, the render client, the view transform, the morph, the fit and the
 * labels, shared by the view's thin components through context (layercake's
 * shape: one context, stacked canvas layers; here a runes class instead of a
 * store per prop).
 *
 * Pipeline: the model (time-sliced on this thread) → a provisional geographic
 * frame and then the chosen layout from the layout worker → the scene
 * (`scene.ts`, shared with every export) → full frames drawn by the render
 * worker → this thread composes the cached bitmap under the current d3-zoom
 * transform (https://d3js.org/d3-zoom), then the overlay and label layers.
 * A gesture frame is one `drawImage` plus the layers whatever the graph's
 * size; labels are placed when the gesture settles, never inside a frame.
 *
 * The camera (fits, a link's view, resizes, zoom events) is `graph-camera.ts`, the names
 * `graph-labelling.svelte.ts`, morph or jump to new positions `graph-transition.ts`.
 */
import { createContext } from 'svelte';
import type { ZoomBehavior } from 'd3';
import type { Graph } from '../../graph/model';
import { layoutGraphOf } from '../../graph/model';
import { macrotask } from '../../util/time-slice';
import type { LayoutMode } from '../../graph/layout';
import { LayoutClient, StaleLayoutError } from '../../graph/layout-client';
import { RenderClient, type RenderedFrame } from '../../graph/render-client';
import { screenRadius, type DrawOptions, type ViewTransform } from '../../graph/render';
import { buildHitIndex, type HitIndex } from '../../graph/hit-test';
import type { GraphZoom } from '../../state/url-state';
import { STARTUP_MARKS, markOnce } from '../../map/startup-marks';
import {
  buildBase,
  setLabelOrder,
  withEmphasis,
  type GraphScene,
  type SceneBase,
} from '../../graph/scene';
import type { SizeMetric } from '../../graph/metrics';
import { GraphCamera } from './graph-camera';
import { GraphLabelling } from './graph-labelling.svelte';
import { showPositions } from './graph-transition';

export { MAX_ZOOM, MIN_ZOOM, type FitTarget } from './graph-camera';

/** The inputs of the scene that the view sets from app state (see NetworkGraph.canvas.svelte). */
export interface SceneInputs {
  colorBy: 'type' | 'community';
  communities: ReadonlyMap<string, number> | null;
  sizeBy: SizeMetric;
  sizeValues: ArrayLike<number> | null;
  hidden: Uint8Array | null;
}

export interface LayoutInfo {
  mode: LayoutMode;
  /** Time inside `computeLayout`, measured in the worker. */
  ms: number;
  /** Request → result on this thread (includes messaging and any queueing in the worker). */
  wallMs: number;
  ticks: number;
  converged: boolean;
  n: number;
}

export interface FrameInfo {
  quality: 'fast' | 'full';
  ms: number;
  at: number;
}

/** A layer drawn on every composed frame, in registration order (overlay, labels). */
export type Layer = () => void;

export class GraphView {
  // ---- reactive: read by the components ----
  graph: Graph | null = $state.raw(null);
  progress: number | null = $state(null);
  layoutError: string | null = $state(null);
  width = $state(0);
  height = $state(0);
  /** Emphasis-free scene stage (colours, radii, legend); replaced on change. */
  base: SceneBase | null = $state.raw(null);
  selected = $state(-1);
  /** The graph's own hover (pointer), or -1. */
  hovered = $state(-1);
  /** Hover from another view (map, list), or -1. */
  outsideFocus = $state(-1);
  cursor = $state(-1);
  highlighted: number[] = $state.raw([]);
  /** Positions exist (provisional or final): something is drawn. */
  hasPositions = $state(false);
  /** The requested layout has arrived (not just the provisional frame). */
  layoutDone = $state(false);
  /** What the positions on screen came from, in order (e2e: provisional first, then the layout). */
  positionSources: ('provisional' | LayoutMode)[] = [];
  /** The whole scene (base + emphasis) as shown. */
  scene: GraphScene | null = $derived.by(() => {
    const base = this.base;
    if (!base) return null;
    return withEmphasis(base, {
      selected: this.selected,
      focus: this.hovered >= 0 ? this.hovered : this.outsideFocus,
      cursor: this.cursor,
      highlighted: this.highlighted,
    });
  });

  // ---- imperative: change every frame ----
  /** The layout's positions, before pins. */
  laidOut: Float32Array | null = null;
  /** What is drawn (morphs, pins, drags). */
  current: Float32Array | null = null;
  view: ViewTransform = { k: 1, x: 0, y: 0 };
  moving = false;
  morphing = false;
  reducedMotion = false;
  /** A pointer is down on the stage or the wheel turned within SETTLE_MS: never fit then. */
  gestureActive = false;
  /** The user moved the camera since the last fit: new layouts keep the camera. */
  userMovedSinceFit = false;
  /** Set while the bench/e2e handle replays a gesture, so it is treated like user input. */
  scriptedGesture = false;
  /** Set while the camera eases to a fit: treated like a gesture (cached raster, one redraw at the end). */
  cameraMoving = false;

  canvas: HTMLCanvasElement | null = null;
  zoomBehavior: ZoomBehavior<HTMLCanvasElement, unknown> | null = null;
  readonly layoutClient = new LayoutClient();
  readonly renderer: RenderClient;
  readonly camera: GraphCamera = new GraphCamera(this);
  readonly labelling: GraphLabelling = new GraphLabelling(this);
  /** The graph the latest layout request is for (a morph for another one stops). */
  layoutFor: Graph | null = null;

  #frame: RenderedFrame | null = null;
  #hit: HitIndex | null = null;
  #layers: Layer[] = [];
  #raf = 0;
  #pendingQuality: 'fast' | 'full' = 'fast';
  #pendingMs = 0;
  /** Scene inputs waiting for their task (see `setInputsSoon`). */
  #pendingInputs: { g: Graph; inputs: SceneInputs } | null = null;
  #disposed = false;

  constructor(
    readonly hooks: {
      /** Pinned positions by node id (GraphState). */
      pinned: () => ReadonlyMap<string, readonly [number, number]>;
      onlayout?: (info: LayoutInfo) => void;
      onframe?: (info: FrameInfo) => void;
      /** Called after positions change (layout, morph end, pin): e2e handles. */
      onpositions?: () => void;
      /**
       * The reader's view for a shared link: called when a gesture settles (the view
       * relative to the fitted one) and with null when a fit takes the camera back.
       */
      onzoom?: (zoom: GraphZoom | null) => void;
      /** A link's view holds: new positions and resizes keep the camera instead of fitting. */
      holdsView?: () => boolean;
      /** The reader moved the camera (wheel, drag, keys). */
      onusermove?: () => void;
    },
  ) {
    this.renderer = new RenderClient((f) => this.#onRendered(f));
    // Both workers start after the mount, each in a task of its own: the layout worker
    // warms up while the model is built; neither creation lengthens the mount's task.
    void macrotask()
      .then(() => !this.#disposed && this.layoutClient.prepare())
      .then(macrotask)
      .then(() => !this.#disposed && this.renderer.prepare());
  }

  dpr = (): number => Math.min(2, globalThis.devicePixelRatio || 1);

  // ---- model and layout ----

  /**
   * Shows a new graph. Node indices of the old one mean nothing in it: the
   * keyboard cursor follows its node by id, hover ends.
   */
  adopt(g: Graph): void {
    const old = this.graph;
    if (old && old !== g) {
      this.cursor = this.cursor >= 0 ? (g.index.get(old.ids[this.cursor]) ?? -1) : -1;
      this.hovered = -1;
    }
    this.graph = g;
  }

  /** Runs layout `mode` for `g` in the worker; a new graph first shows its provisional frame. */
  async runLayout(g: Graph, mode: LayoutMode, seed: number, resetPins: () => void): Promise<void> {
    this.layoutError = null;
    this.progress = 0;
    this.layoutDone = false;
    const sameGraph = this.layoutFor === g;
    const hadPositions = this.current !== null;
    if (!sameGraph) {
      this.layoutFor = g;
      this.laidOut = null;
      this.#hit = null;
      resetPins();
    }
    const requested = performance.now();
    try {
      const result = await this.layoutClient.layout(layoutGraphOf(g), {
        mode,
        seed,
        onProgress: (f) => (this.progress = f),
        // Never an empty pane: a new graph starts from its geographic places.
        onProvisional:
          !sameGraph && mode === 'force'
            ? (p, order) => {
                if (this.layoutFor !== g) return;
                setLabelOrder(g, order);
                this.positionSources.push('provisional');
                showPositions(this, g, this.current && hadPositions ? this.current : null, p, true);
              }
            : undefined,
      });
      if (this.layoutFor !== g) return;
      this.progress = null;
      setLabelOrder(g, result.labelOrder);
      this.laidOut = result.positions;
      this.positionSources.push(mode);
      this.layoutDone = true;
      this.labelling.groupLayoutLabels = result.labels;
      this.hooks.onlayout?.({
        mode,
        ms: result.ms,
        wallMs: performance.now() - requested,
        ticks: result.ticks,
        converged: result.converged,
        n: g.n,
      });
      showPositions(this, g, this.current, this.withPins(g, result.positions), !sameGraph);
    } catch (e) {
      if (e instanceof StaleLayoutError) return;
      this.progress = null;
      this.layoutError = e instanceof Error ? e.message : String(e);
    }
  }

  /**
   * Nothing is drawn: the graph is too large for the chosen layout. Whatever an earlier
   * graph or layout left — positions, the cached raster, labels, a layout or frames still
   * on their way — goes, so the pane never shows the previous dataset under the message.
   * A later `runLayout` starts as for a new graph.
   */
  clear(): void {
    this.layoutClient.cancel();
    this.renderer.cancel();
    this.layoutFor = null;
    this.laidOut = null;
    this.current = null;
    this.#frame = null;
    this.#hit = null;
    this.morphing = false;
    this.progress = null;
    this.hasPositions = false;
    this.layoutDone = false;
    this.labelling.groupLayoutLabels = [];
    this.labelling.groupLabels = [];
    this.labelling.labels = [];
    this.scheduleCompose();
    this.hooks.onpositions?.();
  }

  /** `positions` with pinned nodes at their pins. */
  withPins(g: Graph, positions: Float32Array): Float32Array {
    const out = positions.slice();
    for (const [id, [x, y]] of this.hooks.pinned()) {
      const i = g.index.get(id);
      if (i !== undefined) {
        out[2 * i] = x;
        out[2 * i + 1] = y;
      }
    }
    return out;
  }

  /** New positions (layout, morph end, pin, drag end): drop the hit index, redraw, relabel. */
  setPositions(p: Float32Array): void {
    this.current = p;
    this.hasPositions = true;
    this.#hit = null;
    this.requestFull(p);
    this.labelling.update();
    this.camera.flushFit();
    this.hooks.onpositions?.();
  }

  /**
   * New scene inputs, applied in a task of their own (the newest of several set meanwhile):
   * the scene's O(nodes + edges) rebuild and its hand-off to the render worker never share a
   * task with the effects that computed the inputs (a new graph: the layout request).
   */
  setInputsSoon(g: Graph, inputs: SceneInputs): void {
    const scheduled = this.#pendingInputs !== null;
    this.#pendingInputs = { g, inputs };
    if (scheduled) return;
    void macrotask().then(() => {
      const p = this.#pendingInputs;
      this.#pendingInputs = null;
      if (p && !this.#disposed) this.setInputs(p.g, p.inputs);
    });
  }

  /** New scene inputs: colours, sizes, filters. Rebuilds the base stage and redraws. */
  setInputs(g: Graph, inputs: SceneInputs): void {
    const positions = this.current ?? new Float32Array(2 * g.n);
    const maskChanged = this.base?.graph === g && this.base.hidden !== inputs.hidden;
    this.base = buildBase({ graph: g, positions, ...inputs });
    this.renderer.setScene(this.base.render);
    this.#hit = null;
    this.requestFull(this.current ?? undefined);
    this.scheduleCompose();
    this.labelling.update();
    if (maskChanged) this.camera.requestFit({ kind: 'visible' }, true);
  }

  // ---- rendering ----

  drawOptions(lod: 'full' | 'fast'): DrawOptions {
    return {
      width: this.width,
      height: this.height,
      dpr: this.dpr(),
      view: { ...this.view },
      lod,
      hidden: this.base?.hidden ?? null,
    };
  }

  requestFull(positions?: Float32Array): void {
    const base = this.base;
    if (!base || !this.current || this.width === 0 || this.height === 0) return;
    // Big graphs: a thinned frame first (fast to draw, sharp at the new zoom),
    // then the full one; the render queue keeps only the newest.
    if (base.render.edgeSource.length > 20_000)
      this.renderer.render(this.drawOptions('fast'), positions);
    this.renderer.render(this.drawOptions('full'), positions);
  }

  #onRendered(f: RenderedFrame): void {
    this.#frame = f;
    const v = this.view;
    const sameView =
      f.options.view.k === v.k && f.options.view.x === v.x && f.options.view.y === v.y;
    if (f.latest && sameView && f.options.lod === 'full' && !this.morphing)
      this.scheduleCompose('full', f.ms);
    else this.scheduleCompose('fast');
  }

  /** Sizes a layer's canvas to the stage (CSS px × device pixel ratio) and asks for a frame. */
  sizeLayer(canvas: HTMLCanvasElement): void {
    const d = this.dpr();
    canvas.width = Math.round(this.width * d);
    canvas.height = Math.round(this.height * d);
    canvas.style.width = `${this.width}px`;
    canvas.style.height = `${this.height}px`;
    this.scheduleCompose();
  }

  /** Registers a layer drawn after the cached raster on every frame; returns its removal. */
  addLayer(layer: Layer): () => void {
    this.#layers.push(layer);
    this.scheduleCompose();
    return () => {
      this.#layers = this.#layers.filter((l) => l !== layer);
    };
  }

  scheduleCompose(quality: 'fast' | 'full' = 'fast', ms = 0): void {
    if (quality === 'full') {
      this.#pendingQuality = 'full';
      this.#pendingMs = ms;
    }
    if (this.#raf) return;
    this.#raf = requestAnimationFrame(() => {
      this.#raf = 0;
      const t0 = performance.now();
      this.#compose();
      const q = this.#pendingQuality;
      this.#pendingQuality = 'fast';
      this.hooks.onframe?.({
        quality: q,
        ms: q === 'full' ? this.#pendingMs : performance.now() - t0,
        at: t0,
      });
      if (q === 'full') markOnce(STARTUP_MARKS.graphDrawn);
    });
  }

  /** Draws the cached raster under the current transform, then every layer. */
  #compose(): void {
    const ctx = this.canvas?.getContext('2d');
    if (!ctx || !this.canvas) return;
    const d = this.dpr();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const frame = this.#frame;
    if (frame) {
      const fv = frame.options.view;
      const s = this.view.k / fv.k;
      const dx = this.view.x - fv.x * s;
      const dy = this.view.y - fv.y * s;
      const fd = frame.options.dpr;
      ctx.imageSmoothingEnabled = s !== 1;
      ctx.drawImage(
        frame.raster,
        dx * d,
        dy * d,
        frame.raster.width * s * (d / fd),
        frame.raster.height * s * (d / fd),
      );
    }
    if (this.moving) this.labelling.move();
    for (const layer of this.#layers) layer();
  }

  // ---- screen positions (overlay, labels) ----

  /** Screen x, y and radius of node i at the current view. */
  sx = (i: number): number => this.current![2 * i] * this.view.k + this.view.x;
  sy = (i: number): number => this.current![2 * i + 1] * this.view.k + this.view.y;
  sr = (i: number): number => screenRadius(this.base!.render.radius[i], this.view.k);

  // ---- hit-testing ----

  /** The node under client point (x, y), or -1. */
  nodeAt(clientX: number, clientY: number, hitPx = 10): number {
    const p = this.current;
    const base = this.base;
    if (!p || !base || !this.canvas) return -1;
    this.#hit ??= buildHitIndex(p, base.hidden);
    const rect = this.canvas.getBoundingClientRect();
    const { k, x, y } = this.view;
    const lx = (clientX - rect.left - x) / k;
    const ly = (clientY - rect.top - y) / k;
    const i = this.#hit.find(lx, ly, (hitPx + screenRadius(18, k)) / k);
    if (i < 0) return -1;
    const dx = (p[2 * i] - lx) * k;
    const dy = (p[2 * i + 1] - ly) * k;
    const r = screenRadius(base.render.radius[i], k) + 4;
    return dx * dx + dy * dy <= r * r ? i : -1;
  }

  /** Layout coordinates of a client point. */
  toLayout(clientX: number, clientY: number): [number, number] {
    const rect = this.canvas!.getBoundingClientRect();
    return [
      (clientX - rect.left - this.view.x) / this.view.k,
      (clientY - rect.top - this.view.y) / this.view.k,
    ];
  }

  /** Moves one node (a drag in progress): redraws without relabelling or refitting. */
  dragTo(i: number, x: number, y: number): void {
    if (!this.current) return;
    const next = this.current.slice();
    next[2 * i] = x;
    next[2 * i + 1] = y;
    this.current = next;
    this.requestFull(next);
    this.scheduleCompose();
  }

  dispose(): void {
    this.#disposed = true;
    this.#pendingInputs = null;
    this.camera.dispose();
    cancelAnimationFrame(this.#raf);
    this.morphing = false;
    this.layoutClient.dispose();
    this.renderer.dispose();
  }
}

export const [getGraphView, setGraphView] = createContext<GraphView>();
