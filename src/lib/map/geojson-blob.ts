/**
 * Large GeoJSON for MapLibre as a `blob:` URL instead of an object. `setData(object)` structured-
 * clones every feature into MapLibre's worker in one main-thread task (about half a second for
 * 100,000 relation lines); with a URL, MapLibre's worker fetches and parses the text itself
 * (`GeoJSONSourceSpecification.data` may be a URL; the CSP allows `connect-src blob:`). The
 * text is written in slices of {@link SLICE} features, one macrotask each.
 *
 * @see https://maplibre.org/maplibre-style-spec/sources/#geojson-data
 */
import type { FeatureCollection } from 'geojson';
import { macrotask } from '../graph/time-slice';

/** From this many features on, a raw source goes to MapLibre as a blob URL. */
export const BLOB_FROM = 5000;
/** Features serialised per task. */
const SLICE = 2000;

/** Whether `data` is a feature collection large enough for {@link geojsonBlobUrl}. */
export function isLargeCollection(data: unknown): data is FeatureCollection {
  const fc = data as FeatureCollection | null;
  return (
    fc?.type === 'FeatureCollection' &&
    Array.isArray(fc.features) &&
    fc.features.length >= BLOB_FROM
  );
}

/**
 * The collection as JSON text in a `blob:` URL (the caller revokes it). Members of the
 * collection other than `features` (e.g. `bbox`) are kept.
 * @throws the signal's reason when aborted
 */
export async function geojsonBlobUrl(fc: FeatureCollection, signal?: AbortSignal): Promise<string> {
  const head = JSON.stringify({ ...fc, features: [] });
  // `…"features":[]…` → split at the empty array to put the features in.
  const at = head.lastIndexOf('"features":[]') + '"features":['.length;
  const parts: string[] = [head.slice(0, at)];
  for (let i = 0; i < fc.features.length; i += SLICE) {
    if (i > 0) {
      await macrotask();
      signal?.throwIfAborted();
    }
    const text = JSON.stringify(fc.features.slice(i, i + SLICE));
    parts.push((i > 0 ? ',' : '') + text.slice(1, -1));
  }
  parts.push(head.slice(at));
  return URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
}
