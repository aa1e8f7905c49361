/**
 * Stage 2a of an import: guess what each column of a sheet is, from its header and its
 * contents. The user sees the guess in the column preview and may change any of it
 * (`Mapping`); a mapping chosen once is remembered for the next file with the same headers.
 *
 * Header: the field vocabulary of `fields.ts`, exact words first, then words inside a longer
 * header („Gemeindename“, „Geografische Mittelpunktkoordinaten – Längengrad“); a two-row
 * header „Amtlicher Regionalschlüssel (ARS) – Kreis“ gives the parts of a key.
 * Contents: a column that a header calls the name but that holds numbers is not a name (8
 * digits are a key); coordinates must be numbers; a column of `Directed`/`Undirected` is
 * Gephi's edge direction, not a relation kind; an unnamed column of links is a source.
 * When two columns could equally be the name, the guess says so (`nameChoice`) and the
 * dialog asks.
 */
import { maybeOfficialKey } from '../../geo/official-keys';
import { parseNumber } from '../number';
import { looksLikePair } from './coord-pair';
import type { Sheet } from '../sheet';
import {
  EDGE_ALIASES,
  EDGE_FIELDS,
  KEY_PART_ALIASES,
  NODE_ALIASES,
  NODE_FIELDS,
  TECHNICAL,
  normalizeHeader,
  type Field,
} from './fields';

export type Role = 'nodes' | 'edges';

/** What the user (or the guess) says each column is. `null`: not used. */
export interface Mapping {
  role: Role;
  fields: (Field | null)[];
}

export interface Guess extends Mapping {
  /** Column indices that could equally be the name: the dialog asks which one. */
  nameChoice?: number[];
}

/** How sure a header match is: 3 exact, 2 a word inside a longer header, 1 from the contents. */
type Score = 0 | 1 | 2 | 3;

interface Profile {
  filled: number;
  numeric: number;
  keys: number;
  urls: number;
  directions: number;
  lon: number;
  lat: number;
  wkt: number;
  pairs: number;
}

/**
 * A value that starts like (E)WKT (`POINT (…)`, `SRID=25833;MULTIPOINT Z (…)`) or like a
 * GeoJSON geometry or Feature (`{"type":"Point"`, kepler.gl's `_geojson`).
 */
