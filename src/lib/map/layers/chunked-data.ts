/**
 * Hands a large GeoJSON FeatureCollection to MapLibre in parts (issue 18).
 *
 * `GeoJSONSource#setData` walks the whole object on the main thread (MapLibre's own
 * `serialize`, then `postMessage`) before its worker sees it: 100,000 points were one task of
 * 0.6–1.6 s in the scale bench. A data URL does not help (MapLibre posts data loaded from a
 * URL back to the main thread). So the first `chunkSize` features go with `setData` and the
 * rest as `updateData({ add })` diffs, one after the other, each sent once the worker has
 * answered the previous one and after a fresh macrotask, so each part is its own short task.
 * MapLibre merges diffs that wait behind one in flight, which is why the parts are not all
 * queued at once. A diff needs feature ids: only sources with `promoteId` (or feature ids)
 * may be sent this way.
 *
 * @see https://maplibre.org/maplibre-gl-js/docs/API/classes/GeoJSONSource/#updatedata
 */
import type { Feature, FeatureCollection, GeoJSON } from 'geojson';
import { macrotask } from '../../util/time-slice';

/** The part of MapLibre's `GeoJSONSource` this module uses. */
export interface ChunkTarget {
  setData(data: GeoJSON): Promise<unknown>;
  updateData(diff: { add: Feature[] }): Promise<unknown>;
}

/** Features per message to MapLibre's worker on a large source (40–100 ms each in the bench). */
export const MAP_CHUNK = 4000;

/** `data` as a FeatureCollection with more than `chunkSize` features, or null. */
export function largeCollection(data: unknown, chunkSize: number): FeatureCollection | null {
  const fc = data as FeatureCollection | null;
  return fc?.type === 'FeatureCollection' &&
    Array.isArray(fc.features) &&
    fc.features.length > chunkSize
    ? fc
    : null;
}

/** The first `chunkSize` features of `fc` as a collection of their own (features shared). */
export function firstChunk(fc: FeatureCollection, chunkSize: number): FeatureCollection {
  return { type: 'FeatureCollection', features: fc.features.slice(0, chunkSize) };
}

/**
 * Sends features `from`… of `fc` to `target` as `updateData` additions of `chunkSize` each,
 * one at a time. Stops quietly as soon as `current()` is false (newer data, source removed).
 * Resolves when the last part has been taken up by the worker.
 *
 * @param yieldToHost - How to leave the task between parts (tests pass their own).
 */
export async function sendRest(
  target: ChunkTarget,
  fc: FeatureCollection,
  from: number,
  chunkSize: number,
  current: () => boolean,
  yieldToHost: () => Promise<void> = macrotask,
): Promise<void> {
  for (let i = from; i < fc.features.length; i += chunkSize) {
    await yieldToHost();
    if (!current()) return;
    await target.updateData({ add: fc.features.slice(i, i + chunkSize) });
  }
}

/**
 * `setData(fc)` in parts when `fc` is larger than `chunkSize` (see the module comment), else
 * in one call. Resolves when all of it has reached the worker or `current()` turned false.
 */
export async function setDataChunked(
  target: ChunkTarget,
  data: GeoJSON,
  chunkSize: number,
  current: () => boolean,
  yieldToHost: () => Promise<void> = macrotask,
): Promise<void> {
  const fc = largeCollection(data, chunkSize);
  if (!fc) {
    await target.setData(data);
    return;
  }
  await target.setData(firstChunk(fc, chunkSize));
  if (!current()) return;
  await sendRest(target, fc, chunkSize, chunkSize, current, yieldToHost);
}
