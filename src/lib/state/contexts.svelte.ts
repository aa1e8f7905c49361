/**
 * Every piece of app state is created here, in one function, and provided one way: each
 * state class has a `createContext` pair whose getter throws when no provider set it
 * (model: MIERUNE svelte-maplibre-gl, `src/lib/contexts.svelte.ts`). `createAppContexts()`
 * runs once, in App.svelte's initialisation; components only call the getters.
 *
 * The data the app loads (basemap, dataset, gazetteer, official areas) are typed load states
 * ({@link Loader}) owned here too: views render their state and never fetch. The map's own context
 * (`MapContext`) belongs to the map's lifecycle and is provided by `MapView`.
 */
import { createContext, untrack } from 'svelte';
import { loadBasemap } from '../data/load-basemap';
import { loadDataset } from '../data/load-dataset';
import type { Basemap } from '../data/basemap';
import type { Dataset } from '../data/dataset';
import { err, ok, type LoadError } from '../data/result';
import type { Issue } from '../data/types';
import type { Gazetteer } from '../geo/gazetteer';
import type { AdminGemeinden, AdminKreise } from '../geo/admin-areas';
import { landLookup } from '../geo/land-at';
import { I18n, setI18n } from '../i18n/i18n.svelte';
import { ProposalState, setProposalState } from '../proposals/proposals-state.svelte';
import { AdminState, setAdminState } from './admin-state.svelte';
import { AnalysisState, setAnalysisState } from './analysis-state.svelte';
import { AppState, setAppState } from './app-state.svelte';
import { DatasetStore, setDatasetStore } from './datasets.svelte';
import { GraphState, setGraphState } from './graph-state.svelte';
import { Loader } from './load-state.svelte';
import { StoryState, setStoryState } from './story-state.svelte';
import { WhiteSpotState, setWhiteSpotState } from './white-spot-state.svelte';
import { applyLocation, startUrlSync, type UrlParts } from './url-sync.svelte';
import { parseUrlState } from './url-state';
import { features, prefetchFeatures } from '../features';
import { STARTUP_MARKS, marked } from '../map/startup-marks';

/** Why the shipped dataset could not be used: a file that failed to load, or its problems. */
export interface DatasetError {
  /** The file that could not be fetched or parsed, if that was the problem. */
  error?: LoadError;
  /** Blocking validation problems, each naming file, feature and field. */
  issues: Issue[];
}

/** The app's loaders, as typed load states. */
export interface Loads {
  /** `data/basemap/*.geojson`, validated; loaded after the first view (the map reads the files by URL), or when the map reports one broken. */
  basemap: Loader<Basemap, LoadError>;
  /** The shipped dataset (`data/*.json`), validated and indexed; loaded at start. The active one is `app.dataset`. */
  dataset: Loader<Dataset, DatasetError>;
  /** `data/gazetteer.json`, on first need (place search, labels, white spots). */
  gazetteer: Loader<Gazetteer, LoadError>;
  /** `data/admin/kreise.topo.json`, on first need (see `AdminState.need`). */
  kreise: Loader<AdminKreise, LoadError>;
  /** `data/admin/gemeinden.topo.json`, on first need (see `AdminState.need`). */
  gemeinden: Loader<AdminGemeinden, LoadError>;
}

export const [getLoads, setLoads, hasLoads] = createContext<Loads>();

export interface AppContexts {
  i18n: I18n;
  app: AppState;
  datasets: DatasetStore;
  story: StoryState;
  proposals: ProposalState;
  analysis: AnalysisState;
  admin: AdminState;
  whiteSpots: WhiteSpotState;
  graph: GraphState;
  loads: Loads;
}

export interface AppContextOptions {
  /** Where the language and saved stories persist (default: localStorage, if any). */
  storage?: Storage | null;
  /** For the loaders (default: the global fetch). */
  fetch?: typeof fetch;
}

/**
 * Creates every state object and loader of the app and provides them as contexts. Call once,
 * during the initialisation of the root component. Nothing starts loading: see
 * {@link startApp}.
 */
