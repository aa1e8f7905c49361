/**
 * GeoJSON-like features (from GeoJSON, KML, GPX or a Shapefile) → sheets: one of points (the
 * nodes), one of lines (relations, when their ends meet known nodes). Properties become columns.
 *
 * Geometry, per feature:
 * - Point, or a MultiPoint of one point: the point.
 * - Polygon, MultiPolygon, a MultiPoint of several points, a GeometryCollection: a
 *   representative point (the centroid), with a note naming the type it replaces.
 * - LineString, MultiLineString: a line from its first to its last position.
 * - null: no position; the row is located by its name, place or key.
 * Anything else is refused for that feature, naming it. Before anything is computed, every
 * geometry passes the one set of checks of `data/geometry.ts` (a position is 2–3 finite
 * numbers, never strings or nested arrays; rings closed with at least four positions; at most
 * `MAX_GEOMETRY_POSITIONS` positions); a failing feature is refused naming the position or ring.
 */
import { centroid } from '@turf/turf';
import type { Geometry } from 'geojson';
import { polygonProblem, positionProblem, type GeometryProblem } from '../../data/geometry';
import { issue, quote, type ImportIssue, type SourceRef } from '../issues';
import { MAX_GEOMETRY_POSITIONS } from '../limits';
import { own } from '../../util/lookup';
import {
  cellText,
  columnsOf,
  type DeclaredCrs,
  type FileFormat,
  type RowGeometry,
  type Sheet,
  type SheetRow,
} from '../sheet';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The position fields of a point geometry, as messages name them. */
const POINT_FIELDS: [string, string] = ['geometry.coordinates[0]', 'geometry.coordinates[1]'];

export type GeometryResult =
  | { ok: true; geometry: RowGeometry | undefined }
  | { ok: false; issue: (ref: SourceRef) => ImportIssue };

type PointGeometry = Extract<RowGeometry, { type: 'point' }>;

/** A point from a position already checked by `positionProblem` (2–3 finite numbers). */
function pointOf(p: readonly number[], from?: string): PointGeometry {
  return {
    type: 'point',
    x: p[0],
    y: p[1],
    raw: [String(p[0]), String(p[1])],
    fields: POINT_FIELDS,
    ...(from ? { from } : {}),
  };
}

/** A problem of a geometry, with the JSON path below the geometry (`.coordinates[0][2]`). */
interface Problem {
  kind: GeometryProblem['kind'] | 'line-short';
  path: string;
  count?: number;
}

/** Check every position of a list (MultiPoint, LineString), counting them against `budget`. */
function positionsProblem(
  list: unknown,
  path: string,
  budget: { left: number },
  minLength: number,
): Problem | null {
  if (!Array.isArray(list) || list.length === 0) return { kind: 'shape', path };
  budget.left -= list.length;
  if (budget.left < 0)
    return { kind: 'too-many-positions', path, count: MAX_GEOMETRY_POSITIONS - budget.left };
  for (let i = 0; i < list.length; i++) {
    const bad = positionProblem(list[i]);
    if (bad) return { kind: bad, path: `${path}[${i}]` };
  }
  return list.length < minLength ? { kind: 'line-short', path, count: list.length } : null;
}

/**
 * The one set of geometry checks (`data/geometry.ts`) for any GeoJSON geometry, before anything
 * is computed on it: positions of 2–3 finite numbers, closed rings of at least four, lines of
 * at least two positions, at most {@link MAX_GEOMETRY_POSITIONS} positions in all.
 */
