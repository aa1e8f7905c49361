/**
 * The gazetteer (`data/gazetteer.json`, built by `scripts/build-gazetteer.ts`): every
 * Gemeinde, Gemeindeverband (Amt, Verbandsgemeinde, Samtgemeinde, …) and Kreis of Germany from
 * the BKG's VG5000 (Stand 01.01.2021) with their official keys, plus GeoNames places that are
 * no Gemeinde (Ortsteile of ≥ 1,000 inhabitants). It is the one place where the app resolves
 * names and official keys: „In meiner Nähe“, the import's geocoding, and the map's Gemeinde
 * labels use it.
 *
 * Pure: no fetch, no DOM. The app fetches the file on first use (`load-gazetteer.ts`) and
 * hands the decoded {@link Gazetteer} to {@link findPlaces} and {@link placeByKey}.
 *
 * Names: case-, diacritic- and umlaut-spelling-insensitive („München“ = „Muenchen“ =
 * „MUNCHEN“), „St.“ = „Sankt“; a base name finds every place it is the base of („Frankfurt“ →
 * am Main, (Oder); „Neustadt“ → a.d. Aisch, b. Coburg, …); the BKG's `BEZ` and the usual
 * titles are understood before or after the name: „Landkreis Bamberg“, „Bamberg, Landkreis“,
 * „Stadt Bamberg“, „Hansestadt Rostock“, „Verbandsgemeinde Weißenthurm“, „Kreis Lippe“.
 * Keys: see `official-keys.ts` (AGS 8, Kreis 5, Verband 9, ARS 12 digits; a lost leading
 * zero is restored).
 *
 * @see https://gdz.bkg.bund.de (VG5000) · https://www.geonames.org/export/codes.html
 */
import * as v from 'valibot';
import { LAENDER } from '../data/laender';
import { officialKeyCandidates, type OfficialKey } from './official-keys';
export { placeLabel } from './place-label';

/** Column order of one place in the file. */
export const GAZETTEER_FIELDS = ['name', 'bez', 'key', 'lon', 'lat', 'population'] as const;

/**
 * The kinds of place (`bez` column is an index into this list): the BKG's `BEZ` values of
 * VG5000 Gemeinden, Verwaltungsgemeinschaften and Kreise, and `Ort` for a GeoNames place.
 * Append only: the file stores indices.
 */
export const GAZETTEER_BEZ = [
  'Gemeinde',
  'Stadt',
  'Amt',
  'Verbandsgemeinde',
  'Samtgemeinde',
  'Verwaltungsgemeinschaft',
  'Verwaltungsverband',
  'Kreis',
  'Landkreis',
  'Kreisfreie Stadt',
  'Stadtkreis',
  'Ort',
] as const;

export type PlaceBez = (typeof GAZETTEER_BEZ)[number];

/** What a place is: an administrative unit, or a GeoNames place inside a Gemeinde. */
export type PlaceKind = 'gemeinde' | 'verband' | 'kreis' | 'ort';

/** The kind of each `BEZ`. */
export const KIND_OF_BEZ: Record<PlaceBez, PlaceKind> = {
  Gemeinde: 'gemeinde',
  Stadt: 'gemeinde',
  Amt: 'verband',
  Verbandsgemeinde: 'verband',
  Samtgemeinde: 'verband',
  Verwaltungsgemeinschaft: 'verband',
  Verwaltungsverband: 'verband',
  Kreis: 'kreis',
  Landkreis: 'kreis',
  'Kreisfreie Stadt': 'kreis',
  Stadtkreis: 'kreis',
  Ort: 'ort',
};

/** Length of the official key of each kind (an Ort carries its Gemeinde's AGS). */
const KEY_LENGTH: Record<PlaceKind, number> = { gemeinde: 8, verband: 9, kreis: 5, ort: 8 };

/** One place as stored: `[name, bez index, key, lon, lat, population]`. */
export type GazetteerRow = [string, number, string, number, number, number];

