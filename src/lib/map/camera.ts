/**
 * Pure helpers for moving the map camera: the bounds that show a selection with its
 * members and partners, and camera comparison at URL precision. No MapLibre import.
 */
import type { Position } from 'geojson';
import { roundCamera, type Camera } from '../state/url-state';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** The part of a relation this helper reads. */
export interface RelationEnds {
  source: string;
  target: string;
  kind: string;
}

/** Relation kinds whose other end is shown with a selection (network peers can be far away). */
export const FIT_KINDS: readonly string[] = ['member', 'partner'];

/**
 * Bounds of the drawn position of `id` and of the other end of each of its relations of
 * `kinds` that has a position; null when `id` itself is not placed. A lone node gives a
 * zero-size box (west = east, south = north). Does not mutate its input.
 */
export function selectionBounds(
  id: string,
  relations: readonly RelationEnds[],
  positions: ReadonlyMap<string, Position>,
  kinds: readonly string[] = FIT_KINDS,
): Bounds | null {
  const own = positions.get(id);
  if (!own) return null;
  let [w, s] = own;
  let [e, n] = own;
  for (const r of relations) {
    if (!kinds.includes(r.kind)) continue;
    const other = r.source === id ? r.target : r.source;
    const p = positions.get(other);
    if (!p) continue;
    w = Math.min(w, p[0]);
    e = Math.max(e, p[0]);
    s = Math.min(s, p[1]);
    n = Math.max(n, p[1]);
  }
  return [w, s, e, n];
}

/** True when both cameras are equal at the precision the URL keeps (or both null). */
export function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (!a || !b) return a === b;
  const x = roundCamera(a);
  const y = roundCamera(b);
  return x.lng === y.lng && x.lat === y.lat && x.zoom === y.zoom;
}

/** Padding (px) around a fitted selection: 60, less on a small map, never over a fifth of it. */
export function fitPadding(width: number, height: number): number {
  return Math.max(8, Math.min(60, Math.floor(Math.min(width, height) / 5)));
}

/** Free space (px) to keep on each side of a fitted subject. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Bounds of what a story step or a selection is about: each id in `own` at its drawn
 * position, and `selected` (if any) with its members and partners (`selectionBounds`).
 * Ids without a position are skipped; null when none has one.
 */
export function subjectBounds(
  own: readonly string[],
  selected: string | null,
  relationsOf: (id: string) => readonly RelationEnds[],
  positions: ReadonlyMap<string, Position>,
): Bounds | null {
  let out: Bounds | null = null;
  const add = (b: Bounds | null): void => {
    if (!b) return;
    out = out
      ? [
          Math.min(out[0], b[0]),
          Math.min(out[1], b[1]),
          Math.max(out[2], b[2]),
          Math.max(out[3], b[3]),
        ]
      : b;
  };
  for (const id of own) add(selectionBounds(id, [], positions, []));
  if (selected) add(selectionBounds(selected, relationsOf(selected), positions));
  return out;
}

/** Web Mercator x, y in 0…1 (MapLibre's world coordinates before scaling). */
function mercator(lng: number, lat: number): [number, number] {
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return [(lng + 180) / 360, (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2];
}

/**
 * True when `bounds` lie inside the view that `camera` gives a map of `width` × `height`
 * px (north up, no pitch), keeping `padding` free on each side. MapLibre's world is
 * 512 px wide at zoom 0.
 */
export function boundsInView(
  bounds: Bounds,
  camera: Camera,
  width: number,
  height: number,
  padding: Padding,
): boolean {
  const scale = 512 * 2 ** camera.zoom;
  const [cx, cy] = mercator(camera.lng, camera.lat);
  const [x0, y0] = mercator(bounds[0], bounds[3]);
  const [x1, y1] = mercator(bounds[2], bounds[1]);
  const left = width / 2 + (x0 - cx) * scale;
  const right = width / 2 + (x1 - cx) * scale;
  const top = height / 2 + (y0 - cy) * scale;
  const bottom = height / 2 + (y1 - cy) * scale;
  return (
    left >= padding.left &&
    right <= width - padding.right &&
    top >= padding.top &&
    bottom <= height - padding.bottom
  );
}

/**
 * Padding for fitting into `container` (the map's): `fitPadding` on every side, plus at
 * the bottom the height of the map's bottom controls (the credits, the legend button),
 * which lie over the map; that extra is at most 40 % of the height.
 */
export function overlayPadding(container: HTMLElement): Padding {
  const w = container.clientWidth;
  const h = container.clientHeight;
  const base = fitPadding(w, h);
  const corners = container.querySelectorAll<HTMLElement>(
    '.maplibregl-ctrl-bottom-left, .maplibregl-ctrl-bottom-right',
  );
  let controls = 0;
  for (const c of corners) controls = Math.max(controls, c.offsetHeight);
  return { top: base, right: base, left: base, bottom: base + Math.min(controls, h * 0.4) };
}