function geometryProblem(g: Record<string, unknown>, budget: { left: number }): Problem | null {
  const c = g.coordinates;
  switch (g.type) {
    case 'Point': {
      const bad = positionProblem(c);
      if (!bad) return null;
      // Name the bad number where the array itself has the right length.
      const arr = Array.isArray(c) && c.length >= 2 && c.length <= 3;
      const k = arr ? c.findIndex((x) => typeof x !== 'number' || !Number.isFinite(x)) : -1;
      return { kind: bad, path: k >= 0 ? `.coordinates[${k}]` : '.coordinates' };
    }
    case 'MultiPoint':
      return positionsProblem(c, '.coordinates', budget, 1);
    case 'LineString':
      return positionsProblem(c, '.coordinates', budget, 2);
    case 'MultiLineString': {
      if (!Array.isArray(c) || c.length === 0) return { kind: 'shape', path: '.coordinates' };
      for (let i = 0; i < c.length; i++) {
        const bad = positionsProblem(c[i], `.coordinates[${i}]`, budget, 2);
        if (bad) return bad;
      }
      return null;
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const bad = polygonProblem(g.type, c, budget.left);
      if (bad) return { ...bad, path: `.coordinates${bad.path}` };
      budget.left -= countPositions(c);
      return null;
    }
    case 'GeometryCollection': {
      const parts = g.geometries;
      if (!Array.isArray(parts)) return { kind: 'shape', path: '.geometries' };
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (!isObject(part) || part.type === 'GeometryCollection')
          return { kind: 'shape', path: `.geometries[${i}]` };
        const bad = geometryProblem(part, budget);
        if (bad) return { ...bad, path: `.geometries[${i}]${bad.path}` };
      }
      return null;
    }
    default:
      return null;
  }
}

/** Positions of a checked (Multi)Polygon's coordinates. */
function countPositions(c: unknown): number {
  if (!Array.isArray(c)) return 0;
  if (typeof c[0] === 'number') return 1;
  let n = 0;
  for (const x of c) n += countPositions(x);
  return n;
}

/** The value at a path below a geometry (`.coordinates[0][2]`), for the message. */
function valueAt(g: Record<string, unknown>, path: string): unknown {
  let v: unknown = g;
  for (const m of path.matchAll(/\.(\w+)|\[(\d+)\]/g))
    v =
      m[1] !== undefined
        ? (v as Record<string, unknown>)?.[m[1]]
        : (v as unknown[])?.[Number(m[2])];
  return v;
}

function problemIssue(g: Record<string, unknown>, bad: Problem) {
  const field = `geometry${bad.path}`;
  return (ref: SourceRef): ImportIssue => {
    switch (bad.kind) {
      case 'shape':
      case 'not-finite':
        return issue(
          'coords-nan',
          ref,
          field,
          {
            key: 'issue.coords.notPosition',
            params: { value: quote(JSON.stringify(valueAt(g, bad.path)) ?? 'undefined') },
          },
          { key: 'hint.coords.position' },
        );
      case 'too-many-positions':
        return issue(
          'too-many-features',
          ref,
          field,
          {
            key: 'issue.geometry.tooManyPositions',
            params: { type: String(g.type), max: MAX_GEOMETRY_POSITIONS },
          },
          { key: 'hint.geometry.simplify' },
        );
      case 'ring-short':
      case 'ring-open':
      case 'line-short':
        return issue(
          'geometry-invalid',
          ref,
          field,
          bad.kind === 'ring-open'
            ? { key: 'issue.geometry.ringOpen' }
            : {
                key:
                  bad.kind === 'ring-short'
                    ? 'issue.geometry.ringShort'
                    : 'issue.geometry.lineShort',
                params: { count: bad.count ?? 0 },
              },
          { key: 'hint.geometry.repair' },
        );
    }
  };
}

