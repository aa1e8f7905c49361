/**
 * Locate records without coordinates with the embedded gazetteer: by place (or name), narrowed
 * by Land and official key where the row gives them. Ambiguous names are returned with their
 * candidates for the user to choose.
 */
import { findPlaces, isAmbiguous, type Gazetteer, type Place } from '../geo/gazetteer';
import { officialKeyCandidates } from '../geo/official-keys';
import type { NodeRecord } from './records';

export type GeocodeResult =
  | { status: 'found'; place: Place }
  | { status: 'ambiguous'; query: string; candidates: Place[] }
  | { status: 'none'; query: string };

/** What a record is looked up by: its place column, else its name. */
export function geocodeQuery(rec: NodeRecord): string {
  return rec.place ?? rec.name ?? '';
}

export function geocodeRecord(gazetteer: Gazetteer, rec: NodeRecord): GeocodeResult {
  const query = geocodeQuery(rec);
  // Any official key the gazetteer reads (Land, Kreis, AGS, Verband, ARS; a lost zero restored).
  const key = rec.key && officialKeyCandidates(rec.key).length ? rec.key : undefined;
  const options = { land: rec.land, key };
  let matches = query ? findPlaces(gazetteer, query, options) : [];
  // A name that is not a place („Stadtwerke Musterstadt“) with a key: locate by the key alone.
  if (matches.length === 0 && key) matches = findPlaces(gazetteer, '', options);
  // A name with a place column that fails: try the name (the place column may hold a district).
  if (matches.length === 0 && rec.place && rec.name)
    matches = findPlaces(gazetteer, rec.name, options);
  if (matches.length === 0) return { status: 'none', query: query || key || '' };
  if (isAmbiguous(matches, query ? options : { key })) {
    return { status: 'ambiguous', query, candidates: matches.map((m) => m.place) };
  }
  return { status: 'found', place: matches[0].place };
}

/** The gazetteer place nearest to a position (for a Land where a row gives none). */
export { nearestPlace } from '../geo/gazetteer';
