/**
 * A polygon around a set of points (a regional cluster), with the degenerate cases handled:
 *
 * - no point: no hull (null);
 * - one distinct point: a circle (buffered point);
 * - two distinct points, or all points on one straight line: the segment between the two
 *   outermost points, buffered (a hull of collinear points has no area);
 * - three or more points: a concave hull when it reads better (Turf `concave` with a maximum
 *   edge length), else the convex hull; either is buffered so points sit inside, not on, the
 *   outline.
 *
 * Duplicate positions count once. Pure: positions in, GeoJSON out; no input is mutated.
 * Turf: https://turfjs.org/docs/api/concave, https://turfjs.org/docs/api/convex,
 * https://turfjs.org/docs/api/buffer
 */
import {
  area,
  booleanPointInPolygon,
  buffer,
  concave,
  convex,
  lineString,
  point,
  points,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { areCollinear, distinctPositions } from './consortium-areas';

export type HullShape = 'circle' | 'line' | 'concave' | 'convex';

export interface HullOptions {
  /** Buffer around the points in kilometres (default 8). */
  bufferKm?: number;
  /**
   * Longest edge a concave hull may have, in kilometres (default 60). Longer edges are cut
   * in; when that would split the hull or drop a point, the convex hull is used instead.
   * `Infinity` always gives the convex hull.
   */
  maxEdgeKm?: number;
  /** Arc resolution of the buffer (segments per quarter circle, default 8). */
  steps?: number;
}

export interface Hull {
  shape: HullShape;
  geometry: Polygon | MultiPolygon;
}

/** The two positions farthest apart (O(n²); clusters have tens of points at most). */
export function farthestPair(ps: readonly Position[]): [Position, Position] {
  let best: [Position, Position] = [ps[0], ps[ps.length - 1]];
  let max = -1;
  for (let i = 0; i < ps.length; i++)
    for (let j = i + 1; j < ps.length; j++) {
      const d = (ps[i][0] - ps[j][0]) ** 2 + (ps[i][1] - ps[j][1]) ** 2;
      if (d > max) [max, best] = [d, [ps[i], ps[j]]];
    }
  return best;
}

/** Whether every position lies inside or on the polygon. */
function coversAll(g: Polygon, ps: readonly Position[]): boolean {
  return ps.every((p) => booleanPointInPolygon(p, g));
}

/**
 * The hull around `positions`, or null when there are none.
 * @param positions [lon, lat] pairs; repeated positions count once
 */
export function hullOf(positions: readonly Position[], options: HullOptions = {}): Hull | null {
  const { bufferKm = 8, maxEdgeKm = 60, steps = 8 } = options;
  const ps = distinctPositions(positions);
  if (ps.length === 0) return null;
  let shape: HullShape;
  let base: Feature;
  if (ps.length === 1) {
    shape = 'circle';
    base = point(ps[0]);
  } else if (ps.length === 2 || areCollinear(ps)) {
    shape = 'line';
    base = lineString(farthestPair(ps));
  } else {
    const fc = points(ps);
    const cc = Number.isFinite(maxEdgeKm)
      ? concave(fc, { maxEdge: maxEdgeKm, units: 'kilometers' })
      : null;
    const cv = convex(fc);
    // A concave hull that splits into pieces or leaves points out reads worse than the convex
    // one; one that is no smaller than the convex hull is the convex hull.
    if (
      cc &&
      cc.geometry.type === 'Polygon' &&
      coversAll(cc.geometry, ps) &&
      (!cv || area(cc) < area(cv) * 0.99)
    ) {
      shape = 'concave';
      base = cc;
    } else if (cv) {
      shape = 'convex';
      base = cv;
    } else {
      shape = 'line';
      base = lineString(farthestPair(ps));
    }
  }
  const buffered = buffer(base as Feature<Polygon>, bufferKm, { units: 'kilometers', steps });
  if (!buffered) return null;
  return { shape, geometry: roundGeometry(buffered.geometry) };
}

function roundGeometry<G extends Polygon | MultiPolygon>(g: G): G {
  const r = (p: Position) => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map((ring) => ring.map(r)) };
  return {
    ...g,
    coordinates: (g as MultiPolygon).coordinates.map((poly) => poly.map((ring) => ring.map(r))),
  } as G;
}
