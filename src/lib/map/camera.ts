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
