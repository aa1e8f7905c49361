/**
 * Consortium areas: one shaded polygon around the members of a project.
 *
 * - three or more distinct members, not on one line: convex hull, buffered;
 * - two distinct members, or members on one line: the line through the two outermost
 *   members, buffered (a hull of collinear points has no area);
 * - one member, or all members at one position: a circle (buffered point);
 * - no member: no area.
 * Duplicate positions count once. Pure: GeoJSON in, GeoJSON out; no input is mutated.
 * Turf: https://turfjs.org/docs/api/convex, https://turfjs.org/docs/api/buffer
 */
import { buffer, convex, featureCollection, lineString, point, points } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export interface AreaProperties {
  /** The project id (also the feature id for feature-state). */
  id: string;
  name: string;
  /** How the area was built. */
  shape: 'hull' | 'line' | 'circle';
  /** Number of distinct member positions. */
  members: number;
}

export interface AreaOptions {
  /** Buffer around the members in kilometres. */
  bufferKm?: number;
  /** Arc resolution (segments per quarter circle) of the buffer. */
  steps?: number;
}

/** Drop repeated positions (to 1e-6°) and keep first-seen order. */
export function distinctPositions(positions: readonly Position[]): Position[] {
  const seen = new Set<string>();
  const out: Position[] = [];
  for (const p of positions) {
    const key = `${p[0].toFixed(6)},${p[1].toFixed(6)}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push([p[0], p[1]]);
    }
  }
  return out;
}

/** Twice the signed area of triangle abc in degrees²; 0 for collinear points. */
const cross = (a: Position, b: Position, c: Position) =>
  (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);

/** True when all positions lie (within `eps` degrees²) on one straight line. */
export function areCollinear(ps: readonly Position[], eps = 1e-10): boolean {
  if (ps.length < 3) return true;
  const [a, b] = farthestPair(ps);
  return ps.every((c) => Math.abs(cross(a, b, c)) <= eps);
}

/** The two positions farthest apart (O(n²); consortia have a handful of members). */
function farthestPair(ps: readonly Position[]): [Position, Position] {
  let best: [Position, Position] = [ps[0], ps[ps.length - 1]];
  let max = -1;
  for (let i = 0; i < ps.length; i++)
    for (let j = i + 1; j < ps.length; j++) {
      const d = (ps[i][0] - ps[j][0]) ** 2 + (ps[i][1] - ps[j][1]) ** 2;
      if (d > max) [max, best] = [d, [ps[i], ps[j]]];
    }
  return best;
}

/** The area around one project's members, or null when it has none. */
export function consortiumArea(
  id: string,
  name: string,
  memberPositions: readonly Position[],
  { bufferKm = 6, steps = 8 }: AreaOptions = {},
): Feature<Polygon | MultiPolygon, AreaProperties> | null {
  const ps = distinctPositions(memberPositions);
  if (ps.length === 0) return null;
  let shape: AreaProperties['shape'];
  let base;
  if (ps.length === 1) {
    shape = 'circle';
    base = point(ps[0]);
  } else if (areCollinear(ps)) {
    shape = 'line';
    base = lineString(farthestPair(ps));
  } else {
    shape = 'hull';
    base = convex(points(ps));
    if (!base) {
      shape = 'line';
      base = lineString(farthestPair(ps));
    }
  }
  const area = buffer(base, bufferKm, { units: 'kilometers', steps });
  if (!area) return null;
  return {
    type: 'Feature',
    id,
    geometry: roundGeometry(area.geometry),
    properties: { id, name, shape, members: ps.length },
  };
}

export interface ConsortiumInput {
  id: string;
  name: string;
  /** Member node ids. */
  members: readonly string[];
}

/**
 * Areas for every project with at least `minMembers` placed members (2 by default: a
 * project that is its own single member needs no area). Members without a position are
 * skipped here; `toGeoJSON` reports them.
 */
export function consortiumAreas(
  projects: readonly ConsortiumInput[],
  positions: ReadonlyMap<string, Position>,
  opts: AreaOptions & { minMembers?: number } = {},
): FeatureCollection<Polygon | MultiPolygon, AreaProperties> {
  const steps = consortiumAreaSteps(projects, positions, opts);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * {@link consortiumAreas} as a generator that pauses after each area (a buffer costs a few
 * milliseconds), for `runSliced` on the main thread.
 */
export function* consortiumAreaSteps(
  projects: readonly ConsortiumInput[],
  positions: ReadonlyMap<string, Position>,
  { minMembers = 2, ...opts }: AreaOptions & { minMembers?: number } = {},
): Generator<void, FeatureCollection<Polygon | MultiPolygon, AreaProperties>, void> {
  const features = [];
  for (const p of projects) {
    const ps = p.members.map((m) => positions.get(m)).filter((x): x is Position => !!x);
    if (distinctPositions(ps).length < minMembers) continue;
    const f = consortiumArea(p.id, p.name, ps, opts);
    if (f) features.push(f);
    yield;
  }
  return featureCollection(features);
}

function roundGeometry<G extends Polygon | MultiPolygon>(g: G): G {
  const r = (p: Position) => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map((ring) => ring.map(r)) };
  return {
    ...g,
    coordinates: (g as MultiPolygon).coordinates.map((poly) => poly.map((ring) => ring.map(r))),
  } as G;
}