export const GazetteerFileSchema = v.object({
  source: v.string(),
  fields: v.tuple(
    GAZETTEER_FIELDS.map((f) => v.literal(f)) as [v.LiteralSchema<string, undefined>],
  ),
  bez: v.tuple(GAZETTEER_BEZ.map((b) => v.literal(b)) as [v.LiteralSchema<string, undefined>]),
  // Types here; ranges (BEZ index, key form, Germany's bounds) in decodeGazetteer's one pass,
  // which is ~5× faster than a pipe per cell on 13,000 rows.
  places: v.array(
    v.tuple([v.string(), v.number(), v.string(), v.number(), v.number(), v.number()]),
  ),
});

/** Whether a row's values are in range: a BEZ index, a key of 5, 8 or 9 digits, a German position. */
function isValidRow([name, b, key, lon, lat, population]: GazetteerRow): boolean {
  return (
    name.length > 0 &&
    Number.isInteger(b) &&
    b >= 0 &&
    b < GAZETTEER_BEZ.length &&
    /^(\d{5}|\d{8}|\d{9})$/.test(key) &&
    lon >= 5 &&
    lon <= 16 &&
    lat >= 47 &&
    lat <= 56 &&
    Number.isInteger(population) &&
    population >= 0
  );
}

/** A place of the gazetteer. */
export interface Place {
  /** Name as the BKG (or GeoNames, for an Ort) writes it, without `BEZ`: „Bamberg“. */
  name: string;
  kind: PlaceKind;
  /** The BKG's `BEZ` („Stadt“, „Landkreis“, „Verbandsgemeinde“ …), or „Ort“. */
  bez: PlaceBez;
  /**
   * The official key of the unit: AGS (8 digits) of a Gemeinde, Verbandsschlüssel (9) of a
   * Verband, Kreisschlüssel (5) of a Kreis; an Ort carries the AGS of its Gemeinde.
   */
  key: string;
  /** AGS of the Gemeinde (Gemeinde, Ort), '' for a Verband or Kreis. */
  ags: string;
  /** Kreisschlüssel (5 digits) of the Kreis the place lies in (its own for a Kreis). */
  kreis: string;
  /** ISO 3166-2 code of the Land, e.g. `DE-BY`. */
  land: string;
  /** Position (WGS84): the town centre, or for a Verband or Kreis its administrative seat. */
  lon: number;
  lat: number;
  /** Inhabitants as GeoNames counts them (0 where it has no place); for ranking only. */
  population: number;
}

/** The decoded gazetteer with its indices. */
export interface Gazetteer {
  readonly places: readonly Place[];
  /** Normalised name → indices into `places` (exact and base-name keys). */
  readonly byName: ReadonlyMap<string, readonly number[]>;
  /** Loose key (umlauts folded to the plain vowel) → indices. */
  readonly byLoose: ReadonlyMap<string, readonly number[]>;
  /** Official key → indices of the units with that key (Orte are not indexed by key). */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** Source and licence line of the file, for attribution. */
  readonly source: string;
}

/** The BKG's abbreviated qualifiers, spelled out (after normalisation). */
const ABBREVIATIONS: [RegExp, string][] = [
  [/ a d /g, ' an der '],
  [/ i d /g, ' in der '],
  [/ v d /g, ' vor der '],
  [/ o d /g, ' ob der '],
  [/ a /g, ' am '],
  [/ i /g, ' im '],
  [/ b /g, ' bei '],
];

/**
 * Fold a name to plain words: lower case, ä/ö/ü → ae/oe/ue, ß → ss, other diacritics
 * removed, „St.“ → „sankt“, punctuation and hyphens to single spaces. The base of
 * {@link normalizePlaceName}; on its own, for ids (`kirchheim-b-muenchen` stays as written).
 */
