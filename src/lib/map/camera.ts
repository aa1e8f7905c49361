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

/** A box in page pixels (`getBoundingClientRect()`'s edges). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Free space (px) kept between an overlay and a fitted subject. */
const OVERLAY_GAP = 8;
/** The padding never takes more than this share of the map's width or height. */
const MAX_PADDING_SHARE = 0.6;

/**
 * Padding that keeps a fitted subject off the boxes lying over the map (legend, controls,
 * notes): `base` on every side, more on the side each overlay is cheapest to avoid from. An
 * overlay in a corner is avoided from the side that gives up the smaller share of the map
 * (a tall legend at the bottom right: from the right); one along a whole edge, from that
 * edge. Top + bottom and left + right stay within 60 % of the map's height and width, so
 * there is always room to fit into (MapLibre does not move when the padding leaves none).
 * Overlays outside the map are ignored.
 */
export function overlayInsets(map: Rect, overlays: readonly Rect[], base: number): Padding {
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  const pad: Padding = { top: base, right: base, bottom: base, left: base };
  for (const o of overlays) {
    const left = Math.max(o.left, map.left);
    const right = Math.min(o.right, map.right);
    const top = Math.max(o.top, map.top);
    const bottom = Math.min(o.bottom, map.bottom);
    if (right <= left || bottom <= top) continue;
    // How far in from each edge the overlay reaches, and the share of the map that costs.
    const sides: [keyof Padding, number, number][] = [
      ['top', bottom - map.top, h],
      ['bottom', map.bottom - top, h],
      ['left', right - map.left, w],
      ['right', map.right - left, w],
    ];
    const [side, inset] = sides.reduce((a, b) => (b[1] / b[2] < a[1] / a[2] ? b : a));
    pad[side] = Math.max(pad[side], inset + OVERLAY_GAP);
  }
  const fit = (a: keyof Padding, b: keyof Padding, size: number) => {
    const max = size * MAX_PADDING_SHARE;
    const sum = pad[a] + pad[b];
    if (sum <= max) return;
    pad[a] = Math.floor((pad[a] * max) / sum);
    pad[b] = Math.floor((pad[b] * max) / sum);
  };
  fit('top', 'bottom', h);
  fit('left', 'right', w);
  return pad;
}

/** What lies over the map: our overlays (`data-map-overlay`) and MapLibre's controls. */
export const MAP_OVERLAY_SELECTOR = '[data-map-overlay], .maplibregl-ctrl';

/**
 * Padding for fitting into `container` (the map's): `fitPadding` on every side, more where
 * a visible overlay lies over the map (`overlayInsets`): the legend, the notes and buttons
 * over it (marked `data-map-overlay`, in the map's parent) and MapLibre's controls.
 */
export function overlayPadding(container: HTMLElement): Padding {
  const base = fitPadding(container.clientWidth, container.clientHeight);
  const scope = container.parentElement ?? container;
  const boxes: Rect[] = [];
  for (const el of scope.querySelectorAll<HTMLElement>(MAP_OVERLAY_SELECTOR)) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) boxes.push(r);
  }
  return overlayInsets(container.getBoundingClientRect(), boxes, base);
}
