/**
 * A data file fetched on first use, not with the app: the first call fetches and decodes,
 * every later call gets the same promise (one request per page); a failed load is not
 * cached, so a later call retries. Decoding errors become a `shape` LoadError naming the
 * file. The files are hashed assets on our own origin, so they work offline (precached).
 */
import { fetchJson } from './fetch-json';
import { err, ok, type LoadError, type Result } from './result';

export type LazyLoader<T> = (fetchFn?: typeof fetch) => Promise<Result<T, LoadError>>;

/**
 * @param url the asset URL (`import url from '…json?url'`)
 * @param file the name shown to the user, e.g. `data/gazetteer.json`
 * @param decode validates and indexes the parsed JSON; may throw (→ `shape` error)
 */
export function lazyFile<T>(url: string, file: string, decode: (raw: unknown) => T): LazyLoader<T> {
  let cached: Promise<Result<T, LoadError>> | null = null;
  return (fetchFn = fetch) => {
    if (cached) return cached;
    const pending = (async (): Promise<Result<T, LoadError>> => {
      const r = await fetchJson(url, file, fetchFn);
      if (!r.ok) return r;
      try {
        return ok(decode(r.value));
      } catch (e) {
        return err<LoadError>({ file, code: 'shape', detail: String(e) });
      }
    })();
    cached = pending;
    pending.then((r) => {
      if (!r.ok && cached === pending) cached = null;
    });
    return pending;
  };
}
