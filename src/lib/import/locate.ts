/**
 * Stage 3 of an import: give every node record a position, or say why it has none.
 *
 * - Coordinates in a system the file declares (`.prj`, GeoJSON `crs`) are converted with it.
 * - Other coordinates are classified (`coords.ts`): WGS 84, swapped, or metres in an
 *   undeclared system, for which the candidate systems are ranked with the evidence the
 *   dialog shows (where the points land, whether the rows' names are found there).
 * - Rows without coordinates are placed by their official key first (AGS, ARS, Kreis key,
 *   normalised by `official-keys.ts`), then by name or place through the gazetteer.
 * Swapped and projected coordinates and ambiguous names wait for the user's decision
 * ({@link Decisions}), which `build/positions.ts` applies.
 */
import { findPlaces, placeByKey, type Gazetteer, type Place } from '../geo/gazetteer';
import { keyDigits, officialKeyCandidates } from '../geo/official-keys';
import { isMapPosition } from '../data/geometry';
import { LAENDER } from '../data/laender';
import { classifyPair, detectCrs, inGermany, reproject, type CrsCandidate } from './coords';
import { geocodeQuery, geocodeRecord, nearestPlace } from './geocode';
import { issue, quote, type ImportIssue } from './issues';
import { coordinate } from '../i18n/translate';
import type { NodeRecord } from './records';

export type Loc =
  | { s: 'ok'; pos: [number, number]; abroad?: boolean; place?: Place }
  | { s: 'swapped'; pos: [number, number] }
  | { s: 'projected'; x: number; y: number }
  | { s: 'ambiguous'; query: string; candidates: Place[] }
  /** No position; an error issue has been recorded. */
  | { s: 'none' };

export interface Located {
  locs: Loc[];
  issues: ImportIssue[];
  /** Node indices with swapped coordinates. */
  swapped: number[];
  /** Node indices with projected coordinates in no declared system, and the systems that fit them. */
  projected: number[];
  crsCandidates: CrsEvidence[];
  /** How many rows were converted from a system their file declares. */
  declared: number;
  /** Node indices whose name fits several places. */
  ambiguous: number[];
  /** How many rows were located through the gazetteer (by name or place). */
  geocoded: number;
  /** How many rows were placed by their official key. */
  byKey: number;
}

/** A candidate system for undeclared metres, with where the points would land under it. */
export interface CrsEvidence extends CrsCandidate {
  /** Places nearest to the first points under this system („Görlitz, SN“). */
  places: string[];
  /** Rows whose name or place is a gazetteer place within 30 km of where this system puts them. */
  nameMatches: number;
  /** Rows that have a name or place to compare. */
  named: number;
}

/** The user's answers to the questions an import raises. */
export interface Decisions {
  /** Swap latitude and longitude where they are swapped. */
  swap: boolean;
  /** Reproject undeclared metres from this system (`EPSG:25833`); null to leave those rows out. */
  crs: string | null;
  /** Node index → index of the chosen candidate (ambiguous names); missing = leave out. */
  choices: Record<number, number>;
}

function fieldName(rec: NodeRecord, name: string): string {
  return rec.headers?.[name] ?? `${rec.fieldPrefix}${name}`;
}

/** Whether any record needs the gazetteer (no coordinates, or metres to check by name). */
export function needsGazetteer(nodes: readonly NodeRecord[]): boolean {
  return nodes.some((n) => !n.pair || (!n.crs && Math.abs(n.pair.x) > 180));
}

const km = (a: readonly [number, number], b: readonly [number, number]) => {
  const k = Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * k, a[1] - b[1]) * 111.2;
};

