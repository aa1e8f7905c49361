/**
 * Spread points that share a position onto a small ring, so each stays reachable.
 *
 * Many actors sit exactly where their project or another actor sits (a city, its
 * university and its utility geocoded to the same town centre). Fixed points (projects)
 * stay where they are; movable points at the same position move to a ring around it,
 * evenly spaced, in a deterministic order (by id). A movable point alone at its
 * position stays put. Pure; returns new positions only for the points it moved.
 */
import type { Position } from 'geojson';
import { STEP_CHUNK, runToEnd } from '../util/time-slice';

export interface SpreadInput {
  id: string;
  at: readonly [number, number];
  /** Fixed points never move, but make movable points at their position move away. */
  fixed: boolean;
}

const METRES_PER_DEG_LAT = 111_320;

/** Positions keyed by id for the points that moved. */
export function spreadDuplicates(
  points: readonly SpreadInput[],
  radiusMetres: number,
): Map<string, Position> {
  return runToEnd(spreadDuplicatesSteps(points, radiusMetres));
}

/** {@link spreadDuplicates} as a generator pausing every {@link STEP_CHUNK} points (`runSliced`). */
export function* spreadDuplicatesSteps(
  points: readonly SpreadInput[],
  radiusMetres: number,
): Generator<void, Map<string, Position>, void> {
  const out = new Map<string, Position>();
  if (radiusMetres <= 0) return out;
  const groups = new Map<string, SpreadInput[]>();
  let step = 0;
  for (const p of points) {
    if (++step % STEP_CHUNK === 0) yield;
    // 1e-5° ≈ 1 m: points closer than that count as the same position.
    const key = `${p.at[0].toFixed(5)},${p.at[1].toFixed(5)}`;
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  for (const group of groups.values()) {
    if (++step % STEP_CHUNK === 0) yield;
    const movable = group.filter((p) => !p.fixed).sort((a, b) => (a.id < b.id ? -1 : 1));
    const hasFixed = movable.length < group.length;
    if (movable.length === 0 || (movable.length === 1 && !hasFixed)) continue;
    const [lon, lat] = group[0].at;
    // Grow the ring so neighbours keep at least `radiusMetres` apart along it.
    const r = Math.max(radiusMetres, (movable.length * radiusMetres) / (2 * Math.PI));
    const dLat = r / METRES_PER_DEG_LAT;
    const dLon = r / (METRES_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180));
    movable.forEach((p, i) => {
      // Start at north, clockwise.
      const a = (2 * Math.PI * i) / movable.length;
      out.set(p.id, [round6(lon + dLon * Math.sin(a)), round6(lat + dLat * Math.cos(a))]);
    });
  }
  return out;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
