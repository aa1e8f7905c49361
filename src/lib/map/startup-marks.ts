/**
 * Start-up milestones as User Timing marks (`performance.mark`): visible in the browser's
 * Performance panel, and read by `npm run bench` (bench/cases/startup.ts), which compares
 * them with a bare MapLibre page that uses the same detection. Production code, not a test
 * handle: a mark costs microseconds, and the figures must come from the build people get.
 *
 * https://developer.mozilla.org/en-US/docs/Web/API/Performance/mark
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

export const STARTUP_MARKS = {
  /** The first map frame that shows the project points. */
  projectsDrawn: 'atlas:projects-drawn',
  /** The map has drawn the whole dataset and has nothing left to load (first `idle` after). */
  mapReady: 'atlas:map-ready',
  /** The network view has shown its first full frame. */
  graphDrawn: 'atlas:graph-drawn',
} as const;

/** Sets the mark `name` unless it is already set (only the first occurrence counts). */
export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || !performance.mark) return;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

/**
 * Marks the first frame that draws `layerId` from a loaded `sourceId` (MapLibre's `render`
 * fires after each frame; once the source's tiles for the view are loaded, that frame drew
 * them), then `readyMark`, if given, at the next `idle`. Returns a function that stops
 * listening.
 */
export function markWhenDrawn(
  map: MaplibreMap,
  sourceId: string,
  layerId: string,
  drawnMark: string,
  readyMark?: string,
): () => void {
  const onIdle = () => {
    if (readyMark) markOnce(readyMark);
  };
  const onRender = () => {
    if (!map.getLayer(layerId) || !map.isSourceLoaded(sourceId)) return;
    markOnce(drawnMark);
    map.off('render', onRender);
    if (readyMark) map.once('idle', onIdle);
  };
  map.on('render', onRender);
  return () => {
    map.off('render', onRender);
    map.off('idle', onIdle);
  };
}