/** Where the projected rows land under each candidate system, and whether their names agree. */
function crsEvidence(
  nodes: readonly NodeRecord[],
  projected: readonly number[],
  locs: readonly Loc[],
  gazetteer: Gazetteer | null,
): CrsEvidence[] {
  const points = projected.map(
    (i) => [(locs[i] as { x: number }).x, (locs[i] as { y: number }).y] as [number, number],
  );
  // Rows whose name or place the gazetteer knows, with where it knows them (looked up once).
  const named = gazetteer
    ? projected
        .slice(0, 100)
        .map((i) => ({
          i,
          places: findPlaces(gazetteer, nodes[i].place ?? nodes[i].name ?? '', { limit: 5 }),
        }))
        .filter((x) => x.places.length > 0)
    : [];
  return detectCrs(points).map((c) => {
    const places: string[] = [];
    if (gazetteer)
      for (const p of points.slice(0, 2)) {
        const at = reproject(c.crs, p[0], p[1]);
        const near =
          at && inGermany(at[0], at[1]) ? nearestPlace(gazetteer, at[0], at[1]) : undefined;
        if (near && !places.includes(`${near.name}, ${near.land.slice(3)}`))
          places.push(`${near.name}, ${near.land.slice(3)}`);
      }
    let nameMatches = 0;
    for (const { i, places: known } of named) {
      const at = reproject(c.crs, (locs[i] as { x: number }).x, (locs[i] as { y: number }).y);
      if (at && known.some((m) => km(at, [m.place.lon, m.place.lat]) < 30)) nameMatches++;
    }
    return { ...c, places, nameMatches, named: named.length };
  });
}

