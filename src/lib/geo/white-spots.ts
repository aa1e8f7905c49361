/**
 * „Wo gibt es noch nichts?“ — the white spots: for every Kreis (or Gemeinde), how far the
 * nearest model project with a chosen kind of cooperation is.
 *
 * - A unit counts 0 km when a qualifying project's point lies inside it;
 * - else the great-circle distance from the unit's reference point (a Kreis's pole of
 *   inaccessibility; a Gemeinde's town centre from the gazetteer) to the nearest qualifying
 *   project point;
 * - the distance falls into one of {@link SPOT_CLASSES} for the choropleth and its legend.
 *
 * Limits (see docs/analysis.md): straight lines, not travel times; a project is its point
 * (the lead's seat), not its member territory; only the cooperation the dataset records.
 * Pure: lists in, lists out, nothing mutated.
 * Turf: https://turfjs.org/docs/api/booleanPointInPolygon
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { BBox, MultiPolygon, Polygon, Position } from 'geojson';
import { ORG_FORM_GROUPS, ORG_FORMS, type DocumentKind } from '../data/vocab';
import { COOPERATION_FORMS, type ProjectProfile } from './nearest';
import { distanceKm } from './reach';

/** Upper bounds (km, inclusive) of the distance classes; the last class is „farther“. */
export const SPOT_CLASSES = [0, 25, 50, 100] as const;

/** Contract documents: what a municipality can reuse as a model for its own. */
export const CONTRACT_KINDS: readonly DocumentKind[] = [
  'Kooperationsvertrag',
  'Kooperationsvereinbarung',
  'Weiterleitungsvertrag',
  'Gesellschaftsvertrag',
];

/**
 * Which projects count: `any` model project, one with a cooperation form (`form:hochschule`
 * …, see `COOPERATION_FORMS`), with a contract document (`document:contract`) or any
 * document (`document:any`), or with an organisational form of a group
 * (`org:Gesellschaft` …, see `ORG_FORM_GROUPS`).
 */
export type SpotCriterion =
  | 'any'
  | `form:${(typeof COOPERATION_FORMS)[number]}`
  | 'document:contract'
  | 'document:any'
  | `org:${(typeof ORG_FORM_GROUPS)[number]}`;

/** Every criterion, in the order the picker lists them. */
export const SPOT_CRITERIA: readonly SpotCriterion[] = [
  'any',
  ...COOPERATION_FORMS.map((f) => `form:${f}` as const),
  'document:contract',
  'document:any',
  ...ORG_FORM_GROUPS.map((g) => `org:${g}` as const),
];

/** Whether a project (its profile and organisational forms) meets the criterion. */
export function meetsCriterion(
  p: ProjectProfile,
  orgForms: readonly string[],
  c: SpotCriterion,
): boolean {
  if (c === 'any') return true;
  if (c === 'document:any') return p.documents.length > 0;
  if (c === 'document:contract') return p.documents.some((d) => CONTRACT_KINDS.includes(d.kind));
  const [kind, value] = c.split(':');
  if (kind === 'form') return (p.forms as readonly string[]).includes(value);
  return orgForms.some((o) => ORG_FORMS[o]?.group === value);
}

/** One unit of the map: a Kreis or a Gemeinde. */
export interface SpotArea {
  /** Official key (Kreisschlüssel or ARS); the feature id of its polygon. */
  key: string;
  /** Where distances are measured from. */
  point: Position;
  polygon: Polygon | MultiPolygon;
}

export interface SpotTarget {
  id: string;
  name: string;
  coordinates: Position;
}

export interface Spot {
  key: string;
  /** Kilometres to the nearest target; 0 when one lies inside; Infinity without targets. */
  km: number;
  /** Index into {@link SPOT_CLASSES}; `SPOT_CLASSES.length` for „farther“. */
  cls: number;
  /** The nearest target, or null without targets. */
  nearest: SpotTarget | null;
}

/** The class of a distance: the first bound it does not exceed. */
export function spotClass(km: number): number {
  const i = SPOT_CLASSES.findIndex((b) => km <= b);
  return i < 0 ? SPOT_CLASSES.length : i;
}

function inBox(p: Position, b: BBox): boolean {
  return p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
}

/**
 * The white spots: one {@link Spot} per area, in input order.
 * @param areas Kreise or Gemeinden with reference points and polygons (WGS84)
 * @param targets the qualifying projects (see {@link meetsCriterion})
 */
export function whiteSpots(areas: readonly SpotArea[], targets: readonly SpotTarget[]): Spot[] {
  const boxes = areas.map((a) => bbox(a.polygon));
  // Which areas hold a target: one polygon test per target and candidate box.
  const holder = new Map<number, SpotTarget>();
  for (const t of targets)
    areas.forEach((a, i) => {
      if (
        !holder.has(i) &&
        inBox(t.coordinates, boxes[i]) &&
        booleanPointInPolygon(t.coordinates, a.polygon)
      )
        holder.set(i, t);
    });
  return areas.map((a, i) => {
    const inside = holder.get(i);
    if (inside) return { key: a.key, km: 0, cls: 0, nearest: inside };
    let best: SpotTarget | null = null;
    let km = Infinity;
    for (const t of targets) {
      const d = distanceKm(a.point, t.coordinates);
      if (d < km || (d === km && best && t.id < best.id)) [km, best] = [d, t];
    }
    // A distance of 0 outside the polygon (a target exactly on the reference point of a
    // neighbour's enclave) still reads as class 1: only „inside“ is class 0.
    return { key: a.key, km, cls: Math.max(1, spotClass(km)), nearest: best };
  });
}
