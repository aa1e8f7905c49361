/**
 * Stage 2 of an import: give every node record a position, or say why it has none.
 * Coordinates are classified (`coords.ts`); rows without coordinates are geocoded
 * (`geocode.ts`). Swapped and projected coordinates and ambiguous names wait for the user's
 * decision ({@link Decisions}), which `to-package.ts` applies.
 */
import type { Gazetteer, Place } from '../geo/gazetteer';
import { classifyPair, detectCrs, type CrsCandidate, type ProjectedCrs } from './coords';
import { geocodeQuery, geocodeRecord } from './geocode';
import { issue, quote, type ImportIssue } from './issues';
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
  /** Node indices with projected coordinates, and the systems that fit them. */
  projected: number[];
  crsCandidates: CrsCandidate[];
  /** A system the file declares (GeoJSON `crs`). */
  declaredCrs?: ProjectedCrs;
  /** Node indices whose name fits several places. */
  ambiguous: number[];
  /** How many rows were located through the gazetteer. */
  geocoded: number;
}

/** The user's answers to the questions an import raises. */
export interface Decisions {
  /** Swap latitude and longitude where they are swapped. */
  swap: boolean;
  /** Reproject projected coordinates from this system; null to leave those rows out. */
  crs: ProjectedCrs | null;
  /** Node index → index of the chosen candidate (ambiguous names); missing = leave out. */
  choices: Record<number, number>;
}

function fieldName(rec: NodeRecord, name: string): string {
  return rec.headers?.[name] ?? `${rec.fieldPrefix}${name}`;
}

/** Whether any record needs the gazetteer (no coordinates, or a project without a Land). */
export function needsGazetteer(nodes: readonly NodeRecord[]): boolean {
  return nodes.some((n) => !n.pair || (!n.land && !n.key));
}

export function locateRecords(nodes: readonly NodeRecord[], gazetteer: Gazetteer | null): Located {
  const issues: ImportIssue[] = [];
  const locs: Loc[] = [];
  const swapped: number[] = [];
  const projected: number[] = [];
  const ambiguous: number[] = [];
  let geocoded = 0;
  let declaredCrs: ProjectedCrs | undefined;

  nodes.forEach((rec, i) => {
    const p = rec.pair;
    if (p) {
      const [fx, fy] = p.fields;
      const fieldOf = (kind: 'x' | 'y' | 'both') =>
        kind === 'x' ? fx : kind === 'y' ? fy : `${fx}, ${fy}`;
      const kind = rec.crs
        ? Number.isFinite(p.x) && Number.isFinite(p.y)
          ? 'projected'
          : 'nan'
        : classifyPair(p.x, p.y);
      if (kind === 'wgs84') locs.push({ s: 'ok', pos: [p.x, p.y] });
      else if (kind === 'wgs84-abroad') {
        locs.push({ s: 'ok', pos: [p.x, p.y], abroad: true });
        issues.push(
          issue(
            'outside-germany',
            rec.ref,
            fieldOf('both'),
            {
              de: `Die Position [${p.x}, ${p.y}] liegt außerhalb Deutschlands; sie wird so übernommen.`,
              en: `The position [${p.x}, ${p.y}] lies outside Germany; it is imported as it is.`,
            },
            {
              de: 'Prüfen, ob Länge und Breite stimmen (Länge 5,8–15,1, Breite 47,2–55,1 in Deutschland).',
              en: 'Check longitude and latitude (longitude 5.8–15.1, latitude 47.2–55.1 in Germany).',
            },
            'warning',
          ),
        );
      } else if (kind === 'swapped') {
        locs.push({ s: 'swapped', pos: [p.y, p.x] });
        swapped.push(i);
      } else if (kind === 'projected') {
        locs.push({ s: 'projected', x: p.x, y: p.y });
        projected.push(i);
        if (rec.crs) declaredCrs = rec.crs as ProjectedCrs;
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
              ? { de: 'Die Koordinate fehlt.', en: 'The coordinate is missing.' }
              : {
                  de: `${quote(raw)} ist keine Zahl.`,
                  en: `${quote(raw)} is not a number.`,
                },
            {
              de: 'Beide Koordinaten als Dezimalzahl angeben (49,89 oder 49.89) – oder beide leer lassen, dann wird der Ort nachgeschlagen.',
              en: 'Give both coordinates as decimal numbers (49.89 or 49,89) – or leave both empty to look the place up.',
            },
          ),
        );
      } else {
        locs.push({ s: 'none' });
        issues.push(
          issue(
            'coords-range',
            rec.ref,
            fieldOf('both'),
            {
              de: `Die Koordinaten [${p.raw.join(', ')}] liegen außerhalb jedes gültigen Bereichs.`,
              en: `The coordinates [${p.raw.join(', ')}] are outside any valid range.`,
            },
            {
              de: 'Länge −180…180, Breite −85,05…85,05 (WGS 84, so weit die Karte reicht) oder Meter in UTM/Gauß-Krüger.',
              en: 'Longitude −180…180, latitude −85.05…85.05 (WGS 84, as far as the map reaches) or metres in UTM/Gauss-Krüger.',
            },
          ),
        );
      }
      return;
    }
    // No coordinates: the gazetteer.
    const query = geocodeQuery(rec);
    if (!query && !rec.key) {
      locs.push({ s: 'none' });
      issues.push(
        issue(
          'missing-field',
          rec.ref,
          fieldName(rec, 'name'),
          {
            de: 'Die Zeile hat weder Koordinaten noch einen Namen oder Ort.',
            en: 'The row has neither coordinates nor a name or place.',
          },
          {
            de: 'lat/lon angeben oder name/ort (optional land, ags), damit der Ort gefunden wird.',
            en: 'Give lat/lon, or name/place (optionally land, key) to look the place up.',
          },
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
          {
            de: 'Das Ortsverzeichnis konnte nicht geladen werden; die Zeile hat keine Koordinaten.',
            en: 'The gazetteer could not be loaded; the row has no coordinates.',
          },
          {
            de: 'Koordinaten angeben oder erneut versuchen.',
            en: 'Give coordinates or try again.',
          },
        ),
      );
      return;
    }
    const g = geocodeRecord(gazetteer, rec);
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
          {
            de: `Kein Ort ${quote(g.query)} im Ortsverzeichnis (Orte ab 1.000 Einwohnern).`,
            en: `No place ${quote(g.query)} in the gazetteer (places of 1,000+ inhabitants).`,
          },
          {
            de: 'Schreibweise prüfen, die Gemeinde statt des Ortsteils nennen, einen Gemeindeschlüssel (ags) oder Koordinaten angeben.',
            en: 'Check the spelling, name the municipality instead of the village, or give a municipality key (ags) or coordinates.',
          },
        ),
      );
    }
  });

  const crsCandidates = detectCrs(
    projected.map((i) => [(locs[i] as { x: number }).x, (locs[i] as { y: number }).y]),
  );
  return { locs, issues, swapped, projected, crsCandidates, declaredCrs, ambiguous, geocoded };
}
