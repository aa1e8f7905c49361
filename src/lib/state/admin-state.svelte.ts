/**
 * The official areas (Kreise, Gemeinden) and the gazetteer, loaded on first need and shared
 * by the map layers, the consortium areas, the details panel and the white-spot analysis.
 * Nothing loads at start: a view calls {@link AdminState.need} when it first needs a level
 * (the map at regional zoom, a selected project, an analysis). The code that decodes and
 * uses the files (`map/admin/admin-lib.ts`) is imported with the first need too. A failed
 * load is recorded for the note in the page and can be retried; the map then keeps today's
 * basemap and the buffered consortium areas.
 *
 * One instance per AppState, found with {@link adminStateFor} (like the analysis state: the
 * map layers and the panels sit in different subtrees, and this needs no provider).
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { AppState } from './app-state.svelte';
import type { LoadError, Result } from '../data/result';
import type { AdminGemeinden, AdminKreise } from '../geo/admin-areas';
import type { Gazetteer } from '../geo/gazetteer';
import type { TerritoryAreaProperties } from '../geo/territory-areas';
import { territoryInputs } from '../map/map-data';

export type AdminLib = typeof import('../map/admin/admin-lib');

export type Load<T> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'error'; error: LoadError };

export type AdminLevel = 'kreise' | 'gemeinden' | 'gazetteer';

const IDLE = { state: 'idle' } as const;

export class AdminState {
  kreise: Load<AdminKreise> = $state.raw(IDLE);
  gemeinden: Load<AdminGemeinden> = $state.raw(IDLE);
  gazetteer: Load<Gazetteer> = $state.raw(IDLE);
  /** The admin code chunk, once imported (with the first need). */
  lib: AdminLib | null = $state.raw(null);

  readonly #app: AppState;
  #libPromise: Promise<AdminLib> | null = null;

  /** Load failures, for the note in the page (one per file). */
  errors: LoadError[] = $derived(
    [this.kreise, this.gemeinden, this.gazetteer].flatMap((l) =>
      l.state === 'error' ? [l.error] : [],
    ),
  );

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

  constructor(app: AppState) {
    this.#app = app;
  }

  /**
   * Start loading `level` on its first need. A failed load stays failed (the note in the page
   * offers {@link retry}), so a view that asks on every zoom does not hammer a broken file.
   */
  need(level: AdminLevel): void {
    if (this[level].state !== 'idle') return;
    this.#set(level, { state: 'loading' });
    const load = async (): Promise<Result<unknown, LoadError>> => {
      if (level === 'gazetteer') return (await import('../geo/load-gazetteer')).loadGazetteer();
      const lib = await this.#importLib();
      return level === 'kreise' ? lib.loadKreise() : lib.loadGemeinden();
    };
    load().then(
      (r) =>
        this.#set(
          level,
          r.ok ? { state: 'ready', value: r.value } : { state: 'error', error: r.error },
        ),
      (e: unknown) =>
        // The code chunk itself failed to load (offline without the service worker).
        this.#set(level, {
          state: 'error',
          error: { file: `${level}`, code: 'network', detail: String(e) },
        }),
    );
  }

  #importLib(): Promise<AdminLib> {
    this.#libPromise ??= import('../map/admin/admin-lib').then((m) => (this.lib = m));
    const p = this.#libPromise;
    p.catch(() => {
      if (this.#libPromise === p) this.#libPromise = null;
    });
    return p;
  }

  #set(level: AdminLevel, value: Load<unknown>): void {
    if (level === 'kreise') this.kreise = value as Load<AdminKreise>;
    else if (level === 'gemeinden') this.gemeinden = value as Load<AdminGemeinden>;
    else this.gazetteer = value as Load<Gazetteer>;
  }

  /** Try the failed files again (the note's retry button). */
  retry(): void {
    for (const level of ['kreise', 'gemeinden', 'gazetteer'] as const)
      if (this[level].state === 'error') {
        this.#set(level, IDLE);
        this.need(level);
      }
  }
}

const states = new WeakMap<AppState, AdminState>();

/** The admin state belonging to `app` (created on first use). */
export function adminStateFor(app: AppState): AdminState {
  let s = states.get(app);
  if (!s) {
    s = new AdminState(app);
    states.set(app, s);
  }
  return s;
}
