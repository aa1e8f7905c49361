/**
 * Loads the three basemap files that ship in `data/basemap/`. Vite copies them
 * into the build as hashed assets on our own origin, so they load offline.
 */
import laenderUrl from '../../../data/basemap/laender.geojson?url';
import labelsUrl from '../../../data/basemap/laender-labels.geojson?url';
import countriesUrl from '../../../data/basemap/countries.geojson?url';
import countryLabelsUrl from '../../../data/basemap/countries-labels.geojson?url';
import { fetchJson } from './fetch-json';
import { parseBasemapLayer, type Basemap } from './basemap';
import { err, ok, type LoadError, type Result } from './result';

export const BASEMAP_FILES = {
  laender: { url: laenderUrl, file: 'data/basemap/laender.geojson', kind: 'area' },
  labels: { url: labelsUrl, file: 'data/basemap/laender-labels.geojson', kind: 'point' },
  countries: { url: countriesUrl, file: 'data/basemap/countries.geojson', kind: 'area' },
  countryLabels: {
    url: countryLabelsUrl,
    file: 'data/basemap/countries-labels.geojson',
    kind: 'point',
  },
} as const;

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
