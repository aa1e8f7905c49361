/**
 * Fetches and decodes `data/gazetteer.json` on first use. The file (~500 kB, ~150 kB gzipped)
 * is a hashed asset on our own origin, so it works offline and is not part of the first
 * download: nothing fetches it until a feature asks for it (import geocoding, "what is near
 * me"). One request per page (the promise is cached); a failed load is not cached, so a
 * later call retries.
 */
import gazetteerUrl from '../../../data/gazetteer.json?url';
import { fetchJson } from '../data/fetch-json';
import { err, ok, type LoadError, type Result } from '../data/result';
import { decodeGazetteer, type Gazetteer } from './gazetteer';

export const GAZETTEER_FILE = 'data/gazetteer.json';

let cached: Promise<Result<Gazetteer, LoadError>> | null = null;

export function loadGazetteer(
  fetchFn: typeof fetch = fetch,
): Promise<Result<Gazetteer, LoadError>> {
  if (cached) return cached;
  const pending = (async () => {
    const r = await fetchJson(gazetteerUrl, GAZETTEER_FILE, fetchFn);
    if (!r.ok) return r;
    try {
      return ok(decodeGazetteer(r.value));
    } catch (e) {
      return err<LoadError>({ file: GAZETTEER_FILE, code: 'shape', detail: String(e) });
    }
  })();
  cached = pending;
  pending.then((r) => {
    if (!r.ok && cached === pending) cached = null;
  });
  return pending;
}