export function foldName(name: string): string {
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

/**
 * Normalise a place name for matching: {@link foldName}, and the BKG's abbreviations spelled
 * out („a.d.“ → „an der“, „i.“ → „im“, „b.“ → „bei“), so „Wunsiedel im Fichtelgebirge“ meets
 * „Wunsiedel i. Fichtelgebirge“.
 */
export function normalizePlaceName(name: string): string {
  let s = foldName(name);
  if (/ [abiovd] /.test(` ${s} `)) {
    s = ` ${s} `;
    // Twice: „a d“ inside „neustadt a d aisch“ overlaps nothing, but „i“ after „a d“ might.
    for (const [re, long] of ABBREVIATIONS) s = s.replace(re, long).replace(re, long);
    s = s.trim();
  }
  return s;
}

/** A looser key: ae/oe/ue → a/o/u and ss → s, so „Munchen“ meets „München“. */
export function loosePlaceKey(normalized: string): string {
  return normalized.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/ss/g, 's');
}

/**
 * Qualifiers after a base name, spelled out or as the BKG abbreviates them („a.d.“ an der,
 * „b.“ bei, „i.“ im, „v.d.“ vor der, „o.d.“ ob der), after normalisation.
 */
const QUALIFIER = /^(.+?) (?:am|an der|an|bei|im|in der|in|ob der|ob|vor der|auf der)(?: .+)?$/;

/**
 * The base of a place name, without a parenthesised, slashed or „am/an der/bei/a.d./b. …“
 * qualifier: „Frankfurt am Main“ → „frankfurt“, „Halle (Saale)“ → „halle“, „Neustadt a.d.
 * Aisch“ → „neustadt“, „Neustadt/Westerwald“ → „neustadt“. Null when the name has none.
 */
