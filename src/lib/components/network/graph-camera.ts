/**
 * The network view's camera: fits (every visible node, or a set of nodes), a shared link's
 * view, resizes and d3-zoom's events, for one {@link GraphView}. Fitting never fights a user
 * who pans: a fit asked for during a gesture is dropped, and after the user moved the camera
 * new layouts and resizes keep it.
 *
 * The camera is d3-zoom's transform on the stage canvas (https://d3js.org/d3-zoom); a fit
 * is a transition of it, which d3-zoom interrupts when the user takes over.
 */
import { easeCubicInOut, select, zoomIdentity } from 'd3';
import type { ViewTransform } from '../../graph/render';
import { fitScale, fitView } from '../../graph/camera';
import { fitBounds, nodeBounds, sameView } from '../../graph/fit';
import { viewOfZoom, zoomOfView } from '../../graph/view-zoom';
import type { GraphZoom } from '../../state/url-state';
import type { GraphView } from './graph-view.svelte';

/** Pause after the last zoom event before the full-quality redraw and label placement. */
export const SETTLE_MS = 120;
/** Duration of a fit, ms. */
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

export class GraphCamera {
  #lastFit: FitTarget = { kind: 'visible' };
  #pendingFit: { target: FitTarget; animate: boolean } | null = null;
  /** A link's view, shown instead of the first fit once positions exist. */
  #linkZoom: GraphZoom | null = null;
  /**
   * The link's view while it is on screen and the reader has not moved or fitted since: kept
   * relative to the pane on a resize (the page settling around the network, a panel opening),
   * so the reader sees what the sender saw and the link's `gz` stays as it was.
   */
  #linkView: GraphZoom | null = null;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly gv: GraphView) {}

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
    queueMicrotask(() => this.flushFit(to));
  }

  /** The fit button: every visible node, now, whatever the user did before. */
  fitAll(): void {
    this.gv.gestureActive = false;
    this.gv.hooks.onusermove?.();
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
    this.flushFit();
  }

  /** The last fit's target if it still names visible nodes (a selection, a story step), else everything. */
  refitTarget(): FitTarget {
    const t = this.#lastFit;
    const hidden = this.gv.base?.hidden;
    if (t.kind === 'nodes' && t.nodes.some((i) => !hidden?.[i] && i < (this.gv.graph?.n ?? 0)))
      return t;
    return { kind: 'visible' };
  }

  #applyLinkZoom(): boolean {
    const gv = this.gv;
    const z = this.#linkZoom;
    if (!z || !gv.current || !gv.zoomBehavior || !gv.canvas || gv.width === 0) return false;
    this.#linkZoom = null;
    this.#pendingFit = null;
    this.#linkView = z;
    const v = viewOfZoom(z, gv.width, gv.height);
    gv.userMovedSinceFit = true;
    select(gv.canvas).interrupt();
    select(gv.canvas).call(gv.zoomBehavior.transform, zoomIdentity.translate(v.x, v.y).scale(v.k));
    gv.hooks.onzoom?.(z);
    return true;
  }

  /** Carries out a pending fit (or a link's view) once positions and the stage exist. */
  flushFit(to?: Float32Array): void {
    if (this.#applyLinkZoom()) return;
    const gv = this.gv;
    const pending = this.#pendingFit;
    const p = to ?? gv.current;
    if (!pending || !p || !gv.zoomBehavior || !gv.canvas || gv.width === 0) return;
    this.#pendingFit = null;
    if (gv.gestureActive) return;
    const v = this.fitTransform(pending.target, p);
    if (!v) return;
    this.#lastFit = pending.target;
    this.#linkView = null;
    gv.userMovedSinceFit = false;
    gv.hooks.onzoom?.(null);
    if (sameView(v, gv.view)) return;
    const t = zoomIdentity.translate(v.x, v.y).scale(v.k);
    const sel = select(gv.canvas);
    // The default (unnamed) transition: d3-zoom interrupts it when the user takes over.
    sel.interrupt();
    if (gv.reducedMotion || !pending.animate) {
      sel.call(gv.zoomBehavior.transform, t);
      return;
    }
    gv.cameraMoving = true;
    sel
      .transition()
      .duration(FIT_MS)
      .ease(easeCubicInOut)
      .call(gv.zoomBehavior.transform, t)
      .on('end interrupt', () => {
        gv.cameraMoving = false;
      });
  }

  /** The view that shows `target` at positions `p`, or null when nothing counts. */
  fitTransform(target: FitTarget, p: Float32Array = this.gv.current!): ViewTransform | null {
    const gv = this.gv;
    const hidden = gv.base?.hidden ?? null;
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
    const overview = fitScale(gv.width, gv.height);
    // No extra room for names at the sides: spreading the nodes wider gives the
    // label placement more free anchors than a margin would (narrow split pane).
    return fitBounds(b, gv.width, gv.height, {
      padding: FIT_PADDING,
      maxK: Math.min(MAX_ZOOM, overview * FIT_MAX_ZOOM),
      minK: MIN_ZOOM,
    });
  }

  /** The whole layout square, before anything is known (first mount). */
  resetView(): void {
    const gv = this.gv;
    if (!gv.zoomBehavior || !gv.canvas || gv.width === 0) return;
    const v = fitView(gv.width, gv.height);
    select(gv.canvas).call(gv.zoomBehavior.transform, zoomIdentity.translate(v.x, v.y).scale(v.k));
  }

  /** The viewport changed size: refit what was fitted, unless the user has moved since. */
  resized(w: number, h: number): void {
    const gv = this.gv;
    const first = gv.width === 0;
    const [dw, dh] = [w - gv.width, h - gv.height];
    gv.width = w;
    gv.height = h;
    if (first) this.resetView();
    if (this.#linkView && gv.zoomBehavior && gv.canvas && w > 0 && h > 0) {
      const v = viewOfZoom(this.#linkView, w, h);
      select(gv.canvas).call(
        gv.zoomBehavior.transform,
        zoomIdentity.translate(v.x, v.y).scale(v.k),
      );
    } else if (!gv.userMovedSinceFit && !gv.hooks.holdsView?.() && gv.current)
      this.requestFit(this.#lastFit, false);
    else if (!first && gv.zoomBehavior && gv.canvas && w > 0 && h > 0)
      // Keep what was in the middle in the middle (e.g. a panel opens).
      select(gv.canvas).call(gv.zoomBehavior.translateBy, dw / 2 / gv.view.k, dh / 2 / gv.view.k);
    gv.requestFull();
    gv.scheduleCompose();
  }

  /** d3-zoom's `zoom` event. `user`: a person (or a scripted gesture) moved the camera. */
  onZoom(t: { k: number; x: number; y: number }, fromInput: boolean): void {
    const gv = this.gv;
    gv.view = { k: t.k, x: t.x, y: t.y };
    const user = fromInput || gv.scriptedGesture;
    if (user && !gv.cameraMoving) {
      this.#linkView = null;
      gv.userMovedSinceFit = true;
      gv.hooks.onusermove?.();
    }
    gv.moving = true;
    gv.scheduleCompose();
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(
      () => {
        gv.moving = false;
        gv.gestureActive = false;
        gv.requestFull();
        gv.labelling.update();
        if (gv.userMovedSinceFit && gv.width > 0)
          gv.hooks.onzoom?.(zoomOfView(gv.view, gv.width, gv.height));
      },
      user || gv.cameraMoving ? SETTLE_MS : 0,
    );
  }

  /** One step of a scripted gesture (bench, e2e): moves the camera as a person would. */
  scriptedZoom(k: number, x: number, y: number): void {
    const gv = this.gv;
    if (!gv.zoomBehavior || !gv.canvas) return;
    gv.scriptedGesture = true;
    select(gv.canvas).call(gv.zoomBehavior.transform, zoomIdentity.translate(x, y).scale(k));
    gv.scriptedGesture = false;
  }

  dispose(): void {
    clearTimeout(this.#settleTimer);
  }
}
