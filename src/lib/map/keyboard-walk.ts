/**
 * Keyboard walk over the features in view (pure; no DOM, no MapLibre).
 *
 * Order rule: projects first, then members, partners and actor clusters together (a
 * cluster is an item like any actor, with an id from `clusterItemId`); within each group,
 * reading order on screen: rows of `rowHeight` pixels from north to south, west to east inside
 * a row (ties by name, then id, so the order is total and stable). Features whose
 * centre lies outside the viewport are dropped, and an id seen twice (a point on two
 * tiles) counts once.
 */

/** One rendered feature, already projected to screen pixels. */
export interface WalkItem {
  id: string;
  name: string;
  /** Projects come before actors and clusters in the walk. */
  project: boolean;
  /** Pixel position of the feature's centre on the canvas (CSS pixels). */
  x: number;
  y: number;
}

export interface WalkView {
  width: number;
  height: number;
  /** Height of one reading row in pixels. Default 48. */
  rowHeight?: number;
}

export const DEFAULT_ROW_HEIGHT = 48;

const CLUSTER_PREFIX = 'cluster:';

/** The walk id of an actor cluster (never a node id: node ids have no `cluster:` prefix). */
export function clusterItemId(clusterId: number): string {
  return `${CLUSTER_PREFIX}${clusterId}`;
}

/** The cluster id behind a walk id from `clusterItemId`, or null for any other id. */
export function clusterIdOf(itemId: string): number | null {
  if (!itemId.startsWith(CLUSTER_PREFIX)) return null;
  const rest = itemId.slice(CLUSTER_PREFIX.length);
  if (!/^\d+$/.test(rest)) return null;
  const n = Number(rest);
  return Number.isSafeInteger(n) ? n : null;
}

/** The walk order of the items in view (see the module comment for the rule). */
export function walkOrder(items: readonly WalkItem[], view: WalkView): WalkItem[] {
  const row = view.rowHeight && view.rowHeight > 0 ? view.rowHeight : DEFAULT_ROW_HEIGHT;
  const seen = new Set<string>();
  const kept: WalkItem[] = [];
  for (const it of items) {
    if (seen.has(it.id)) continue;
    if (!(it.x >= 0 && it.x <= view.width && it.y >= 0 && it.y <= view.height)) continue;
    seen.add(it.id);
    kept.push(it);
  }
  const band = (it: WalkItem) => Math.floor(it.y / row);
  return kept.sort(
    (a, b) =>
      Number(b.project) - Number(a.project) ||
      band(a) - band(b) ||
      a.x - b.x ||
      a.name.localeCompare(b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * The index to walk to from `currentId` in a list of `count` ids, with wraparound.
 * From nothing (or an id no longer in view) the walk starts at the first item going
 * forward and at the last going back. Returns -1 for an empty list.
 */
export function stepIndex(ids: readonly string[], currentId: string | null, dir: 1 | -1): number {
  const n = ids.length;
  if (n === 0) return -1;
  const i = currentId === null ? -1 : ids.indexOf(currentId);
  if (i < 0) return dir === 1 ? 0 : n - 1;
  return (i + dir + n) % n;
}

/** Where the hint box sits: its size and its top-left/top-right insets, in pixels. */
export interface HintBox {
  width: number;
  height: number;
  /** Distance from the view's top edge. */
  top: number;
  /** Distance from the left edge (left place) and from the right edge (right place). */
  side: number;
}

/** The hint box's place: which side, and its distance from the view's top edge. */
export interface HintPlace {
  side: 'left' | 'right';
  top: number;
}

/**
 * The hint's place, so that it never covers the walked-to point (with `margin` pixels
 * around it, for its ring): top left; else top right; else (a narrow view, where both
 * places cover it) on the left just below the point.
 */
export function hintPlace(
  point: { x: number; y: number },
  box: HintBox,
  viewWidth: number,
  margin = 14,
): HintPlace {
  const under = (left: number) =>
    point.x + margin > left &&
    point.x - margin < left + box.width &&
    point.y + margin > box.top &&
    point.y - margin < box.top + box.height;
  if (!under(box.side)) return { side: 'left', top: box.top };
  if (!under(viewWidth - box.side - box.width)) return { side: 'right', top: box.top };
  return { side: 'left', top: point.y + margin + 4 };
}
