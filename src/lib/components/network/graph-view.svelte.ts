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
 */
import { createContext, untrack } from 'svelte';
import { easeCubicInOut, select, zoomIdentity, type ZoomBehavior } from 'd3';
import type { Graph } from '../../graph/model';
import { layoutGraphOf } from '../../graph/model';
import type { LayoutLabel, LayoutMode } from '../../graph/layout';
import { LayoutClient, StaleLayoutError } from '../../graph/layout-client';
import { RenderClient, type RenderedFrame } from '../../graph/render-client';
import { screenRadius, type DrawOptions, type ViewTransform } from '../../graph/render';
import { buildHitIndex, type HitIndex } from '../../graph/hit-test';
import { fitScale, fitView } from '../../graph/camera';
import { viewOfZoom, zoomOfView } from '../../graph/view-zoom';
import type { GraphZoom } from '../../state/url-state';
import { fitBounds, nodeBounds, sameView } from '../../graph/fit';
import { morphFrame } from '../../graph/morph';
import { STARTUP_MARKS, markOnce } from '../../map/startup-marks';
import { moveLabels, labelFont, LABEL_FONT, type PlacedLabel } from '../../graph/labels';
import {
  buildBase,
  sceneLabels,
  hasLabelOrder,
  setLabelOrder,
  withEmphasis,
  type GraphScene,
  type SceneBase,
} from '../../graph/scene';
import type { SizeMetric } from '../../graph/metrics';
import { measureLabel } from '../../export/network';

/** Pause after the last zoom event before the full-quality redraw and label placement. */
export const SETTLE_MS = 120;
/** Duration of a layout morph and of a fit, ms. */
export const MORPH_MS = 800;
export const FIT_MS = 600;
export const MAX_ZOOM = 40;
export const MIN_ZOOM = 0.05;
/** A fit to a few nodes zooms in at most this much beyond the whole-layout view. */
export const FIT_MAX_ZOOM = 16;
/** Margin around fitted nodes, CSS px. */
export const FIT_PADDING = 40;