const SUPPORTED = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/** Reduce a GeoJSON geometry to what the import uses: a point or a line (or none). */
export function reduceGeometry(g: unknown): GeometryResult {
  if (g === null || g === undefined) return { ok: true, geometry: undefined };
  if (!isObject(g))
    return {
      ok: false,
      issue: (ref) =>
        issue(
          'geometry-type',
          ref,
          'geometry',
          { key: 'issue.geometry.notObject' },
          { key: 'hint.geometry.point' },
        ),
    };
  const type = g.type;
  if (typeof type !== 'string' || !SUPPORTED.has(type))
    return {
      ok: false,
      issue: (ref) =>
        issue(
          'geometry-type',
          ref,
          'geometry.type',
          { key: 'issue.geometry.type', params: { type: quote(type) } },
          { key: 'hint.geometry.point' },
        ),
    };
  const bad = geometryProblem(g, { left: MAX_GEOMETRY_POSITIONS });
  if (bad) return { ok: false, issue: problemIssue(g, bad) };
  // Checked: every position below is 2–3 finite numbers.
  const coords = g.coordinates as unknown[];
  if (type === 'Point') return { ok: true, geometry: pointOf(coords as number[]) };
  if (type === 'MultiPoint' && coords.length === 1)
    return {
      ok: true,
      geometry: {
        ...pointOf(coords[0] as number[]),
        fields: ['geometry.coordinates[0][0]', 'geometry.coordinates[0][1]'],
      },
    };
  if (type === 'LineString' || type === 'MultiLineString') {
    const first = (type === 'LineString' ? coords : (coords[0] as unknown[])) as number[][];
    const lastLine = (
      type === 'LineString' ? coords : (coords[coords.length - 1] as unknown[])
    ) as number[][];
    const a = first[0];
    const b = lastLine[lastLine.length - 1];
    return { ok: true, geometry: { type: 'line', from: [a[0], a[1]], to: [b[0], b[1]] } };
  }
  // Polygon, MultiPolygon, MultiPoint of several points, GeometryCollection: a centroid.
  let pos: number[] | undefined;
  try {
    pos = centroid(g as unknown as Geometry).geometry.coordinates;
  } catch {
    // An empty collection: reported below.
  }
  if (!pos || !Number.isFinite(pos[0]) || !Number.isFinite(pos[1]))
    return {
      ok: false,
      issue: (ref) =>
        issue(
          'geometry-type',
          ref,
          'geometry.type',
          { key: 'issue.geometry.emptyCollection' },
          { key: 'hint.geometry.point' },
        ),
    };
  return {
    ok: true,
    geometry: { ...pointOf(pos, String(type)), fields: ['geometry', 'geometry'] },
  };
}

export interface FeatureInput {
  ref: SourceRef;
  geometry: unknown;
  properties: Record<string, unknown>;
}

/**
 * Features → a points sheet and a lines sheet (each only when it has rows), and the issues
 * of features that cannot be used.
 * @param keep properties to keep verbatim on each row (GeoJSON: to recognise the app's own records)
 */
export function featuresToSheets(
  file: string,
  format: FileFormat,
  features: readonly FeatureInput[],
  options: { crs?: DeclaredCrs; keep?: boolean; layer?: string } = {},
): { sheets: Sheet[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const points: { f: FeatureInput; g: RowGeometry | undefined }[] = [];
  const lines: { f: FeatureInput; g: RowGeometry }[] = [];
  for (const f of features) {
    const r = reduceGeometry(f.geometry);
    if (!r.ok) {
      issues.push(r.issue(f.ref));
      continue;
    }
    if (r.geometry?.type === 'line') lines.push({ f, g: r.geometry });
    else {
      if (r.geometry?.from)
        issues.push(
          issue(
            'geometry-centroid',
            f.ref,
            'geometry.type',
            { key: 'issue.geometry.centroid', params: { type: r.geometry.from } },
            { key: 'hint.geometry.exact' },
            'warning',
          ),
        );
      points.push({ f, g: r.geometry });
    }
  }
  const sheet = (
    rows: { f: FeatureInput; g: RowGeometry | undefined }[],
    role: 'nodes' | 'edges' | undefined,
    name: string | undefined,
  ): Sheet => {
    const columns = columnsOf(rows.map((r) => r.f.properties));
    return {
      file,
      format,
      ...(name ? { sheet: name } : {}),
      ...(role ? { role } : {}),
      columns,
      rows: rows.map(({ f, g }): SheetRow => ({
        ref: f.ref,
        cells: columns.map((c) => cellText(own(f.properties, c.label))),
        ...(g ? { geometry: g } : {}),
        ...(options.keep ? { properties: f.properties } : {}),
      })),
      ...(options.crs ? { crs: options.crs } : {}),
    };
  };
  const sheets: Sheet[] = [];
  const layer = options.layer;
  if (points.length > 0 || lines.length === 0)
    sheets.push(
      sheet(
        points,
        lines.length > 0 ? 'nodes' : undefined,
        lines.length > 0 ? [layer, 'Punkte'].filter(Boolean).join(' · ') : layer,
      ),
    );
  if (lines.length > 0)
    sheets.push(sheet(lines, 'edges', [layer, 'Linien'].filter(Boolean).join(' · ')));
  return { sheets, issues };
}
