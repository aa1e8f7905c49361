/**
 * The one set of coordinate and geometry checks, used by the data package's schema, the CSV
 * and XLSX readers (through `import/coords.ts`) and the GeoJSON reader, so a position one
 * reader refuses no other accepts.
 *
 * - A position is an array of two or three finite numbers `[lon, lat(, alt)]` (RFC 7946 §3.1.1):
 *   no strings, no nested arrays.
 * - A position on the map has lon in −180…180 and lat in ±85.051129° (the edge of Web Mercator,
 *   which MapLibre draws; a point at latitude 90 cannot be shown).
 * - A linear ring has at least four positions and ends where it starts (RFC 7946 §3.1.6).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7946#section-3.1
 * @see https://maplibre.org/maplibre-gl-js/docs/API/classes/LngLat/ (latitude limits)
 */

/** Largest latitude Web Mercator shows (degrees): atan(sinh(π)). */
export const MAX_MAP_LATITUDE = 85.051129;

/** Whether a finite `[lon, lat]` lies on the map. */
export function isMapPosition(lon: number, lat: number): boolean {
  return (
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    Math.abs(lon) <= 180 &&
    Math.abs(lat) <= MAX_MAP_LATITUDE
  );
}

/** What is wrong with a value meant as a position. */
export type PositionProblem = 'shape' | 'not-finite';

/**
 * Check the shape of a GeoJSON position: 2 or 3 finite numbers. The range is checked by the
 * caller ({@link isMapPosition}, or `classifyPair` for files that may be projected).
 * @returns null when the value is a position
 */
export function positionProblem(value: unknown): PositionProblem | null {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) return 'shape';
  if (!value.every((c) => typeof c === 'number')) return 'shape';
  return value.every(Number.isFinite) ? null : 'not-finite';
}

/** A problem inside a (Multi)Polygon, with the JSON path of the offending part. */
export interface GeometryProblem {
  kind: 'shape' | 'not-finite' | 'ring-short' | 'ring-open' | 'too-many-positions';
  /** Path below `geometry.coordinates`, e.g. `[0][2]` (ring 0, position 2). */
  path: string;
  /** Positions counted when the limit was passed. */
  count?: number;
}

/**
 * Check every ring of a Polygon's or MultiPolygon's coordinates, stopping at the first problem
 * or when more than `maxPositions` positions have been seen (before anything is computed on
 * them).
 * @returns null when the geometry is well formed
 */
export function polygonProblem(
  type: 'Polygon' | 'MultiPolygon',
  coordinates: unknown,
  maxPositions: number,
): GeometryProblem | null {
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) return { kind: 'shape', path: '' };
  let count = 0;
  for (let p = 0; p < polygons.length; p++) {
    const rings = polygons[p];
    const at = type === 'Polygon' ? '' : `[${p}]`;
    if (!Array.isArray(rings) || rings.length === 0) return { kind: 'shape', path: at };
    for (let r = 0; r < rings.length; r++) {
      const ring = rings[r];
      const path = `${at}[${r}]`;
      if (!Array.isArray(ring)) return { kind: 'shape', path };
      count += ring.length;
      if (count > maxPositions) return { kind: 'too-many-positions', path, count };
      for (let i = 0; i < ring.length; i++) {
        const problem = positionProblem(ring[i]);
        if (problem) return { kind: problem, path: `${path}[${i}]` };
      }
      if (ring.length < 4) return { kind: 'ring-short', path, count: ring.length };
      const first = ring[0] as number[];
      const last = ring[ring.length - 1] as number[];
      if (first[0] !== last[0] || first[1] !== last[1]) return { kind: 'ring-open', path };
    }
  }
  return null;
}