export function baseName(normalizedName: string, rawName: string): string | null {
  const paren = rawName.search(/[(/]/);
  if (paren > 0) return normalizePlaceName(rawName.slice(0, paren)) || null;
  const m = QUALIFIER.exec(normalizedName);
  return m && m[1] !== normalizedName ? m[1] : null;
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

const landByAgs = new Map(LAENDER.map((l) => [l.ags, l.id]));

/**
 * Decode and index the raw JSON of `data/gazetteer.json`.
 * @throws valibot.ValiError when the file does not match {@link GazetteerFileSchema}
 *   (the file is built by us: a broken one is an internal error, not a user-facing state)
 * @throws RangeError when a row is out of range (BEZ index, key form, position), or a key's
 *   length does not fit its kind or its Land is unknown
 */
export function decodeGazetteer(raw: unknown): Gazetteer {
  const file = v.parse(GazetteerFileSchema, raw);
  const places: Place[] = file.places.map((r) => {
    const row = r as unknown as GazetteerRow;
    if (!isValidRow(row)) throw new RangeError(`gazetteer: row out of range: ${JSON.stringify(r)}`);
    const [name, b, key, lon, lat, population] = row;
    const bez = GAZETTEER_BEZ[b];
    const kind = KIND_OF_BEZ[bez];
    const land = landByAgs.get(key.slice(0, 2));
    if (key.length !== KEY_LENGTH[kind] || !land)
      throw new RangeError(`gazetteer: ${name}: key ${key} does not fit ${bez}`);
    const ags = kind === 'gemeinde' || kind === 'ort' ? key : '';
    return { name, kind, bez, key, ags, kreis: key.slice(0, 5), land, lon, lat, population };
  });
  const byName = new Map<string, number[]>();
  const byLoose = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  places.forEach((p, i) => {
    const key = normalizePlaceName(p.name);
    add(byName, key, i);
    add(byLoose, loosePlaceKey(key), i);
    const base = baseName(key, p.name);
    if (base) {
      add(byName, base, i);
      add(byLoose, loosePlaceKey(base), i);
    }
    if (p.kind !== 'ort') add(byKey, p.key, i);
  });
  return { places, byName, byLoose, byKey, source: file.source };
}

// ---- names with BEZ and titles ---------------------------------------------------------------

/** What a title or `BEZ` in a name says about the place. */
interface Qualifier {
  kinds: readonly PlaceKind[];
  /** `BEZ` values it names (preferred among the kinds), if it is that specific. */
  bez?: readonly PlaceBez[];
}

const KREIS: Qualifier = { kinds: ['kreis'], bez: ['Kreis', 'Landkreis'] };
const STADT: Qualifier = {
  kinds: ['gemeinde', 'kreis'],
  bez: ['Stadt', 'Kreisfreie Stadt', 'Stadtkreis'],
};
const GEMEINDE: Qualifier = { kinds: ['gemeinde'] };
const verband = (...bez: PlaceBez[]): Qualifier => ({ kinds: ['verband'], bez });

/**
 * Titles and `BEZ` values, normalised, longest first. A title that ends in „stadt“ and is not
 * listed (Lutherstadt, Barbarossastadt …) counts as {@link STADT} too.
 */
const QUALIFIERS: [string, Qualifier][] = (
  [
    ['kreisfreie stadt', { kinds: ['kreis', 'gemeinde'], bez: ['Kreisfreie Stadt', 'Stadt'] }],
    ['stadtkreis', { kinds: ['kreis', 'gemeinde'], bez: ['Stadtkreis', 'Stadt'] }],
    ['landkreis', KREIS],
    ['kreis', KREIS],
    ['lkr', KREIS],
    ['lk', KREIS],
    ['eifelkreis', KREIS],
    ['freie und hansestadt', STADT],
    ['hanse und universitaetsstadt', STADT],
    ['grosse kreisstadt', STADT],
    ['gemeinde', GEMEINDE],
    ['ortsgemeinde', GEMEINDE],
    ['marktgemeinde', GEMEINDE],
    ['markt', GEMEINDE],
    ['flecken', GEMEINDE],
    ['amt', verband('Amt')],
    ['verbandsgemeinde', verband('Verbandsgemeinde')],
    ['vg', verband('Verbandsgemeinde')],
    ['samtgemeinde', verband('Samtgemeinde')],
    ['sg', verband('Samtgemeinde')],
    ['verwaltungsgemeinschaft', verband('Verwaltungsgemeinschaft')],
    ['vgem', verband('Verwaltungsgemeinschaft')],
    ['verwaltungsverband', verband('Verwaltungsverband')],
    ['gemeindeverwaltungsverband', verband('Verwaltungsverband')],
    ['gvv', verband('Verwaltungsverband')],
  ] as [string, Qualifier][]
).sort((a, b) => b[0].length - a[0].length);

function qualifierOf(words: string): Qualifier | undefined {
  const hit = QUALIFIERS.find(([q]) => q === words)?.[1];
  if (hit) return hit;
  // Stadt, Hansestadt, Landeshauptstadt, Universitätsstadt, Lutherstadt, Kreisstadt …
  if (/^[a-z]*stadt$/.test(words)) return STADT;
  return undefined;
}

/** A name with the title or `BEZ` that came with it, as {@link parsePlaceName} reads it. */
export interface ParsedPlaceName {
  /** The normalised name without the qualifier. */
  name: string;
  /** What the qualifier says; undefined when there was none. */
  qualifier?: Qualifier;
}

/**
 * Split a typed name into the name and its title or `BEZ`, before („Landkreis Bamberg“,
 * „Hansestadt Rostock“) or after it („Bamberg, Landkreis“, „Bamberg (Stadt)“). Up to two
 * leading words are tried. Returns the whole normalised name without a qualifier when none
 * is found. Pure.
 */
export function parsePlaceName(raw: string): ParsedPlaceName {
  const norm = normalizePlaceName(raw);
  // Suffix: „Bamberg, Landkreis“ / „Bamberg (Landkreis)“.
  const suffix = /^(.+?)\s*(?:,|\()\s*([^,()]+?)\)?\s*$/.exec(raw.trim());
  if (suffix) {
    const q = qualifierOf(normalizePlaceName(suffix[2]));
    if (q) return { name: normalizePlaceName(suffix[1]), qualifier: q };
  }
  const words = norm.split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const q = qualifierOf(words.slice(0, n).join(' '));
    if (q) return { name: words.slice(n).join(' '), qualifier: q };
  }
  return { name: norm };
}

// ---- lookups ---------------------------------------------------------------------------------

/** How a candidate matched the query; lower is better. */
export type MatchKind = 'exact' | 'base' | 'loose' | 'key';

export interface PlaceMatch {
  place: Place;
  match: MatchKind;
  /**
   * Rank of the match, lower is better: GeoNames Orte after administrative units, then the
   * tier of {@link MatchKind}, then the kind of place. Equal ranks at the top mean „which one?“.
   */
  rank: number;
}

export interface FindOptions {
  /** Land as ISO code (`DE-BY`, `BY`) or name (`Bayern`, `Bavaria`). Unknown values filter nothing out. */
  land?: string;
  /**
   * Official key that narrows the search: Land (2 digits), Kreis (5), AGS (8), Verband (9) or
   * ARS (12), in any spelling `official-keys.ts` reads. A place matches when its key starts
   * with the key (or the key with a restored leading zero). Unreadable keys filter nothing.
   */
  key?: string | number;
  /** Only these kinds of place. */
  kinds?: readonly PlaceKind[];
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

const TIER: Record<MatchKind, number> = { exact: 0, key: 0, base: 1, loose: 2 };
/** A bare name means the Gemeinde before the Kreis of the same name, the Verband after. */
const KIND_RANK: Record<PlaceKind, number> = { gemeinde: 0, kreis: 1, verband: 2, ort: 3 };

/**
 * Rank of a match: GeoNames Orte after every administrative unit that matched by exact or
 * base name; then the tier; then the kind (or the `BEZ` the query named).
 */
function rank(p: Place, match: MatchKind, q: Qualifier | undefined): number {
  const ort = p.kind === 'ort' && match !== 'loose' ? 1 : 0;
  const named = q?.bez?.includes(p.bez) ? 0 : 1;
  const kind = q ? q.kinds.indexOf(p.kind) * 2 + named : KIND_RANK[p.kind];
  return ort * 100 + TIER[match] * 10 + kind;
}

/**
 * The unit an official key names, or undefined when the gazetteer has none. Tries every
 * reading of the key (`officialKeyCandidates`: as written, then with a restored leading
 * zero; an 8-digit key with `000` also as a Kreis) and returns the first that exists.
 * A Land key names no place here (Länder are in the basemap).
 * @example placeByKey(g, '9461000') // kreisfreie Stadt Bamberg? no: Land 09 lost its zero → Gemeinde 09461000
 */
export function placeByKey(
  gazetteer: Gazetteer,
  key: string | number,
): { place: Place; key: OfficialKey } | undefined {
  for (const k of officialKeyCandidates(key)) {
    if (k.kind === 'land') continue;
    const hit = gazetteer.byKey.get(k.key)?.find((i) => gazetteer.places[i].kind === k.kind);
    if (hit !== undefined) return { place: gazetteer.places[hit], key: k };
  }
  return undefined;
}

/**
 * Find places by name, optionally narrowed by Land, official key and kind.
 *
 * - A query that is an official key (digits) returns the unit it names ({@link placeByKey}).
 * - A name with a title or `BEZ` („Landkreis Bamberg“) is looked up as written first, then
 *   without the qualifier among the kinds it names.
 * - Ranking: administrative units before GeoNames Orte; exact name, then base name
 *   („Frankfurt“ → „Frankfurt am Main“), then loose umlaut spelling; a bare name prefers the
 *   Gemeinde to the Kreis and the Verband of the same name; within that, larger population
 *   first.
 * - With an empty query and a key: the unit with that key first, then every place under it
 *   (largest first).
 *
 * @returns ranked candidates; empty when nothing matches. Several candidates of the best
 *   rank mean the name is ambiguous (see {@link isAmbiguous}).
 */
export function findPlaces(
  gazetteer: Gazetteer,
  query: string,
  options: FindOptions = {},
): PlaceMatch[] {
  const limit = options.limit ?? 10;
  const land = maybeLandId(options.land);
  const keys =
    options.key !== undefined && options.key !== ''
      ? officialKeyCandidates(options.key).map((k) => k.key)
      : [];
  const accept = (p: Place) =>
    (!land || p.land === land) &&
    (!options.kinds || options.kinds.includes(p.kind)) &&
    (keys.length === 0 || keys.some((k) => p.key.startsWith(k) || p.ags.startsWith(k)));

  const out: PlaceMatch[] = [];
  const seen = new Set<number>();
  const take = (
    indices: readonly number[] | undefined,
    kind: (p: Place) => MatchKind,
    q?: Qualifier,
  ) => {
    for (const i of indices ?? []) {
      if (seen.has(i)) continue;
      const p = gazetteer.places[i];
      if (!accept(p) || (q && !q.kinds.includes(p.kind))) continue;
      seen.add(i);
      const match = kind(p);
      out.push({ place: p, match, rank: rank(p, match, q) });
    }
  };

  const trimmed = query.trim();
  const byKey = /^[\d\s.,_/-]+$/.test(trimmed) ? placeByKey(gazetteer, trimmed) : undefined;
  if (byKey) {
    return accept(byKey.place) ? [{ place: byKey.place, match: 'key', rank: 0 }] : [];
  }
  const whole = normalizePlaceName(query);
  const parsed = parsePlaceName(query);
  if (whole) {
    const exact = (q: string) => (p: Place) =>
      normalizePlaceName(p.name) === q ? 'exact' : 'base';
    take(gazetteer.byName.get(whole), exact(whole));
    if (out.length === 0 && parsed.qualifier && parsed.name) {
      take(gazetteer.byName.get(parsed.name), exact(parsed.name), parsed.qualifier);
      take(gazetteer.byLoose.get(loosePlaceKey(parsed.name)), () => 'loose', parsed.qualifier);
    } else take(gazetteer.byLoose.get(loosePlaceKey(whole)), () => 'loose');
    // „Cottbus/Chóśebuz“, „Wunsiedel im Fichtelgebirge“ written differently: the base name.
    const cut = query.search(/[(/]/);
    const base =
      out.length > 0
        ? null
        : cut > 0
          ? parsePlaceName(query.slice(0, cut)).name || null
          : (QUALIFIER.exec(parsed.name)?.[1] ?? null);
    if (base) take(gazetteer.byName.get(base), () => 'base', parsed.qualifier);
  } else if (keys.length) {
    const named = new Set(keys);
    gazetteer.places.forEach((p, i) => {
      if (accept(p)) {
        seen.add(i);
        // The unit the key names, then what lies in it.
        const r = named.has(p.key) && p.kind !== 'ort' ? 0 : 10 + KIND_RANK[p.kind];
        out.push({ place: p, match: 'key', rank: r });
      }
    });
  }
  const exactKey = new Set(keys);
  out.sort(
    (a, b) =>
      a.rank - b.rank ||
      // A key query: the unit whose key is the key itself first.
      Number(exactKey.has(b.place.key)) - Number(exactKey.has(a.place.key)) ||
      b.place.population - a.place.population ||
      (a.place.name < b.place.name ? -1 : a.place.name > b.place.name ? 1 : 0),
  );
  return out.slice(0, limit);
}

/**
 * Whether a result needs the user to choose: more than one candidate of the best rank
 * (same tier, same kind). Never with a key that names one unit (AGS, Verband, ARS; a Kreis
 * key when the query asked for a Kreis).
 */
export function isAmbiguous(matches: readonly PlaceMatch[], options: FindOptions = {}): boolean {
  if (matches.length < 2) return false;
  const k = options.key !== undefined ? officialKeyCandidates(options.key)[0] : undefined;
  if (k && k.kind !== 'land' && k.kind !== 'kreis') return false;
  if (matches[0].match === 'key' && matches[1].match !== 'key') return false;
  return matches[0].rank === matches[1].rank;
}

/** The Kreis a place lies in (the place itself for a Kreis), or undefined. */
export function kreisOfPlace(gazetteer: Gazetteer, p: Place): Place | undefined {
  if (p.kind === 'kreis') return p;
  const i = gazetteer.byKey.get(p.kreis)?.find((j) => gazetteer.places[j].kind === 'kreis');
  return i === undefined ? undefined : gazetteer.places[i];
}

// Nearest place by position: its own module, so the search box needs no gazetteer parser.
export { nearestPlace } from './nearest-place';
