/**
 * Loads the four basemap files that ship in `data/basemap/` ({@link BASEMAP_FILES}) and checks
 * their shape, naming file, feature and field of the first problem. The map itself reads
 * them by URL (map/style/basemap-by-url.ts); this load gives the app the Länder polygons
 * (the Land of a point) and the reason when a file is broken.
 */
import { BASEMAP_FILES } from './basemap-files';
import { fetchJson } from './fetch-json';
import { parseBasemapLayer, type Basemap } from './basemap';
import { err, ok, type LoadError, type Result } from './result';

export { BASEMAP_FILES };

export async function loadBasemap(
  fetchFn: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<Result<Basemap, LoadError>> {
  const entries = Object.entries(BASEMAP_FILES) as [
    keyof Basemap,
    (typeof BASEMAP_FILES)[keyof Basemap],
  ][];
  const results = await Promise.all(
    entries.map(async ([key, f]) => {
      const raw = await fetchJson(f.url, f.file, fetchFn, signal);
      if (!raw.ok) return [key, raw] as const;
      return [key, parseBasemapLayer(raw.value, f.file, f.kind)] as const;
    }),
  );
  const out: Partial<Basemap> = {};
  for (const [key, r] of results) {
    if (!r.ok) return err(r.error);
    (out as Record<string, unknown>)[key] = r.value;
  }
  return ok(out as Basemap);
}
