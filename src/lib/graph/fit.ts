/**
 * The fit box of the network view and its exports: the bounds of a set of
 * nodes in layout units, and the view transform (`screen = layout * k + (x,
 * y)`, CSS px) that shows those bounds in a viewport with a margin. d3-zoom
 * then animates to it (https://d3js.org/d3-zoom#zoom_transform), or jumps when
 * motion is reduced. Pure.
 */
import type { ViewTransform } from './render';

/** [x0, y0, x1, y1] in layout units. */
export type Bounds = [number, number, number, number];

/**
 * Bounds of the nodes `indices` (or of every node not `hidden` when `indices`
 * is omitted), each grown by its radius. Null when no node counts.
 */
export function nodeBounds(
  positions: ArrayLike<number>,
  radius: ArrayLike<number> | null,
  options: { indices?: Iterable<number>; hidden?: ArrayLike<number> | null } = {},
): Bounds | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const add = (i: number): void => {
    const x = positions[2 * i];
    const y = positions[2 * i + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const r = radius?.[i] ?? 0;
    if (x - r < x0) x0 = x - r;
    if (y - r < y0) y0 = y - r;
    if (x + r > x1) x1 = x + r;
    if (y + r > y1) y1 = y + r;
  };
  if (options.indices) {
    for (const i of options.indices) if (!options.hidden?.[i]) add(i);
  } else {
    const n = positions.length / 2;
    for (let i = 0; i < n; i++) if (!options.hidden?.[i]) add(i);
  }
  return Number.isFinite(x0) ? [x0, y0, x1, y1] : null;
}

export interface FitOptions {
  /** Margin around the bounds, CSS px on every side. Default 32. */
  padding?: number;
  /** Extra margin on the right (labels sit right of their nodes), px. Default 0. */
  paddingRight?: number;
  /** Largest zoom (a single node would otherwise fill the pane). Default Infinity. */
  maxK?: number;
  /** Smallest zoom. Default 0. */
  minK?: number;
}

/**
 * The view that fits `bounds` into a `width` × `height` viewport, centred,
 * with `padding` px around. A zero-size box (one node) takes `maxK`.
 */
export function fitBounds(
  bounds: Bounds,
  width: number,
  height: number,
  { padding = 32, paddingRight = 0, maxK = Infinity, minK = 0 }: FitOptions = {},
): ViewTransform {
  const [x0, y0, x1, y1] = bounds;
  const availW = Math.max(1, width - 2 * padding - paddingRight);
  const availH = Math.max(1, height - 2 * padding);
  const bw = x1 - x0;
  const bh = y1 - y0;
  let k = Math.min(bw > 0 ? availW / bw : Infinity, bh > 0 ? availH / bh : Infinity);
  k = Math.max(minK, Math.min(maxK, k));
  if (!Number.isFinite(k)) k = 1;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { k, x: padding + availW / 2 - cx * k, y: height / 2 - cy * k };
}

/** Whether two transforms differ by less than half a pixel and 0.1 % zoom. */
export function sameView(a: ViewTransform, b: ViewTransform): boolean {
  return Math.abs(a.k / b.k - 1) < 1e-3 && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
}
