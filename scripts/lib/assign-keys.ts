/**
 * Official keys for the actors of the dataset, from the BKG's VG5000 (Stand 01.01.2021): one
 * step of the data build (`build-data.ts` calls {@link assignOfficialKeys} on the finished
 * actors) and of the data check (`check-data.ts` calls it to report disagreements).
 *
 * - Kommune: `ags` (8 digits) of the Gemeinde of that name in the Land where it lies; an Amt,
 *   Verbandsgemeinde or Samtgemeinde gets its 9-digit Verband key as `ars` instead, and its
 *   seat is settled by the seat of the administration the VG5000_VWG layer records
 *   (`SDV_ARS`): a member placed more than {@link TOLERANCE_KM} away from it (a place name
 *   GeoNames has twice) moves to that Gemeinde's position in the gazetteer, and a `seat` name
 *   that differs from it is reported.
 * - Landkreis: `ags` (5 digits) of the Kreis of that name; its seat is checked against the
 *   Kreis's `SDV_ARS` (a Kreisstadt can be a kreisfreie Stadt outside the Kreis: Bamberg).
 * - Every other actor placed at its own seat: `ags` of the Gemeinde its point lies in.
 *   Actors shown at their project (`located`) get no key: the point is not theirs.
 *
 * A member whose name and position disagree (its point is more than {@link TOLERANCE_KM}
 * from the polygon its name gives) keeps the key of its name and is reported.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { ActorFeature } from '../../src/lib/data/types';
import {
  decodeGemeinden,
  dissolve,
  gemeindenOf,
  gemeindePolygons,
  type AdminGemeinden,
} from '../../src/lib/geo/admin-areas';
import {
  decodeGazetteer,
  findPlaces,
  isAmbiguous,
  normalizePlaceName,
  type Gazetteer,
  type PlaceKind,
} from '../../src/lib/geo/gazetteer';
import { arsToAgs } from '../../src/lib/geo/official-keys';
import { polygonIndex } from './point-index';
import { openVg5000, VG5000_ZIP } from './vg5000';

/**
 * VG5000 is generalised for 1:5,000,000: borders move by up to ~1–2 km, so a town centre
 * close to its border can fall into the neighbour's polygon.
 */
export const TOLERANCE_KM = 2;

export interface KeyInputs {
  gemeinden: AdminGemeinden;
  gazetteer: Gazetteer;
  /** Verband (9 digits) or Kreis (5) → ARS of its seat Gemeinde (VG5000 `SDV_ARS`). */
  seats: ReadonlyMap<string, string>;
}

export interface KeyResult {
  /** New actor features (inputs are not changed). */
  actors: ActorFeature[];
  /** Decisions worth printing (settled seats, keys that changed). */
  info: string[];
  /** Disagreements between name, key and position. */
  problems: string[];
}

const VERBAND = /^(Amt|Verbandsgemeinde|Samtgemeinde|Verwaltungsgemeinschaft) /;

function polygonOf(inputs: KeyInputs, key: string): Feature<MultiPolygon> | null {
  const g = dissolve(inputs.gemeinden, gemeindenOf(inputs.gemeinden, key));
  return g ? { type: 'Feature', geometry: g, properties: {} } : null;
}

/** Kilometres from a point to the unit a key names; 0 inside. */
function kmFrom(inputs: KeyInputs, key: string, p: Position): number {
  const poly = polygonOf(inputs, key);
  if (!poly) return Infinity;
  if (booleanPointInPolygon(p, poly as Feature<Polygon | MultiPolygon>)) return 0;
  return Math.abs(pointToPolygonDistance(p, poly, { units: 'kilometers' }));
}

function byName(inputs: KeyInputs, name: string, kinds: PlaceKind[], land?: string) {
  const m = findPlaces(inputs.gazetteer, name, { kinds, ...(land ? { key: land } : {}) });
  return m.length && !isAmbiguous(m) ? m[0].place : undefined;
}

/**
 * Give every actor its official key (see the module comment).
 * @returns new features, and what to report; nothing is mutated
 */
