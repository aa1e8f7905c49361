/**
 * The official areas (Kreise, Gemeinden) and the gazetteer, loaded on first need and shared
 * by the map layers, the consortium areas, the details panel and the white-spot analysis.
 * Nothing loads at start: a view calls {@link AdminState.need} when it first needs a level
 * (the map at regional zoom, a selected project, an analysis). The code that decodes and
 * uses the files (`map/admin/admin-lib.ts`) is imported with the first need too. A failed
 * load is recorded for the note in the page and can be retried; the map then keeps today's
 * basemap and the buffered consortium areas.
 *
 * The map's Gemeinde and Kreis border lines are not decoded here: MapLibre's worker fetches
 * `data/admin/gemeinde-borders.geojson` itself (AdminLayers.svelte); only a failure to load it
 * is recorded here ({@link AdminState.bordersError}), for the same note and retry.
 *
 * The three files are loaders of the app (`Loads` in contexts.svelte.ts); this class says
 * when they are needed and what the map and the analyses derive from them.
 */
import { createContext } from 'svelte';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { AppState } from './app-state.svelte';
import type { LoadError } from '../data/result';
import type { AdminGemeinden, AdminKreise } from '../geo/admin-areas';
import type { Gazetteer } from '../geo/gazetteer';
import type { TerritoryAreaProperties } from '../geo/territory-areas';
import { features } from '../features';
import { territoryInputs } from '../map/map-data';
import type { Loader, LoadState } from './load-state.svelte';

export type Load<T> = LoadState<T, LoadError>;

/** The code that decodes and uses the files (`map/admin/admin-lib.ts`), its own chunk. */
export type AdminLib = typeof import('../map/admin/admin-lib');

export type AdminLevel = 'kreise' | 'gemeinden' | 'gazetteer';

/** The loaders of the three files (created with the app's other loaders). */
export interface AdminLoads {
  kreise: Loader<AdminKreise, LoadError>;
  gemeinden: Loader<AdminGemeinden, LoadError>;
  gazetteer: Loader<Gazetteer, LoadError>;
}

export class AdminState {
  readonly #app: AppState;
  readonly #loads: AdminLoads;

  get kreise(): Load<AdminKreise> {
    return this.#loads.kreise.state;
  }
  get gemeinden(): Load<AdminGemeinden> {
    return this.#loads.gemeinden.state;
  }
  get gazetteer(): Load<Gazetteer> {
    return this.#loads.gazetteer.state;
  }
  /** The admin code chunk, once imported (with the first need). */
  lib: AdminLib | null = $state.raw(null);

  /**
   * A failed load of the map's border lines (`data/admin/gemeinde-borders.geojson`, fetched by
   * MapLibre's worker, which reports the failure to the map), or null.
   */
  bordersError: LoadError | null = $state(null);
  /** Bumped by {@link retry} after a failed border load, so the map asks for the file again. */
  bordersAttempt = $state(0);

  /**
   * True while one of the three files is on its way. The map shows what the files give only
   * when none is (`settled` below): files asked for together (a selection at regional zoom asks
   * for all three) then join the map in one go, not one re-tiling and its frames per file.
   */
  loading: boolean = $derived(
    [this.kreise, this.gemeinden, this.gazetteer].some((l) => l.state === 'loading'),
  );

  /** Load failures, for the note in the page (one per file). */
  errors: LoadError[] = $derived([
    ...[this.kreise, this.gemeinden, this.gazetteer].flatMap((l) =>
      l.state === 'error' ? [l.error] : [],
    ),
    ...(this.bordersError ? [this.bordersError] : []),
  ]);

  /**
   * Consortium areas of the dataset as dissolved member territory, once the Gemeinden are
   * loaded; null before.
   */
  areas: FeatureCollection<MultiPolygon, TerritoryAreaProperties> | null = $derived.by(() => {
    const ds = this.#app.dataset;
    const g = this.gemeinden;
    const lib = this.lib;
    return ds && lib && g.state === 'ready'
      ? lib.territoryAreas(g.value, territoryInputs(ds))
      : null;
  });

  constructor(app: AppState, loads: AdminLoads) {
    this.#app = app;
    this.#loads = loads;
  }

  /**
   * What `value` gave when no file was loading last (`initial` before that): for the map, so
   * everything the files give joins it together (see {@link loading}). Call while a component
   * initialises (it creates a `$derived` owned by that component).
   * @returns a getter of the settled value
   */
  settled<T>(value: () => T, initial: T): () => T {
    let last = initial;
    const held = $derived.by(() => {
      const v = value();
      if (!this.loading) last = v;
      return last;
    });
    return () => held;
  }

  /**
   * Start loading `level` on its first need. A failed load stays failed (the note in the page
   * offers {@link retry}), so a view that asks on every zoom does not hammer a broken file.
   */
  need(level: AdminLevel): void {
    const loader = this.#loads[level];
    if (loader.state.state !== 'idle') return;
    void loader.load();
    this.#needLib();
  }

  /**
   * Every level's data is used through the admin chunk. The Kreise and Gemeinden loaders
   * import the same chunk, so a failure to load it is theirs (noted, retried); here it is
   * only awaited.
   */
  #needLib(): void {
    if (this.lib) return;
    features.adminLib.load().then(
      (m) => (this.lib ??= m),
      () => {},
    );
  }

  /** Try the failed files again (the note's retry button). */
  retry(): void {
    for (const level of ['kreise', 'gemeinden', 'gazetteer'] as const)
      if (this.#loads[level].state.state === 'error') void this.#loads[level].load();
    if (this.bordersError) {
      this.bordersError = null;
      this.bordersAttempt++;
    }
    this.#needLib();
  }
}

export const [getAdminState, setAdminState] = createContext<AdminState>();