const WKT_START =
  /^(?:(SRID=\d+;\s*)?(POINT|MULTIPOINT|LINESTRING|MULTILINESTRING|POLYGON|MULTIPOLYGON|GEOMETRYCOLLECTION)\s*(Z|M|ZM)?\s*(\(|EMPTY\b)|\{\s*"type"\s*:\s*"(Feature|Point|MultiPoint|LineString|MultiLineString|Polygon|MultiPolygon|GeometryCollection)")/i;

const SAMPLE = 200;

function profile(sheet: Sheet, col: number): Profile {
  const p: Profile = {
    filled: 0,
    numeric: 0,
    keys: 0,
    urls: 0,
    directions: 0,
    lon: 0,
    lat: 0,
    wkt: 0,
    pairs: 0,
  };
  for (const row of sheet.rows) {
    const v = row.cells[col]?.trim() ?? '';
    if (v === '') continue;
    if (++p.filled > SAMPLE) break;
    const n = parseNumber(v);
    if (Number.isFinite(n)) {
      p.numeric++;
      if (n >= 5.5 && n <= 15.5) p.lon++;
      if (n >= 47 && n <= 55.5) p.lat++;
    }
    if (/^\d[\d .]*$/.test(v)) {
      const k = maybeOfficialKey(v);
      if (k && k.key.length >= 5) p.keys++;
    }
    if (/^https?:\/\//i.test(v)) p.urls++;
    if (WKT_START.test(v)) p.wkt++;
    else if (looksLikePair(v)) p.pairs++;
    if (/^(directed|undirected|mutual|mixed|gerichtet|ungerichtet)$/i.test(v)) p.directions++;
  }
  p.filled = Math.min(p.filled, SAMPLE);
  return p;
}

const share = (n: number, p: Profile) => (p.filled === 0 ? 0 : n / p.filled);

function lookup<F extends string>(aliases: Readonly<Record<F, readonly string[]>>) {
  const map = new Map<string, F>();
  for (const [field, words] of Object.entries(aliases) as [F, readonly string[]][])
    for (const w of words) if (!map.has(w)) map.set(w, field);
  return map;
}
const NODE_WORDS = lookup(NODE_ALIASES);
const EDGE_WORDS = lookup(EDGE_ALIASES);
const COORD_FIELDS = new Set<Field>(['lat', 'lon']);
const KEY_WORDS = /(schluessel|kennziffer|\bars\b|\bags\b|\brs\b)/;

/** The field a header names, with how sure that is. */
function fromHeader(parts: readonly string[], label: string, role: Role): [Field | null, Score] {
  const words = role === 'edges' ? EDGE_WORDS : NODE_WORDS;
  const variants = (s: string) => [normalizeHeader(s, true), normalizeHeader(s)];
  if (parts.length === 2) {
    const [top, sub] = parts;
    const t = normalizeHeader(top, true);
    const s = normalizeHeader(sub, true);
    if (role === 'nodes' && KEY_WORDS.test(t) && KEY_PART_ALIASES[s])
      return [KEY_PART_ALIASES[s], 3];
    for (const v of variants(sub)) {
      const f = words.get(v);
      if (f && COORD_FIELDS.has(f)) return [f, 3];
    }
    for (const v of variants(label)) {
      const f = words.get(v);
      if (f) return [f, 2];
    }
    return [null, 0];
  }
  for (const v of variants(label)) {
    if (TECHNICAL.has(v)) return [null, 3];
  }
  for (const v of variants(label)) {
    const f = words.get(v);
    if (f) return [f, 3];
  }
  if (role === 'edges') return [null, 0];
  const n = normalizeHeader(label, true);
  if (/(breitengrad|latitude)/.test(n)) return ['lat', 2];
  if (/(laengengrad|longitude)/.test(n)) return ['lon', 2];
  if (KEY_WORDS.test(n) && !/(post|plz|reisegebiet|verstaedterung)/.test(n)) return ['key', 2];
  if (/name$/.test(n.replace(/ /g, ''))) return ['name', 2];
  if (/(typ|type)$/.test(n.replace(/ /g, ''))) return ['type', 2];
  return [null, 0];
}

/** Correct a header's guess by the column's contents. */
function byContents(
  [field, score]: [Field | null, Score],
  p: Profile,
  role: Role,
): [Field | null, Score] {
  if (p.filled === 0) return [field, score];
  if (share(p.directions, p) > 0.8) return [null, 3];
  if (field === 'name' || field === 'place') {
    if (share(p.numeric, p) > 0.8) return share(p.keys, p) > 0.8 ? ['key', 1] : [null, 1];
  }
  if ((field === 'lat' || field === 'lon') && score < 3 && share(p.numeric, p) < 0.5)
    return [null, 1];
  if (field === 'key' && share(p.keys, p) < 0.5) return [null, 1];
  // „geometry“ holding anything but WKT (a type name, GeoJSON) is not read as WKT.
  if (field === 'wkt' && share(p.wkt, p) < 0.5) return [null, 1];
  if (field === 'coords' && share(p.pairs, p) < 0.5) return [null, 1];
  if (field === 'staffel' && share(p.numeric, p) < 0.5) return [null, 1];
  if (field === null && score === 0) {
    if (share(p.urls, p) > 0.9) return ['url', 1];
    if (role === 'nodes' && share(p.wkt, p) > 0.9) return ['wkt', 1];
    if (role === 'nodes' && share(p.pairs, p) > 0.9) return ['coords', 1];
    if (role === 'nodes' && share(p.keys, p) > 0.9 && share(p.numeric, p) > 0.9) return ['key', 1];
  }
  return [field, score];
}

/**
 * The share of a column's values that are official keys of any level (Land `14`, Kreis
 * `14612`, AGS, ARS), Destatis' `DG` for Germany counted as one.
 */
function anyLevelKeys(sheet: Sheet, col: number): number {
  let filled = 0;
  let keys = 0;
  for (const row of sheet.rows) {
    const v = row.cells[col]?.trim() ?? '';
    if (v === '') continue;
    if (++filled > SAMPLE) break;
    if (v === 'DG' || (/^\d[\d ]*$/.test(v) && maybeOfficialKey(v))) keys++;
  }
  return filled === 0 ? 0 : keys / Math.min(filled, SAMPLE);
}

/**
 * Guess the mapping of a sheet. Pure.
 * @param forceRole read the rows as nodes or as connections, whatever the columns suggest
 * @returns a field (or null) per column, the role, and the columns to ask about for the name
 */
export function guessMapping(sheet: Sheet, forceRole?: Role): Guess {
  const headerRole = (r: Role) =>
    sheet.columns.map((c, i) =>
      byContents(
        fromHeader(c.parts.length ? c.parts : [c.label], c.label, r),
        profile(sheet, i),
        r,
      ),
    );
  let role: Role = forceRole ?? sheet.role ?? 'nodes';
  if (!sheet.role && !forceRole) {
    const e = headerRole('edges').map(([f]) => f);
    if (e.includes('source') && e.includes('target')) role = 'edges';
  }
  const scored = headerRole(role);
  const allowed = new Set<Field>(role === 'edges' ? EDGE_FIELDS : NODE_FIELDS);
  const fields: (Field | null)[] = scored.map(([f]) => (f && allowed.has(f) ? f : null));

  // Each field once: the best score wins, the first column on a tie (ties for the name are asked).
  let nameChoice: number[] | undefined;
  for (const field of new Set(fields)) {
    if (!field) continue;
    const cols = fields.map((f, i) => (f === field ? i : -1)).filter((i) => i >= 0);
    if (cols.length < 2) continue;
    const best = cols.reduce((m, i) => Math.max(m, scored[i][1]), 0);
    const top = cols.filter((i) => scored[i][1] === best);
    if (field === 'name' && top.length > 1) nameChoice = top;
    for (const i of cols) if (i !== top[0]) fields[i] = null;
  }
  // A composed key wins over a column that only looks like one.
  if (fields.includes('keyLand') && fields.includes('key')) fields[fields.indexOf('key')] = null;
  // Columns without any header (GENESIS tables: key and name under an empty corner): by their
  // contents, a column of official keys is the key (Germany's `DG` row aside), the first column
  // of text the name.
  if (role === 'nodes') {
    const bare = sheet.columns.map((c, i) => (c.parts.length === 0 && !fields[i] ? i : -1));
    for (const i of bare) {
      if (i < 0) continue;
      const p = profile(sheet, i);
      if (p.filled === 0) continue;
      if (!fields.includes('key') && !fields.includes('keyLand') && anyLevelKeys(sheet, i) >= 0.8)
        fields[i] = 'key';
      else if (!fields.includes('name') && share(p.numeric, p) < 0.1) fields[i] = 'name';
    }
  }
  return { role, fields, ...(nameChoice ? { nameChoice } : {}) };
}

/** Fields a column of a sheet in this role may be set to in the preview. */
export function fieldsFor(role: Role): readonly Field[] {
  return role === 'edges' ? EDGE_FIELDS : NODE_FIELDS;
}