export function assignOfficialKeys(actors: readonly ActorFeature[], inputs: KeyInputs): KeyResult {
  const info: string[] = [];
  const problems: string[] = [];
  // The Gemeinde (AGS) a point lies in, or undefined (at sea, abroad); grid cells of 0.1°.
  const index = polygonIndex(gemeindePolygons(inputs.gemeinden).features, 0.1);
  const gemeindeAt = (p: Position) => index.find(p)?.properties.ags;
  const out = actors.map((f): ActorFeature => {
    const a = f.properties;
    const p = f.geometry.coordinates as Position;
    const { ags: oldAgs, ars: _oldArs, ...rest } = a;
    const keep = (keys: { ags?: string; ars?: string }): ActorFeature => ({
      ...f,
      properties: { ...rest, ...keys } as ActorFeature['properties'],
    });
    if (a.located || !Number.isFinite(p[0])) return keep({});
    const here = gemeindeAt(p);
    const land = here?.slice(0, 2) ?? oldAgs?.slice(0, 2);
    const who = `${a.id} (${a.name})`;

    if (a.type === 'Landkreis') {
      const k = byName(inputs, a.name, ['kreis'], land);
      if (!k) {
        problems.push(`${who}: no Kreis of that name in VG5000`);
        return keep(oldAgs ? { ags: oldAgs } : {});
      }
      const seat = inputs.seats.get(k.key);
      const atSeat = seat ? kmFrom(inputs, arsToAgs(seat), p) <= TOLERANCE_KM : false;
      if (!atSeat && kmFrom(inputs, k.key, p) > TOLERANCE_KM)
        problems.push(`${who}: key ${k.key} but the point is neither in the Kreis nor at its seat`);
      if (oldAgs && oldAgs !== k.key) info.push(`${who}: Kreis key ${oldAgs} → ${k.key} (VG5000)`);
      return keep({ ags: k.key });
    }

    if (a.type === 'Kommune' && VERBAND.test(a.name)) {
      const v = byName(inputs, a.name, ['verband'], land);
      if (!v) {
        problems.push(`${who}: no Verband of that name in VG5000`);
        return keep({});
      }
      const seat = inputs.seats.get(v.key);
      const seatAgs = seat ? arsToAgs(seat) : undefined;
      const at = seatAgs
        ? inputs.gazetteer.places.find((x) => x.kind === 'gemeinde' && x.key === seatAgs)
        : undefined;
      const src = `VG5000_VWG SDV_ARS ${seat}`;
      if (!at) {
        problems.push(`${who}: no seat for Verband ${v.key} in VG5000`);
        return keep({ ars: v.key });
      }
      if (a.seat && normalizePlaceName(a.seat) !== normalizePlaceName(at.name))
        problems.push(`${who}: seat "${a.seat}" in the facts, ${at.name} in VG5000 (${src})`);
      if (kmFrom(inputs, at.key, p) > TOLERANCE_KM) {
        info.push(`${who}: moved to its seat ${at.name} (${src}); was placed elsewhere`);
        return {
          ...keep({ ars: v.key }),
          geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
        };
      }
      info.push(`${who}: Verband ${v.key}, seat ${at.name} (${src})`);
      return keep({ ars: v.key });
    }

    if (a.type === 'Kommune') {
      const g = byName(inputs, a.name, ['gemeinde'], land);
      const key = g?.ags ?? here;
      if (!key) {
        problems.push(`${who}: neither a Gemeinde of that name nor a polygon at its point`);
        return keep({});
      }
      if (!g) info.push(`${who}: no Gemeinde of that name; key ${key} from the point`);
      else if (kmFrom(inputs, key, p) > TOLERANCE_KM)
        problems.push(
          `${who}: named Gemeinde ${key} but the point lies in ${here ?? 'no Gemeinde'}`,
        );
      if (oldAgs && oldAgs !== key) info.push(`${who}: AGS ${oldAgs} → ${key} (VG5000)`);
      return keep({ ags: key });
    }

    // Organisations: the Gemeinde of their seat.
    if (!here) return keep({});
    if (oldAgs && oldAgs !== here && kmFrom(inputs, oldAgs, p) > TOLERANCE_KM)
      problems.push(`${who}: key ${oldAgs} but the point lies in ${here}`);
    return keep({ ags: here });
  });
  return { actors: out, info, problems };
}

/**
 * The inputs as the data scripts read them: the committed Gemeinde topology and gazetteer
 * (`npm run data:admin`, `data:gazetteer`) and the seats from the official zip.
 */
export function loadKeyInputs(root = '.'): KeyInputs {
  const read = (file: string) => JSON.parse(readFileSync(`${root}/${file}`, 'utf8')) as unknown;
  const vg = openVg5000(`${root}/${VG5000_ZIP}`);
  const seats = new Map<string, string>();
  for (const f of vg.layer('VWG')) seats.set(f.properties.ARS, f.properties.SDV_ARS);
  for (const f of vg.layer('KRS')) seats.set(f.properties.AGS, f.properties.SDV_ARS);
  return {
    gemeinden: decodeGemeinden(read('data/admin/gemeinden.topo.json')),
    gazetteer: decodeGazetteer(read('data/gazetteer.json')),
    seats,
  };
}