export function createAppContexts(options: AppContextOptions = {}): AppContexts {
  const storage =
    options.storage !== undefined
      ? options.storage
      : typeof localStorage === 'undefined'
        ? null
        : localStorage;
  // Looked up at call time, so a page can wrap `fetch` after start-up.
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));

  const i18n = setI18n(new I18n(storage));
  // A shared link's language wins from the first frame (for this visit, not remembered), and
  // so does its camera: the map is made there, not over Germany and then moved when the dataset
  // is in (the rest of the link is applied then, checked against the dataset).
  const link = typeof location === 'undefined' ? null : parseUrlState(location.search).state;
  if (link?.lang) i18n.set(link.lang, { persist: false });
  const app = setAppState(new AppState());
  if (link?.camera) app.camera = link.camera;
  const datasets = setDatasetStore(new DatasetStore(undefined, undefined, storage));
  const story = setStoryState(new StoryState(app, storage));
  const proposals = setProposalState(new ProposalState());
  const graph = setGraphState(new GraphState(app));

  let urlParts: () => UrlParts = () => ({});
  const loads = setLoads({
    basemap: new Loader(async () => {
      const r = await loadBasemap(fetchFn);
      if (r.ok) app.landAt = landLookup(r.value.laender);
      return r;
    }),
    dataset: new Loader(async () => {
      const r = await loadDataset(fetchFn);
      if (!r.ok) return err({ error: r.error, issues: r.issues });
      // The active imported dataset (IndexedDB), if any, else the shipped one.
      app.setDataset(await datasets.start(r.dataset));
      app.ignoredUrlParams = applyLocation(app, urlParts());
      return ok(r.dataset);
    }),
    // The gazetteer's decoder (official keys, name rules) loads with it, not with the app.
    gazetteer: new Loader(async () =>
      (await import('../geo/load-gazetteer')).loadGazetteer(fetchFn),
    ),
    // The TopoJSON decoders load with the files (the admin chunk, see AdminState.lib).
    kreise: new Loader(async () => (await features.adminLib.load()).loadKreise(fetchFn)),
    gemeinden: new Loader(async () => (await features.adminLib.load()).loadGemeinden(fetchFn)),
  });
  const analysis = setAnalysisState(new AnalysisState(app));
  // What a shared link holds besides AppState (see url-sync): language, analysis, story, graph.
  urlParts = () => ({ i18n, analysis, story, graph });
  const admin = setAdminState(new AdminState(app, loads));
  const whiteSpots = setWhiteSpotState(new WhiteSpotState(app, analysis, admin));

  if (__TEST_HANDLES__)
    Object.assign(window, { __app: app, __story: story, __proposals: proposals });
  return { i18n, app, datasets, story, proposals, analysis, admin, whiteSpots, graph, loads };
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Starts what the first view needs: the dataset, the URL sync and the stored proposals (the
 * map reads its basemap by URL); once that view is complete, the app's own load of the
 * basemap (Länder polygons, file checks), the default workshop story (its ids are checked
 * against the dataset) and the prefetch of the features that load on first use. Call during
 * component initialisation (it uses `$effect`).
 */
export function startApp(contexts: AppContexts): void {
  const { i18n, app, story, proposals, analysis, graph, loads } = contexts;
  // The map reads the basemap by URL; the app's own check of it (and the Länder polygons for
  // the Land of a point) waits for the first view, below.
  void loads.dataset.load();
  startUrlSync(
    app,
    { i18n, analysis, story, graph },
    { onignored: (list) => (app.ignoredUrlParams = list) },
  );
  void proposals.load();
  // Colour by community (from a link or a story step) needs the communities: load them.
  $effect(() => {
    if (app.colorBy === 'community') void untrack(() => app.loadNetworkMeasures());
  });
  // The default story and the prefetch wait until the first view is complete: the map has
  // drawn the data, or at once where the first view has no map.
  let started = false;
  $effect(() => {
    if (!app.dataset || started) return;
    started = true;
    const withMap = untrack(() => app.view === 'split' || app.view === 'map');
    // (Not forever: a map that cannot draw, e.g. without WebGL, must not hold the story back.)
    const mapReady = Promise.race([marked(STARTUP_MARKS.mapReady), delay(10_000)]);
    void (withMap ? mapReady : Promise.resolve()).then(() => {
      void loads.basemap.load();
      void story.ensureDefault();
      prefetchFeatures();
    });
  });
}
