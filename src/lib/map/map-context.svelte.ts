/**
 * The map context: one MapLibre map, published by `MapView.svelte` to the
 * source and layer components below it.
 *
 * Children never touch the map before its style is loaded: they `await
 * ctx.waitForStyleLoaded(signal)`, which settles on the current style's
 * `style.load` and rejects if the child was torn down first (its AbortSignal),
 * so a fast unmount never adds a layer to a map that is being removed.
 * We track style readiness ourselves instead of reading MapLibre's private
 * `style._loaded` (the counter-example both Svelte wrappers show).
 *
 * API: https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/
 */
import { createContext } from 'svelte';
import type { Map as MaplibreMap } from 'maplibre-gl';

export class MapContext {
  /** The map, or null before creation and after teardown. Raw: MapLibre objects are not proxied. */
  map: MaplibreMap | null = $state.raw(null);
  /** Increments on every `style.load`; children that add layers re-run when it changes. */
  styleVersion = $state(0);
  /**
   * Increments whenever one of our sources is added or removed (`GeoJSONSource`): sources are
   * added when they first have data, so what writes their feature-state re-runs then.
   */
  sourceVersion = $state(0);
  // Plain Set on purpose: waiters are callbacks, not UI state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #waiters = new Set<() => void>();
  #ready = false;
  /** The container size (CSS px) the map was last sized to, `WxH`. */
  #size = '';

  /**
   * Called by MapView only, with the container's size (CSS px) read right before the map was
   * made, which is the size MapLibre took from it. (Read here instead, after MapLibre has
   * added its canvas and controls, it laid the page out a second time in the map's task.)
   */
  attach(map: MaplibreMap, width: number, height: number): void {
    this.map = map;
    this.#size = `${width}x${height}`;
    map.on('style.load', () => {
      this.#ready = true;
      this.styleVersion++;
      for (const w of this.#waiters) w();
      this.#waiters.clear();
    });
  }

  /** Called by MapView only, before `map.remove()`. */
  detach(): void {
    this.#ready = false;
    this.map = null;
    this.#waiters.clear();
  }

  /**
   * Resizes the map to its container when their sizes differ: a layout change (the details
   * column opening) that MapLibre has not been told of yet. Calling this before the next frame
   * is drawn puts the new size into that frame; MapView's ResizeObserver then finds nothing to
   * do (MapLibre's own would resize and draw a second time).
   * @returns true when the map was resized
   */
  fitContainer(): boolean {
    const map = this.map;
    if (!map) return false;
    const box = map.getContainer();
    // Compared with the size last given to the map, not the canvas's: right after a resize
    // the canvas's clientWidth can still report the old layout.
    const size = `${box.clientWidth}x${box.clientHeight}`;
    if (size === this.#size) return false;
    this.#size = size;
    map.resize();
    return true;
  }

  /** Called by source components after they added or removed their source. */
  sourcesChanged(): void {
    this.sourceVersion++;
  }

  /** Mark the style as changing (call before `setStyle`), so new children wait for the next load. */
  styleChanging(): void {
    this.#ready = false;
  }

  /** Resolve with the map once its style is loaded; reject with an AbortError when `signal` aborts. */
  waitForStyleLoaded(signal?: AbortSignal): Promise<MaplibreMap> {
    return new Promise((resolve, reject) => {
      const abort = () => reject(new DOMException('aborted', 'AbortError'));
      if (signal?.aborted) return abort();
      const done = () => {
        signal?.removeEventListener('abort', onAbort);
        if (this.map) resolve(this.map);
        else abort();
      };
      const onAbort = () => {
        this.#waiters.delete(done);
        abort();
      };
      if (this.#ready && this.map) return resolve(this.map);
      this.#waiters.add(done);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

export const [getMapContext, setMapContext] = createContext<MapContext>();

/** True for the rejection `waitForStyleLoaded` gives on abort, which callers ignore. */
export const isAbort = (e: unknown): boolean =>
  e instanceof DOMException && e.name === 'AbortError';
