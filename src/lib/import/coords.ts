/**
 * Coordinates of imported rows: classify a pair of numbers as WGS 84 longitude/latitude,
 * swapped latitude/longitude, or a projected coordinate; read the coordinate system a file
 * declares (`EPSG:n`, `EPSG::n`, OGC URNs and URIs, `.prj` WKT); reproject with proj4.
 *
 * Germany's longitudes (5.8–15.1) and latitudes (47.2–55.1) do not overlap, so a swapped pair
 * is unambiguous for places in Germany. Undeclared metres are tried in each system of
 * {@link KNOWN_CRS} marked `guess`, counting how many points land in Germany; where several
 * fit (UTM 32 and 33 in eastern Germany) the user is asked, never answered silently.
 *
 * @see https://epsg.io/25832 https://docs.ogc.org/pol/09-048r5.html (OGC URN/URI names)
 */
import proj4 from 'proj4';
import { isMapPosition } from '../data/geometry';
import { GERMANY_BBOX } from '../data/laender';
import { ESRI_NAMES, KNOWN_CRS } from './crs-labels';
import type { DeclaredCrs } from './sheet';

export { KNOWN_CRS, crsLabel } from './crs-labels';

/** Ids of the systems tried for undeclared metres, in order of how common they are. */
export const GUESS_CRS_IDS = Object.keys(KNOWN_CRS).filter((id) => KNOWN_CRS[id].guess);

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

const converters = new Map<string, proj4.Converter | null>();
function converter(def: string): proj4.Converter | null {
  if (!converters.has(def)) {
    try {
      converters.set(def, proj4(def, 'WGS84'));
    } catch {
      converters.set(def, null);
    }
  }
  return converters.get(def) ?? null;
}

/** The proj4 definition of a system id (`EPSG:25833`), or of a declared system. */
export function crsDef(crs: string | DeclaredCrs): string | null {
  if (typeof crs !== 'string') return crs.def;
  return KNOWN_CRS[crs]?.def ?? null;
}

/**
 * UTM eastings are sometimes written with the zone in front (`32` + 6 digits = 32,500,000):
 * strip the prefix when it matches the zone of `crs`.
 */
function stripZonePrefix(id: string, x: number): number {
  if (id === 'EPSG:25832' && x >= 32e6 && x < 33e6) return x - 32e6;
  if (id === 'EPSG:25833' && x >= 33e6 && x < 34e6) return x - 33e6;
  return x;
}

/**
 * Reproject one point to [lon, lat] (6 decimals, ~0.1 m), or null if proj4 cannot.
 * @param crs a known id (`EPSG:25833`) or a declared system (with its own definition)
 */
export function reproject(
  crs: string | DeclaredCrs,
  x: number,
  y: number,
): [number, number] | null {
  const id = typeof crs === 'string' ? crs : crs.id;
  const def = crsDef(crs);
  if (def === null) return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
  const c = converter(def);
  if (!c) return null;
  try {
    const [lon, lat] = c.forward([stripZonePrefix(id, x), y]);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
    return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
  } catch {
    return null;
  }
}

export interface CrsCandidate {
  crs: string;
  /** How many of the points land in Germany with this system. */
  inside: number;
  total: number;
}

/**
 * Rank the projected systems by how many of `points` they put in Germany. Only candidates that
 * place at least one point in Germany are returned, best first; ties keep the order of
 * {@link GUESS_CRS_IDS} (UTM 32 is the most common system of German state surveys).
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
  for (const crs of GUESS_CRS_IDS) {
    let inside = 0;
    for (const [x, y] of picked) {
      const p = reproject(crs, x, y);
      if (p && inGermany(p[0], p[1])) inside++;
    }
    if (inside > 0) out.push({ crs, inside, total: picked.length });
  }
  return out.sort((a, b) => b.inside - a.inside);
}

/** An EPSG code in any of the ways files write one. */
const EPSG_FORMS = [
  /^\s*EPSG\s*:{1,2}\s*(\d{4,5})\s*$/i,
  /^\s*urn:ogc:def:crs:EPSG:[\d.]*:(\d{4,5})\s*$/i,
  /^\s*https?:\/\/(?:www\.)?opengis\.net\/def\/crs\/EPSG\/[\d.]+\/(\d{4,5})\s*$/i,
  /^\s*(\d{4,5})\s*$/,
];
const CRS84 =
  /^\s*(?:urn:ogc:def:crs:OGC:[\d.]*:CRS84|https?:\/\/(?:www\.)?opengis\.net\/def\/crs\/OGC\/[\d.]+\/CRS84|CRS84|WGS ?84)\s*$/i;

/**
 * Read a coordinate system as a file declares it: `EPSG:25833`, `EPSG::25833`,
 * `urn:ogc:def:crs:EPSG::25833`, `http://www.opengis.net/def/crs/EPSG/0/25833`, CRS84 in its
 * URN and URI forms, or WKT (a Shapefile `.prj`, ESRI or OGC flavour).
 * @returns the system, or undefined when it is not one we can convert from (the caller says so)
 */
export function parseCrs(written: string): DeclaredCrs | undefined {
  const text = written.trim();
  if (CRS84.test(text)) return { id: 'EPSG:4326', def: null, written: text };
  for (const re of EPSG_FORMS) {
    const m = re.exec(text);
    if (m) {
      const id = `EPSG:${m[1]}`;
      return KNOWN_CRS[id] ? { id, def: KNOWN_CRS[id].def, written: text } : undefined;
    }
  }
  if (!/^(PROJCS|GEOGCS|PROJCRS|GEOGCRS|PROJECTEDCRS|GEODCRS)\s*\[/i.test(text)) return undefined;
  // WKT: the top-level authority (WKT1 AUTHORITY, WKT2 ID) or an ESRI name we know.
  const authority =
    /AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(text) ??
    /ID\s*\[\s*"EPSG"\s*,\s*(\d+)\s*\]\s*\]\s*$/i.exec(text);
  const byCode = authority ? `EPSG:${authority[1]}` : undefined;
  const name = /^\w+\s*\[\s*"([^"]+)"/.exec(text)?.[1] ?? '';
  const id = (byCode && KNOWN_CRS[byCode] ? byCode : undefined) ?? ESRI_NAMES[name];
  if (id) return { id, def: KNOWN_CRS[id].def, written: text };
  // Any other WKT proj4 understands: use it as it is.
  if (/^GEOG/i.test(text)) return undefined;
  return converter(text) ? { id: name || 'WKT', def: text, written: text } : undefined;
}

/** Read the `crs` member of a (pre-RFC 7946) GeoJSON file: `{"type":"name","properties":{"name":…}}`. */
export function crsFromGeoJson(crs: unknown): DeclaredCrs | undefined {
  if (!crs || typeof crs !== 'object') return undefined;
  const p = (crs as { properties?: { name?: unknown; href?: unknown; code?: unknown } }).properties;
  const name = p?.name ?? (typeof p?.code === 'number' ? `EPSG:${p.code}` : undefined);
  return typeof name === 'string' ? parseCrs(name) : undefined;
}
