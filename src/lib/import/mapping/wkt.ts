/**
 * A geometry column in Well-Known Text (or GeoJSON text) → the point the import uses. WKT columns come from QGIS'
 * CSV export („Geometrie: AS_WKT“, in the layer's system), PostGIS (`ST_AsText`, `ST_AsEWKT`),
 * ogr2ogr and kepler.gl. Parsed by betterknown (no hand-written parser), then checked and
 * reduced by the one set of geometry rules of `readers/features.ts` (a polygon by its centroid,
 * with a note). An EWKT prefix `SRID=n;` declares the system of that value: a known one is
 * converted like a declared `.prj`, `SRID=4326` is WGS 84; coordinates without one go through
 * the same classification as coordinate columns (degrees, swapped, metres to ask about).
 * kepler.gl's CSV export writes a layer's geometry as GeoJSON text (`_geojson`: a Feature or a
 * geometry): read with the same JSON parser as GeoJSON files.
 *
 * @see https://www.ogc.org/standards/sfa/ (Simple Features: WKT)
 * @see https://postgis.net/docs/ST_AsEWKT.html (EWKT)
 */
import { wktToGeoJSON } from 'betterknown';
import { parseCrs } from '../coords';
import { safeJsonParse } from '../safe-json';
import { issue, quote, type ImportIssue, type SourceRef } from '../issues';
import { reduceGeometry } from '../readers/features';
import type { DeclaredCrs, RowGeometry } from '../sheet';

export type WktRead =
  | { ok: true; geometry: RowGeometry | undefined; crs?: DeclaredCrs; note?: ImportIssue }
  | { ok: false; issue: ImportIssue };

const SRID = /^\s*SRID=(\d+)\s*;\s*/i;

/**
 * Read one WKT or EWKT value. Never throws.
 * @param text the cell, normalised
 * @param ref the row, for the issue
 * @param field the column header, for the issue
 * @returns the point (`undefined` for `EMPTY`), the declared system of an EWKT value and the
 *   centroid note for an area; or an issue naming row and field (a line is no position)
 */
export function readWkt(text: string, ref: SourceRef, field: string): WktRead {
  const value = quote(text.length > 80 ? `${text.slice(0, 80)}…` : text);
  const invalid = (detail: string): WktRead => ({
    ok: false,
    issue: issue(
      'coords-nan',
      ref,
      field,
      { key: 'issue.wkt.invalid', params: { value, detail } },
      { key: 'hint.wkt' },
    ),
  });
  if (text.trimStart().startsWith('{')) {
    const parsed = safeJsonParse(text);
    if (!parsed.ok) return invalid(parsed.detail);
    const v = parsed.value as { type?: unknown; geometry?: unknown } | null;
    return fromGeometry(v?.type === 'Feature' ? v.geometry : v, ref, field, value);
  }
  const srid = SRID.exec(text);
  let crs: DeclaredCrs | undefined;
  if (srid && srid[1] !== '4326') {
    crs = parseCrs(`EPSG:${srid[1]}`);
    if (!crs) return invalid(`SRID=${srid[1]}`);
  }
  let geometry: unknown;
  try {
    geometry = wktToGeoJSON(srid ? text.slice(srid[0].length) : text);
  } catch (e) {
    return invalid(e instanceof Error ? e.message : String(e));
  }
  const read = fromGeometry(geometry, ref, field, value);
  return read.ok && crs ? { ...read, crs } : read;
}

/** A parsed geometry through the one set of checks → a point, or an issue naming the field. */
function fromGeometry(geometry: unknown, ref: SourceRef, field: string, value: string): WktRead {
  const reduced = reduceGeometry(geometry);
  if (!reduced.ok) return { ok: false, issue: { ...reduced.issue(ref), field } };
  const g = reduced.geometry;
  if (g?.type === 'line')
    return {
      ok: false,
      issue: issue(
        'geometry-type',
        ref,
        field,
        { key: 'issue.wkt.line', params: { value } },
        { key: 'hint.wkt' },
      ),
    };
  return {
    ok: true,
    geometry: g ? { ...g, fields: [field, field] } : undefined,
    // A polygon or several points: their centroid, with the note every reader gives.
    ...(g?.from
      ? {
          note: issue(
            'geometry-centroid',
            ref,
            field,
            { key: 'issue.geometry.centroid', params: { type: g.from } },
            { key: 'hint.geometry.exact' },
            'warning',
          ),
        }
      : {}),
  };
}
