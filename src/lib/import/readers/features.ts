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
 * Anything else is refused for that feature, naming it.
 */
import { centroid } from '@turf/turf';
import type { Geometry } from 'geojson';
import { issue, quote, type ImportIssue, type SourceRef } from '../issues';
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

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number';

/** The position fields of a point geometry, as messages name them. */
const POINT_FIELDS: [string, string] = ['geometry.coordinates[0]', 'geometry.coordinates[1]'];

export type GeometryResult =
  | { ok: true; geometry: RowGeometry | undefined }
  | { ok: false; issue: (ref: SourceRef) => ImportIssue };

type PointGeometry = Extract<RowGeometry, { type: 'point' }>;

function pointOf(x: unknown, y: unknown, from?: string): PointGeometry {
  const num = (v: unknown) =>
    typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(',', '.')) : NaN;
  return {
    type: 'point',
    x: num(x),
    y: num(y),
    raw: [String(x), String(y)],
    fields: POINT_FIELDS,
    ...(from ? { from } : {}),
  };
}

const badCoordinates = (coords: unknown) => (ref: SourceRef) =>
  issue(
    'coords-nan',
    ref,
    'geometry.coordinates',
    {
      key: 'issue.coords.notPosition',
      params: { value: quote(JSON.stringify(coords) ?? 'undefined') },
    },
    { key: 'hint.coords.position' },
  );

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
  const coords = g.coordinates;
  if (type === 'Point') {
    if (!Array.isArray(coords) || coords.length < 2 || coords.some((c) => Array.isArray(c)))
      return { ok: false, issue: badCoordinates(coords) };
    return { ok: true, geometry: pointOf(coords[0], coords[1]) };
  }
  if (type === 'MultiPoint' && Array.isArray(coords) && coords.length === 1) {
    const [p] = coords;
    if (!Array.isArray(p) || p.length < 2) return { ok: false, issue: badCoordinates(coords) };
    return {
      ok: true,
      geometry: {
        ...pointOf(p[0], p[1]),
        fields: ['geometry.coordinates[0][0]', 'geometry.coordinates[0][1]'],
      },
    };
  }
  if (type === 'LineString' || type === 'MultiLineString') {
    const line = (type === 'LineString' ? coords : Array.isArray(coords) ? coords.flat() : null) as
      unknown[] | null;
    const a = line?.[0];
    const b = line?.[line.length - 1];
    if (!isPosition(a) || !isPosition(b) || line!.length < 2)
      return { ok: false, issue: badCoordinates(coords) };
    return { ok: true, geometry: { type: 'line', from: [a[0], a[1]], to: [b[0], b[1]] } };
  }
  if (
    type === 'Polygon' ||
    type === 'MultiPolygon' ||
    type === 'MultiPoint' ||
    type === 'GeometryCollection'
  ) {
    let pos: unknown;
    try {
      pos = centroid(g as unknown as Geometry).geometry.coordinates;
    } catch {
      // Malformed rings or an empty collection: reported below.
    }
    if (!isPosition(pos) || !Number.isFinite(pos[0]) || !Number.isFinite(pos[1]))
      return type === 'GeometryCollection'
        ? {
            ok: false,
            issue: (ref) =>
              issue(
                'geometry-type',
                ref,
                'geometry.type',
                { key: 'issue.geometry.emptyCollection' },
                { key: 'hint.geometry.point' },
              ),
          }
        : { ok: false, issue: badCoordinates(coords) };
    return {
      ok: true,
      geometry: { ...pointOf(pos[0], pos[1], String(type)), fields: ['geometry', 'geometry'] },
    };
  }
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
        cells: columns.map((c) => cellText(f.properties[c.label])),
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