/** What a fit brings into view: every visible node, or a set of nodes (selection, highlights). */
export type FitTarget =
  | { kind: 'visible' }
  /** `centre`: keep this node in the middle (a selection), the rest around it. */
  | { kind: 'nodes'; nodes: number[]; centre?: number };

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
  /** Labels as drawn now. */
  labels: PlacedLabel[] = $state.raw([]);
  /** Group names of the type layout, in screen px. */
  groupLabels: { text: string; x: number; y: number }[] = $state.raw([]);
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
  groupLayoutLabels: LayoutLabel[] = [];
  /** Milliseconds the last label placement took (bench). */
  lastLabelMs = 0;
  /** Label placements run so far (bench: "a new placement has run"). */
  labelRuns = 0;

  canvas: HTMLCanvasElement | null = null;
  zoomBehavior: ZoomBehavior<HTMLCanvasElement, unknown> | null = null;
  readonly layoutClient = new LayoutClient();
  readonly renderer: RenderClient;

  #frame: RenderedFrame | null = null;
  #hit: HitIndex | null = null;
  #layers: Layer[] = [];
  #raf = 0;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  #pendingQuality: 'fast' | 'full' = 'fast';
  #pendingMs = 0;
  #layoutFor: Graph | null = null;
  #lastFit: FitTarget = { kind: 'visible' };
  #pendingFit: { target: FitTarget; animate: boolean } | null = null;
  /** A link's view, shown instead of the first fit once positions exist. */
  #linkZoom: GraphZoom | null = null;

  constructor(
    private readonly hooks: {
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
    const sameGraph = this.#layoutFor === g;
    const hadPositions = this.current !== null;
    if (!sameGraph) {
      this.#layoutFor = g;
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
                if (this.#layoutFor !== g) return;
                setLabelOrder(g, order);
                this.positionSources.push('provisional');
                this.#showPositions(g, this.current && hadPositions ? this.current : null, p, true);
              }
            : undefined,
      });
      if (this.#layoutFor !== g) return;
      this.progress = null;
      setLabelOrder(g, result.labelOrder);
      this.laidOut = result.positions;
      this.positionSources.push(mode);
      this.layoutDone = true;
      this.groupLayoutLabels = result.labels;
      this.hooks.onlayout?.({
        mode,
        ms: result.ms,
        wallMs: performance.now() - requested,
        ticks: result.ticks,
        converged: result.converged,
        n: g.n,
      });
      this.#showPositions(g, this.current, this.withPins(g, result.positions), !sameGraph);
    } catch (e) {
      if (e instanceof StaleLayoutError) return;
      this.progress = null;
      this.layoutError = e instanceof Error ? e.message : String(e);
    }
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

  /**
   * New positions for `g`: morph from `from` when there is one (and motion is
   * allowed), else jump; fit unless the user has taken the camera.
   */
  #showPositions(g: Graph, from: Float32Array | null, to: Float32Array, newGraph: boolean): void {
    if (newGraph) this.userMovedSinceFit = false;
    const fitNow = (newGraph || !this.userMovedSinceFit) && !this.hooks.holdsView?.();
    if (from && from.length === to.length && !this.reducedMotion) {
      if (fitNow) this.requestFit(this.#refitTarget(), true, to);
      this.#morph(g, from, to);
    } else {
      this.morphing = false;
      this.setPositions(to);
      if (fitNow) this.requestFit(this.#refitTarget(), !newGraph);
    }
  }

  /** The last fit's target if it still names visible nodes (a selection, a story step), else everything. */
  #refitTarget(): FitTarget {
    const t = this.#lastFit;
    const hidden = this.base?.hidden;
    if (t.kind === 'nodes' && t.nodes.some((i) => !hidden?.[i] && i < (this.graph?.n ?? 0)))
      return t;
    return { kind: 'visible' };
  }

  #morph(g: Graph, from: Float32Array, to: Float32Array): void {
    const buf = new Float32Array(to.length);
    const start = performance.now();
    this.morphing = true;
    const big = g.n + g.edgeSource.length > 20_000;
    const step = (now: number): void => {
      if (this.#layoutFor !== g || !this.morphing) return;
      const t = Math.min(1, (now - start) / MORPH_MS);
      morphFrame(from, to, g.kind, t, buf);
      this.current = buf;
      this.renderer.render(this.drawOptions(big ? 'fast' : 'full'), buf);
      if (t < 1) requestAnimationFrame(step);
      else {
        this.morphing = false;
        this.setPositions(to);
      }
    };
    requestAnimationFrame(step);
  }

  /** New positions (layout, morph end, pin, drag end): drop the hit index, redraw, relabel. */
  setPositions(p: Float32Array): void {
    this.current = p;
    this.hasPositions = true;
    this.#hit = null;
    this.requestFull(p);
    this.updateLabels();
    this.#flushFit();
    this.hooks.onpositions?.();
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
    this.updateLabels();
    if (maskChanged) this.requestFit({ kind: 'visible' }, true);
  }

  // ---- fit ----

  /**
   * Brings `target` into view: eased over FIT_MS, or a jump with reduced
   * motion. Requests made in one tick are merged (a story step sets filters,
   * selection and highlights at once: the nodes win over "everything"); one
   * made before positions exist waits for them; one made while the user is
   * in a gesture is dropped — fitting never fights a user who pans.
   * `to` fits positions a morph is heading for.
   */
  requestFit(target: FitTarget, animate = true, to?: Float32Array): void {
    const prev = this.#pendingFit;
    if (prev && prev.target.kind === 'nodes' && target.kind === 'visible') return;
    this.#pendingFit = { target, animate };
    queueMicrotask(() => this.#flushFit(to));
  }

  /** The fit button: every visible node, now, whatever the user did before. */
  fitAll(): void {
    this.gestureActive = false;
    this.hooks.onusermove?.();
    this.requestFit({ kind: 'visible' }, true);
  }

  /**
   * Shows a view from a shared link (null: fit everything). Before positions exist it
   * waits and then wins over the first fit; the view then counts as the reader's own.
   */
  showZoom(zoom: GraphZoom | null): void {
    if (!zoom) {
      this.#linkZoom = null;
      this.fitAll();
      return;
    }
    this.#linkZoom = zoom;
    this.#flushFit();
  }

  #applyLinkZoom(): boolean {
    const z = this.#linkZoom;
    if (!z || !this.current || !this.zoomBehavior || !this.canvas || this.width === 0) return false;
    this.#linkZoom = null;
    this.#pendingFit = null;
    const v = viewOfZoom(z, this.width, this.height);
    this.userMovedSinceFit = true;
    select(this.canvas).interrupt();
    select(this.canvas).call(
      this.zoomBehavior.transform,
      zoomIdentity.translate(v.x, v.y).scale(v.k),
    );
    this.hooks.onzoom?.(z);
    return true;
  }

  #flushFit(to?: Float32Array): void {
    if (this.#applyLinkZoom()) return;
    const pending = this.#pendingFit;
    const p = to ?? this.current;
    if (!pending || !p || !this.zoomBehavior || !this.canvas || this.width === 0) return;
    this.#pendingFit = null;
    if (this.gestureActive) return;
    const v = this.fitTransform(pending.target, p);
    if (!v) return;
    this.#lastFit = pending.target;
    this.userMovedSinceFit = false;
    this.hooks.onzoom?.(null);
    if (sameView(v, this.view)) return;
    const t = zoomIdentity.translate(v.x, v.y).scale(v.k);
    const sel = select(this.canvas);
    // The default (unnamed) transition: d3-zoom interrupts it when the user takes over.
    sel.interrupt();
    if (this.reducedMotion || !pending.animate) {
      sel.call(this.zoomBehavior.transform, t);
      return;
    }
    this.cameraMoving = true;
    sel
      .transition()
      .duration(FIT_MS)
      .ease(easeCubicInOut)
      .call(this.zoomBehavior.transform, t)
      .on('end interrupt', () => {
        this.cameraMoving = false;
      });
  }

  /** The view that shows `target` at positions `p`, or null when nothing counts. */
  fitTransform(target: FitTarget, p: Float32Array = this.current!): ViewTransform | null {
    const hidden = this.base?.hidden ?? null;
    const b = nodeBounds(p, null, {
      indices: target.kind === 'nodes' ? target.nodes : undefined,
      hidden,
    });
    if (!b) return null;
    if (target.kind === 'nodes' && target.centre !== undefined && target.centre >= 0) {
      // Symmetric about the centre node, so it lands in the middle of the pane.
      const cx = p[2 * target.centre];
      const cy = p[2 * target.centre + 1];
      const hx = Math.max(cx - b[0], b[2] - cx);
      const hy = Math.max(cy - b[1], b[3] - cy);
      b[0] = cx - hx;
      b[2] = cx + hx;
      b[1] = cy - hy;
      b[3] = cy + hy;
    }
    const overview = fitScale(this.width, this.height);
    // No extra room for names at the sides: spreading the nodes wider gives the
    // label placement more free anchors than a margin would (narrow split pane).
    return fitBounds(b, this.width, this.height, {
      padding: FIT_PADDING,
      maxK: Math.min(MAX_ZOOM, overview * FIT_MAX_ZOOM),
      minK: MIN_ZOOM,
    });
  }

  /** The whole layout square, before anything is known (first mount). */
  resetView(): void {
    if (!this.zoomBehavior || !this.canvas || this.width === 0) return;
    const v = fitView(this.width, this.height);
    select(this.canvas).call(
      this.zoomBehavior.transform,
      zoomIdentity.translate(v.x, v.y).scale(v.k),
    );
  }

  /** The viewport changed size: refit what was fitted, unless the user has moved since. */
  resized(w: number, h: number): void {
    const first = this.width === 0;
    const [dw, dh] = [w - this.width, h - this.height];
    this.width = w;
    this.height = h;
    if (first) this.resetView();
    if (!this.userMovedSinceFit && !this.hooks.holdsView?.() && this.current)
      this.requestFit(this.#lastFit, false);
    else if (!first && this.zoomBehavior && this.canvas && w > 0 && h > 0)
      // Keep what was in the middle in the middle (e.g. a panel opens).
      select(this.canvas).call(
        this.zoomBehavior.translateBy,
        dw / 2 / this.view.k,
        dh / 2 / this.view.k,
      );
    this.requestFull();
    this.scheduleCompose();
  }

  /** d3-zoom's `zoom` event. `user`: a person (or a scripted gesture) moved the camera. */
  onZoom(t: { k: number; x: number; y: number }, fromInput: boolean): void {
    this.view = { k: t.k, x: t.x, y: t.y };
    const user = fromInput || this.scriptedGesture;
    if (user && !this.cameraMoving) {
      this.userMovedSinceFit = true;
      this.hooks.onusermove?.();
    }
    this.moving = true;
    this.scheduleCompose();
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(
      () => {
        this.moving = false;
        this.gestureActive = false;
        this.requestFull();
        this.updateLabels();
        if (this.userMovedSinceFit && this.width > 0)
          this.hooks.onzoom?.(zoomOfView(this.view, this.width, this.height));
      },
      user || this.cameraMoving ? SETTLE_MS : 0,
    );
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
    if (this.moving) this.#moveLabels();
    for (const layer of this.#layers) layer();
  }

  // ---- labels ----

  /** Screen x, y and radius of node i at the current view. */
  sx = (i: number): number => this.current![2 * i] * this.view.k + this.view.x;
  sy = (i: number): number => this.current![2 * i + 1] * this.view.k + this.view.y;
  sr = (i: number): number => screenRadius(this.base!.render.radius[i], this.view.k);

  /** Text width in px at the label font (shared, cached measurement of the exports). */
  measure = measureLabel;

  /**
   * Label text size relative to the regular one: 1, or larger for the projector
   * (presentation mode). Placement and drawing both follow it.
   */
  textScale = $state(1);

  /** Places labels for the current view (after a settle, a data or emphasis change). */
  updateLabels(): void {
    const scene = untrack(() => this.scene);
    if (!scene || !this.current || this.width === 0 || this.moving) {
      if (!this.current) this.labels = [];
      return;
    }
    // The graph-wide order comes from the layout worker; never sort 20,000 nodes here.
    if (!hasLabelOrder(scene.graph)) return;
    const t0 = performance.now();
    const groups = this.#groupLabelsOnScreen();
    const obstacles = groups.map((l) => {
      const w = this.measure(l.text, false) * this.textScale;
      const h = 10 * this.textScale;
      return [l.x - w / 2, l.y - h, l.x + w / 2, l.y + h] as [number, number, number, number];
    });
    this.groupLabels = groups;
    this.labels = sceneLabels(
      { ...scene, render: { ...scene.render, positions: this.current } },
      this.view,
      this.width,
      this.height,
      this.measure,
      obstacles,
      untrack(() => this.textScale),
    );
    this.lastLabelMs = performance.now() - t0;
    this.labelRuns++;
    this.scheduleCompose();
  }

  /** During a gesture: the settled labels follow the view; any that would overlap drop out. */
  #moveLabels(): void {
    if (!this.current || !this.base) return;
    this.labels = moveLabels(this.labels, this.sx, this.sy, this.sr, this.width, this.height);
    this.groupLabels = [];
  }

  #groupLabelsOnScreen(): { text: string; x: number; y: number }[] {
    return this.groupLayoutLabels.map((l) => ({
      text: l.text,
      x: l.x * this.view.k + this.view.x,
      y: l.y * this.view.k + this.view.y,
    }));
  }

  /** The label font at the current text scale, for the label layer. */
  labelFont = (strong: boolean): string => labelFont(strong, this.textScale);
  get labelHalo(): number {
    return LABEL_FONT.halo * this.textScale;
  }

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

  /** One step of a scripted gesture (bench, e2e): moves the camera as a person would. */
  scriptedZoom(k: number, x: number, y: number): void {
    if (!this.zoomBehavior || !this.canvas) return;
    this.scriptedGesture = true;
    select(this.canvas).call(this.zoomBehavior.transform, zoomIdentity.translate(x, y).scale(k));
    this.scriptedGesture = false;
  }

  dispose(): void {
    clearTimeout(this.#settleTimer);
    cancelAnimationFrame(this.#raf);
    this.morphing = false;
    this.layoutClient.dispose();
    this.renderer.dispose();
  }
}

export const [getGraphView, setGraphView] = createContext<GraphView>();
