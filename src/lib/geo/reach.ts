/**
 * Partner reach: how far a project's members and partners are from the project's own point
 * (its lead municipality or district seat), as great-circle distances (Turf `distance`).
 *
 * Actors not placed at their own seat (`located: 'project' | 'abroad'`) are drawn at the
 * project, so their distance would be a made-up 0 km: they are left out and listed as
 * `unplaced`. Medians and maxima are over the placed members and partners.
 *
 * Regional vs supra-regional: a partner is *regional* when its seat is at most
 * {@link REGIONAL_THRESHOLD_KM} from the project, else *supra-regional*. See
 * docs/analysis.md for why 50 km. Pure; no input is mutated.
 * Turf: https://turfjs.org/docs/api/distance
 */
import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import type { Dataset } from '../data/dataset';

/**
 * Threshold between regional and supra-regional partners, in kilometres. 50 km is about the
 * radius of a German planning region or IHK district and a long daily commute: a partner
 * within it can be met in person without an overnight trip or a dedicated journey.
 */
export const REGIONAL_THRESHOLD_KM = 50;

/**
 * Great-circle distance in km between two [lon, lat] positions. The points are put in a
 * fixed order first: Turf's haversine multiplies the two cosines in argument order, and
 * floating-point products are not associative, so `distance(a, b)` and `distance(b, a)` can
 * differ in the last bit; scores built on this must be exactly symmetric.
 */
export function distanceKm(a: Position, b: Position): number {
  const swap = a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  return swap ? distance(b, a, { units: 'kilometers' }) : distance(a, b, { units: 'kilometers' });
}

/** Median of numbers, or null for none. Does not mutate `values`. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface ReachEntry {
  id: string;
  name: string;
  type: string;
  role: 'member' | 'partner';
  km: number;
  /** `km <= thresholdKm`. */
  regional: boolean;
}

export interface ProjectReach {
  projectId: string;
  /** Placed members and partners, nearest first. */
  entries: ReachEntry[];
  /** Ids of members/partners without their own position. */
  unplaced: string[];
  /** Median distance over `entries`, null without any. */
  medianKm: number | null;
  /** Maximum distance over `entries`, null without any. */
  maxKm: number | null;
  /** Partners only: how many are regional / supra-regional. */
  regionalPartners: number;
  supraRegionalPartners: number;
}

/** The reach of one project, or null when `projectId` is not a project. */
export function projectReach(
  ds: Dataset,
  projectId: string,
  thresholdKm = REGIONAL_THRESHOLD_KM,
): ProjectReach | null {
  const p = ds.byId.get(projectId);
  if (!p || p.kind !== 'project') return null;
  const entries: ReachEntry[] = [];
  const unplaced: string[] = [];
  const seen = new Set<string>();
  for (const r of ds.relationsOf.get(projectId) ?? []) {
    if (r.source !== projectId || (r.kind !== 'member' && r.kind !== 'partner')) continue;
    const a = ds.byId.get(r.target);
    if (!a || seen.has(a.id)) continue;
    seen.add(a.id);
    if (a.actor?.located) {
      unplaced.push(a.id);
      continue;
    }
    const km = distanceKm(p.coordinates, a.coordinates);
    entries.push({
      id: a.id,
      name: a.name,
      type: a.type,
      role: r.kind,
      km,
      regional: km <= thresholdKm,
    });
  }
  entries.sort((x, y) => x.km - y.km || (x.id < y.id ? -1 : 1));
  const kms = entries.map((e) => e.km);
  const partners = entries.filter((e) => e.role === 'partner');
  return {
    projectId,
    entries,
    unplaced,
    medianKm: median(kms),
    maxKm: kms.length ? kms[kms.length - 1] : null,
    regionalPartners: partners.filter((e) => e.regional).length,
    supraRegionalPartners: partners.filter((e) => !e.regional).length,
  };
}

/** Reach of every project, by project id. */
export function allReach(
  ds: Dataset,
  thresholdKm = REGIONAL_THRESHOLD_KM,
): Map<string, ProjectReach> {
  const out = new Map<string, ProjectReach>();
  for (const n of ds.nodes)
    if (n.kind === 'project') out.set(n.id, projectReach(ds, n.id, thresholdKm)!);
  return out;
}
