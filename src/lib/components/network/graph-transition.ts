/**
 * How new positions reach the screen in the network view, for one {@link GraphView}: a
 * morph from the positions shown (`graph/morph.ts` interpolates; a frame per animation
 * frame, drawn by the render worker), or a jump with reduced motion or a new graph's first
 * frame; and a fit to where the nodes are heading unless the user has taken the camera.
 */
import type { Graph } from '../../graph/model';
import { morphFrame } from '../../graph/morph';
import type { GraphView } from './graph-view.svelte';

/** Duration of a layout morph, ms. */
export const MORPH_MS = 800;

/** Graphs bigger than this (nodes + edges) morph with thinned frames. */
const BIG = 20_000;

/**
 * New positions `to` for `g`: morph from `from` when there is one (and motion is
 * allowed), else jump; fit unless the user has taken the camera.
 */
export function showPositions(
  gv: GraphView,
  g: Graph,
  from: Float32Array | null,
  to: Float32Array,
  newGraph: boolean,
): void {
  if (newGraph) gv.userMovedSinceFit = false;
  const fitNow = (newGraph || !gv.userMovedSinceFit) && !gv.hooks.holdsView?.();
  if (from && from.length === to.length && !gv.reducedMotion) {
    if (fitNow) gv.camera.requestFit(gv.camera.refitTarget(), true, to);
    morph(gv, g, from, to);
  } else {
    gv.morphing = false;
    gv.setPositions(to);
    if (fitNow) gv.camera.requestFit(gv.camera.refitTarget(), !newGraph);
  }
}

/** Eases from `from` to `to` over MORPH_MS; stops when another graph is laid out or a jump ends it. */
function morph(gv: GraphView, g: Graph, from: Float32Array, to: Float32Array): void {
  const buf = new Float32Array(to.length);
  const start = performance.now();
  gv.morphing = true;
  const big = g.n + g.edgeSource.length > BIG;
  const step = (now: number): void => {
    if (gv.layoutFor !== g || !gv.morphing) return;
    const t = Math.min(1, (now - start) / MORPH_MS);
    morphFrame(from, to, g.kind, t, buf);
    gv.current = buf;
    gv.renderer.render(gv.drawOptions(big ? 'fast' : 'full'), buf);
    if (t < 1) requestAnimationFrame(step);
    else {
      gv.morphing = false;
      gv.setPositions(to);
    }
  };
  requestAnimationFrame(step);
}