export function locateRecords(nodes: readonly NodeRecord[], gazetteer: Gazetteer | null): Located {
  const issues: ImportIssue[] = [];
  const locs: Loc[] = [];
  const swapped: number[] = [];
  const projected: number[] = [];
  const ambiguous: number[] = [];
  let geocoded = 0;
  let byKey = 0;
  let declared = 0;

  nodes.forEach((rec, i) => {
    const p = rec.pair;
    if (p) {
      const [fx, fy] = p.fields;
      const fieldOf = (kind: 'x' | 'y' | 'both') =>
        kind === 'x' ? fx : kind === 'y' ? fy : `${fx}, ${fy}`;
      if (rec.crs && Number.isFinite(p.x) && Number.isFinite(p.y)) {
        // Declared: the file's system wins over any guess.
        const at = reproject(rec.crs, p.x, p.y);
        // Converted points must land on the map (data/geometry.ts), as every position must.
        if (at && !isMapPosition(at[0], at[1])) {
          locs.push({ s: 'none' });
          issues.push(
            issue(
              'coords-range',
              rec.ref,
              fieldOf('both'),
              {
                key: 'issue.coords.declaredRange',
                params: { x: coordinate(p.x), y: coordinate(p.y), crs: rec.crs.id },
              },
              { key: 'hint.coords.range' },
            ),
          );
          return;
        }
        if (at) {
          declared++;
          const abroad = !inGermany(at[0], at[1]);
          locs.push({ s: 'ok', pos: at, ...(abroad ? { abroad } : {}) });
          if (abroad)
            issues.push(
              issue(
                'outside-germany',
                rec.ref,
                fieldOf('both'),
                {
                  key: 'issue.coords.declaredAbroad',
                  params: {
                    x: p.x,
                    y: p.y,
                    crs: rec.crs.id,
                    lon: coordinate(at[0]),
                    lat: coordinate(at[1]),
                  },
                },
                { key: 'hint.coords.declaredAbroad' },
                'warning',
              ),
            );
          return;
        }
      }
      const kind = classifyPair(p.x, p.y);
      if (kind === 'wgs84') locs.push({ s: 'ok', pos: [p.x, p.y] });
      else if (kind === 'wgs84-abroad') {
        locs.push({ s: 'ok', pos: [p.x, p.y], abroad: true });
        issues.push(
          issue(
            'outside-germany',
            rec.ref,
            fieldOf('both'),
            { key: 'issue.coords.abroad', params: { x: coordinate(p.x), y: coordinate(p.y) } },
            { key: 'hint.coords.abroad' },
            'warning',
          ),
        );
      } else if (kind === 'swapped') {
        locs.push({ s: 'swapped', pos: [p.y, p.x] });
        swapped.push(i);
      } else if (kind === 'projected') {
        locs.push({ s: 'projected', x: p.x, y: p.y });
        projected.push(i);
      } else if (kind === 'nan') {
        locs.push({ s: 'none' });
        const bad = !Number.isFinite(p.x) ? 'x' : 'y';
        const raw = bad === 'x' ? p.raw[0] : p.raw[1];
        issues.push(
          issue(
            raw === '' ? 'missing-field' : 'coords-nan',
            rec.ref,
            fieldOf(bad),
            raw === ''
              ? { key: 'issue.coords.missing' }
              : { key: 'issue.coords.nan', params: { value: quote(raw) } },
            { key: 'hint.coords.decimal' },
          ),
        );
      } else {
        locs.push({ s: 'none' });
        issues.push(
          issue(
            'coords-range',
            rec.ref,
            fieldOf('both'),
            { key: 'issue.coords.range', params: { x: coordinate(p.x), y: coordinate(p.y) } },
            { key: 'hint.coords.range' },
          ),
        );
      }
      return;
    }
    // No coordinates: the official key first, then the name.
    const keyField = fieldName(rec, 'key');
    let key: string | undefined;
    let keyLand: string | undefined;
    if (rec.key !== undefined) {
      const k = officialKeyCandidates(rec.key)[0];
      if (k) key = k.key;
      else
        issues.push(
          issue(
            'key-invalid',
            rec.ref,
            keyField,
            {
              key: keyDigits(rec.key) === null ? 'issue.key.not-digits' : 'issue.key.length',
              params: { value: quote(rec.key) },
            },
            { key: 'hint.key.format' },
            'warning',
          ),
        );
    }
    if (key && gazetteer) {
      const hit = placeByKey(gazetteer, rec.key!);
      if (hit) {
        byKey++;
        locs.push({ s: 'ok', pos: [hit.place.lon, hit.place.lat], place: hit.place });
        return;
      }
      issues.push(
        issue(
          'key-unknown',
          rec.ref,
          keyField,
          { key: 'issue.key.unknown', params: { value: quote(rec.key), key } },
          { key: 'hint.key.unknown' },
          'warning',
        ),
      );
      // A Land's own key (`14`: GENESIS lists the Länder among Kreise) names the Land: the
      // name is looked up there only. „Sachsen“ with key 14 is not Sachsen b. Ansbach (Bayern).
      // Any other unknown key may be wrong as a whole: the name is looked up everywhere.
      keyLand = LAENDER.find((l) => key === l.ags)?.id;
      key = undefined;
    }
    const query = geocodeQuery(rec);
    if (!query && !rec.key) {
      locs.push({ s: 'none' });
      issues.push(
        issue(
          'missing-field',
          rec.ref,
          fieldName(rec, 'name'),
          { key: 'issue.locate.nothing' },
          { key: 'hint.locate.nothing' },
        ),
      );
      return;
    }
    if (!gazetteer) {
      locs.push({ s: 'none' });
      issues.push(
        issue(
          'geocode-none',
          rec.ref,
          fieldName(rec, rec.place ? 'place' : 'name'),
          { key: 'issue.locate.noGazetteer' },
          { key: 'hint.locate.noGazetteer' },
        ),
      );
      return;
    }
    const g = geocodeRecord(gazetteer, { ...rec, key, land: rec.land ?? keyLand });
    if (g.status === 'found') {
      geocoded++;
      locs.push({ s: 'ok', pos: [g.place.lon, g.place.lat], place: g.place });
    } else if (g.status === 'ambiguous') {
      locs.push({ s: 'ambiguous', query: g.query, candidates: g.candidates });
      ambiguous.push(i);
    } else {
      locs.push({ s: 'none' });
      issues.push(
        issue(
          'geocode-none',
          rec.ref,
          fieldName(rec, rec.place ? 'place' : 'name'),
          { key: 'issue.locate.unknown', params: { query: quote(g.query) } },
          { key: 'hint.locate.unknown' },
        ),
      );
    }
  });

  const crsCandidates = crsEvidence(nodes, projected, locs, gazetteer);
  return { locs, issues, swapped, projected, crsCandidates, declared, ambiguous, geocoded, byKey };
}
