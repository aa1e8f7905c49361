/**
 * Pointer hit-testing with a d3-quadtree
 * (https://d3js.org/d3-quadtree#quadtree_find) over node positions in layout
 * space: O(log n) per pointer move instead of a scan of every node.
 */
import { quadtree, type Quadtree } from 'd3';

export interface HitIndex {
  /** Nearest node within `radius` layout units of (x, y), or -1. */
  find(x: number, y: number, radius: number): number;
}

/** Builds the index; `hidden[i] = 1` leaves node i out (e.g. outside an ego network). */
export function buildHitIndex(positions: Float32Array, hidden?: Uint8Array | null): HitIndex {
  const n = positions.length / 2;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!hidden?.[i]) idx.push(i);
  const tree: Quadtree<number> = quadtree<number>()
    .x((i) => positions[2 * i])
    .y((i) => positions[2 * i + 1])
    .addAll(idx);
  return { find: (x, y, radius) => tree.find(x, y, radius) ?? -1 };
}
