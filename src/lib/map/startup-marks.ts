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

/** Resolves once the mark `name` is set (at once if it already is). */
export function marked(name: string): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName(name, 'mark').length > 0) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName(name, 'mark').length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark' });
  });
}

/** Sets the mark `name` unless it is already set (only the first occurrence counts). */
export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || !performance.mark) return;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

export interface DrawnMarkOptions {
  /** The source whose features must be loaded. */
  source: string;
  /** A layer drawing them. */
  layer: string;
  /** Mark set at the first frame that draws them (none if not given). */
  drawn?: string;
  /** Mark set at the next `idle` after that frame. */
  ready?: string;
  /** Called once, with the `drawn` mark. */
  ondrawn?: () => void;
}

/**
 * Marks the first frame that draws `layer` from a loaded `source` (MapLibre's `render` fires
 * after each frame; once the source's tiles for the view are loaded, that frame drew them),
 * then `ready`, if given, at the next `idle`; calls `ondrawn` with the first mark. A layer
 * added to a source that is loaded reloads the source first, so this waits for the frame
 * that draws the new layer. Returns a function that stops listening.
 */
export function markWhenDrawn(map: MaplibreMap, o: DrawnMarkOptions): () => void {
  const onIdle = () => {
    if (o.ready) markOnce(o.ready);
  };
  const onRender = () => {
    if (!map.getLayer(o.layer) || !map.isSourceLoaded(o.source)) return;
    if (o.drawn) markOnce(o.drawn);
    map.off('render', onRender);
    if (o.ready) map.once('idle', onIdle);
    o.ondrawn?.();
  };
  map.on('render', onRender);
  return () => {
    map.off('render', onRender);
    map.off('idle', onIdle);
  };
}
