/**
 * Layout morph interpolation: each node eases from its old to its new place.
 * Projects set off first, members next, partners last (a short stagger by
 * kind), so the eye can follow a project from its town to its cluster with its
 * partners trailing after it. Pure; the caller owns the animation clock.
 */
import { easeCubicInOut } from 'd3';

/** Share of the morph's duration by which the last kind (partners) starts later than projects. */
export const MORPH_STAGGER = 0.2;

/** Progress of node kind `kind` (0 project, 1 member, 2 partner) at overall time t ∈ [0, 1], eased. */
export function morphProgress(t: number, kind: number, stagger = MORPH_STAGGER): number {
  const delay = (Math.min(2, Math.max(0, kind)) / 2) * stagger;
  return easeCubicInOut(Math.min(1, Math.max(0, (t - delay) / (1 - stagger))));
}

/**
 * Writes the positions at time `t` ∈ [0, 1] into `out` (x/y pairs, node
 * order) and returns it. `from` and `to` are not changed; a node with no
 * finite start (new to the graph) sits at its target.
 */
export function morphFrame(
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  kind: ArrayLike<number>,
  t: number,
  out: Float32Array = new Float32Array(to.length),
): Float32Array {
  const n = to.length / 2;
  for (let i = 0; i < n; i++) {
    const u = morphProgress(t, kind[i]);
    const fx = from[2 * i];
    const fy = from[2 * i + 1];
    if (!Number.isFinite(fx) || !Number.isFinite(fy)) {
      out[2 * i] = to[2 * i];
      out[2 * i + 1] = to[2 * i + 1];
      continue;
    }
    out[2 * i] = fx + (to[2 * i] - fx) * u;
    out[2 * i + 1] = fy + (to[2 * i + 1] - fy) * u;
  }
  return out;
}
