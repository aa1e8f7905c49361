/**
 * Resolve what a user typed into one place of the gazetteer for „Was gibt es schon in meiner
 * Nähe?“: found (one place), ambiguous (several places share the name: the UI asks which,
 * with Land and district) or unknown (the UI says so and offers close matches by edit
 * distance). Pure; uses `findPlaces` from `gazetteer.ts`.
 */
import { editDistance } from '../search/normalize';
import {
  findPlaces,
  isAmbiguous,
  loosePlaceKey,
  normalizePlaceName,
  type Gazetteer,
  type Place,
} from './gazetteer';

export type PlaceResolution =
  | { kind: 'empty' }
  | { kind: 'found'; place: Place }
  | { kind: 'ambiguous'; candidates: Place[] }
  | { kind: 'unknown'; suggestions: Place[] };

/** Close matches for a name with no hit: smallest edit distance, then larger places first. */
export function suggestPlaces(gazetteer: Gazetteer, query: string, limit = 5): Place[] {
  const q = loosePlaceKey(normalizePlaceName(query));
  if (!q) return [];
  const max = Math.max(1, Math.min(3, Math.floor(q.length / 3)));
  const scored: { place: Place; d: number }[] = [];
  const seen = new Set<string>();
  for (const p of gazetteer.places) {
    const k = loosePlaceKey(normalizePlaceName(p.name));
    const d = Math.min(
      editDistance(q, k, max),
      // Prefix typed so far („Erlang“ → Erlangen) counts as close.
      k.startsWith(q) && q.length >= 4 ? 1 : max + 1,
    );
    if (d > max) continue;
    const key = `${p.name}|${p.land}|${p.kreis}|${p.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    scored.push({ place: p, d });
  }
  return scored
    .sort((a, b) => a.d - b.d || b.place.population - a.place.population)
    .slice(0, limit)
    .map((s) => s.place);
}

export function resolvePlace(gazetteer: Gazetteer, query: string): PlaceResolution {
  if (!normalizePlaceName(query)) return { kind: 'empty' };
  const matches = findPlaces(gazetteer, query, { limit: 20 });
  if (matches.length === 0)
    return { kind: 'unknown', suggestions: suggestPlaces(gazetteer, query) };
  if (isAmbiguous(matches)) {
    // Offer exact and base-name matches together: „Halle“ is Halle (Westf.) and Halle (Saale).
    const strict = matches.filter((m) => m.match !== 'loose');
    return {
      kind: 'ambiguous',
      candidates: (strict.length > 1 ? strict : matches).map((m) => m.place),
    };
  }
  return { kind: 'found', place: matches[0].place };
}
