/**
 * Keyboard order of the network view, pure (as `map/keyboard-walk.ts` is for
 * the map): with a selection, the arrow keys walk its visible neighbours
 * clockwise from "east"; without one, every visible node from the best
 * connected down. The component only maps keys to {@link stepIn}.
 */

/**
 * Neighbours of the node at (cx, cy), clockwise on screen (y grows downwards)
 * starting at the positive x axis; ties by index.
 */
export function ringOrder(
  positions: ArrayLike<number>,
  centre: number,
  neighbours: Iterable<number>,
  hidden?: ArrayLike<number> | null,
): number[] {
  const cx = positions[2 * centre];
  const cy = positions[2 * centre + 1];
  const angle = (i: number): number => {
    const a = Math.atan2(positions[2 * i + 1] - cy, positions[2 * i] - cx);
    return a < 0 ? a + 2 * Math.PI : a;
  };
  return [...new Set(neighbours)]
    .filter((i) => i !== centre && !hidden?.[i])
    .map((i) => [angle(i), i] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, i]) => i);
}

/** Visible nodes from the highest degree down; ties by index. */
export function degreeOrder(
  degree: ArrayLike<number>,
  hidden?: ArrayLike<number> | null,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < degree.length; i++) if (!hidden?.[i]) out.push(i);
  return out.sort((a, b) => degree[b] - degree[a] || a - b);
}

/**
 * The next entry of `order` from `current` in direction `dir` (+1 / −1),
 * wrapping around. From outside the order, +1 starts at the first entry and
 * −1 at the last. Returns the entry and its position, or null for an empty order.
 */
export function stepIn(
  order: readonly number[],
  current: number,
  dir: 1 | -1,
): { node: number; position: number } | null {
  if (!order.length) return null;
  const at = order.indexOf(current);
  const position =
    at < 0 ? (dir > 0 ? 0 : order.length - 1) : (at + dir + order.length) % order.length;
  return { node: order[position], position };
}

/** The arrow-key direction of a key, or 0. Right/Down: +1; Left/Up: −1. */
export function arrowDirection(key: string): 1 | -1 | 0 {
  if (key === 'ArrowRight' || key === 'ArrowDown') return 1;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return -1;
  return 0;
}
