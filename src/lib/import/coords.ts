/**
 * Coordinates of imported rows: classify a pair of numbers as WGS 84 longitude/latitude,
 * swapped latitude/longitude, or a projected coordinate from one of the reference systems that
 * German GIS exports use; reproject those with proj4 after the user confirms.
 *
 * Germany's longitudes (5.8–15.1) and latitudes (47.2–55.1) do not overlap, so a swapped pair
 * is unambiguous for places in Germany. Projected systems are told apart by trying each on the
 * whole file and counting how many points land in Germany; the user confirms (and may choose
 * another candidate where two fit, e.g. UTM zones 32 and 33 in eastern Germany).
 *
 * @see https://epsg.io/25832 https://epsg.io/25833 https://epsg.io/31467 https://epsg.io/3857
 */
import proj4 from 'proj4';
import { isMapPosition } from '../data/geometry';
import { GERMANY_BBOX } from '../data/laender';

/** The projected systems we recognise, with their proj4 definitions (from epsg.io). */
export const PROJECTED_CRS = {
  'EPSG:25832':
    '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
  'EPSG:25833':
    '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
  'EPSG:31467':
    '+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs +type=crs',
  'EPSG:3857':
    '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs +type=crs',
} as const;
export type ProjectedCrs = keyof typeof PROJECTED_CRS;
export const PROJECTED_CRS_IDS = Object.keys(PROJECTED_CRS) as ProjectedCrs[];

export { CRS_LABELS } from './crs-labels';

export type PairKind = 'wgs84' | 'wgs84-abroad' | 'swapped' | 'projected' | 'nan' | 'range';

export function inGermany(lon: number, lat: number): boolean {
  const [w, s, e, n] = GERMANY_BBOX;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/**
 * Classify a pair `(x, y)` given in lon/lat (or easting/northing) order.
 * - `wgs84`: a position in Germany; `wgs84-abroad`: valid, but outside Germany
 * - `swapped`: (y, x) is in Germany
 * - `projected`: too large for degrees, plausible metres
 * - `nan`: not a finite number; `range`: neither degrees on the map (latitude beyond ±85.05°
 *   cannot be drawn) nor plausible metres
 */
export function classifyPair(x: number, y: number): PairKind {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return 'nan';
  if (inGermany(x, y)) return 'wgs84';
  if (inGermany(y, x)) return 'swapped';
  // Degrees: on the map (the data package's rule, `data/geometry.ts`), else out of range.
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90)
    return isMapPosition(x, y) ? 'wgs84-abroad' : 'range';
  // Metres: eastings up to 40,000 km (with zone prefixes up to 4.x million for Gauß-Krüger,
  // 33 million for UTM with zone prefix), northings up to ~20,000 km (Web Mercator); anything
  // in Germany is at least 10 km east and 100 km north of the false origin in every system.
  if (Math.abs(x) <= 4e7 && Math.abs(y) <= 2.1e7 && Math.abs(x) >= 1e4 && Math.abs(y) >= 1e5)
    return 'projected';
  return 'range';
}

const converters = new Map<ProjectedCrs, proj4.Converter>();
function converter(crs: ProjectedCrs): proj4.Converter {
  let c = converters.get(crs);
  if (!c) {
    c = proj4(PROJECTED_CRS[crs], 'WGS84');
    converters.set(crs, c);
  }
  return c;
}

/**
 * UTM eastings are sometimes written with the zone in front (`32` + 6 digits = 32,500,000):
 * strip the prefix when it matches the zone of `crs`.
 */
function stripZonePrefix(crs: ProjectedCrs, x: number): number {
  if (crs === 'EPSG:25832' && x >= 32e6 && x < 33e6) return x - 32e6;
  if (crs === 'EPSG:25833' && x >= 33e6 && x < 34e6) return x - 33e6;
  return x;
}

/** Reproject one point to [lon, lat] (6 decimals, ~0.1 m), or null if proj4 cannot. */
export function reproject(crs: ProjectedCrs, x: number, y: number): [number, number] | null {
  try {
    const [lon, lat] = converter(crs).forward([stripZonePrefix(crs, x), y]);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
    return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
  } catch {
    return null;
  }
}

export interface CrsCandidate {
  crs: ProjectedCrs;
  /** How many of the points land in Germany with this system. */
  inside: number;
  total: number;
}

/**
 * Rank the projected systems by how many of `points` they put in Germany. Only candidates that
 * place at least one point in Germany are returned, best first; ties keep the order of
 * {@link PROJECTED_CRS_IDS} (UTM 32 is the most common system of German state surveys).
 * A zone prefix (32…/33… eastings) selects its zone alone.
 * @param sample at most this many points are tried per system (evenly spread)
 */
export function detectCrs(
  points: readonly (readonly [number, number])[],
  sample = 500,
): CrsCandidate[] {
  if (points.length === 0) return [];
  const stride = Math.max(1, Math.floor(points.length / sample));
  const picked = points.filter((_, i) => i % stride === 0);
  const out: CrsCandidate[] = [];
  for (const crs of PROJECTED_CRS_IDS) {
    let inside = 0;
    for (const [x, y] of picked) {
      const p = reproject(crs, x, y);
      if (p && inGermany(p[0], p[1])) inside++;
    }
    if (inside > 0) out.push({ crs, inside, total: picked.length });
  }
  return out.sort((a, b) => b.inside - a.inside);
}

/** Read a `crs` member of a (pre-RFC 7946) GeoJSON file naming one of our systems. */
export function crsFromGeoJson(crs: unknown): ProjectedCrs | 'EPSG:4326' | undefined {
  if (!crs || typeof crs !== 'object') return undefined;
  const name = (crs as { properties?: { name?: unknown } }).properties?.name;
  if (typeof name !== 'string') return undefined;
  const m = /EPSG:{1,2}(\d+)/i.exec(name);
  if (/CRS84/i.test(name) || m?.[1] === '4326') return 'EPSG:4326';
  const id = m ? `EPSG:${m[1]}` : '';
  return (PROJECTED_CRS_IDS as string[]).includes(id) ? (id as ProjectedCrs) : undefined;
}
