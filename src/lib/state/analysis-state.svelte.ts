/**
 * State of the regional analysis panel and its map overlays: which section is open, the
 * cluster distance, the selected cluster, the „near me“ starting point and map-pick mode.
 * Everything computed (clusters, reach, nearest, …) is `$derived` from the shared AppState,
 * so the panel (in the sidebar) and the overlays (inside the map) read the same values.
 *
 * Created with the app's other state (contexts.svelte.ts), read with `getAnalysisState()`.
 */
import { createContext } from 'svelte';
import type { Position } from 'geojson';
import type { AppState } from './app-state.svelte';
import type { AnalysisTab } from './url-state';
import { DOCUMENT_KINDS } from '../data/vocab';
import type { ClusterResult } from '../geo/clusters';
import type { ProjectReach } from '../geo/reach';
import type { SharedPartner } from '../geo/shared-partners';
import type { CooperationForm, NearDocument, NearProject, ProjectProfile } from '../geo/nearest';
import type { Similarity } from '../geo/similarity';
import type { LaenderComparison } from '../graph/communities';
import { features } from '../features';

/** The analyses (Turf, DBSCAN), loaded on first use. */
export type AnalysisEngine = typeof import('../geo/analysis-engine');

export interface NearResult {
  projects: NearProject[];
  byForm: Record<CooperationForm, NearProject | null>;
  documents: NearDocument[];
  /** The nearest document of each kind (kinds in vocabulary order). */
  documentsByKind: NearDocument[];
}

export { ANALYSIS_TABS, type AnalysisTab } from './url-state';

/** Where „near me“ starts: a gazetteer place or a clicked point. */
export interface Origin {
  lon: number;
  lat: number;
  /** Place name, or null for a clicked point. */
  name: string | null;
  land?: string;
}

const EMPTY_CLUSTERS: ClusterResult = { clusters: [], noise: [] };
/** Replaced whole, never mutated: no reactive map needed. */
const NO_REACH: ReadonlyMap<string, ProjectReach> = new Map<string, ProjectReach>();

export class AnalysisState {
  #open = $state(false);
  #tab: AnalysisTab = $state('near');

  /**
   * Overlays show only while the panel is open. Closing it ends what its sections
   * emphasised (highlights, the cluster fade, community colours); reopening the „near me“
   * section shows its origin's results again.
   */
  get open(): boolean {
    return this.#open;
  }
  set open(v: boolean) {
    if (v === this.#open) return;
    if (!v) this.#leave(this.#tab);
    this.#open = v;
    if (v) this.#enter(this.#tab);
  }

  /** The open section; switching ends what the previous one emphasised. */
  get tab(): AnalysisTab {
    return this.#tab;
  }
  set tab(t: AnalysisTab) {
    if (t === this.#tab) return;
    if (this.#open) this.#leave(this.#tab);
    this.#tab = t;
    if (this.#open) this.#enter(t);
  }
  /** DBSCAN distance in km (the slider). */
  clusterKm = $state(50);
  clusterAllActors = $state(false);
  selectedCluster: number | null = $state(null);
  origin: Origin | null = $state.raw(null);
  /** The next map click sets the origin. */
  picking = $state(false);
  sharedIncludeMembers = $state(false);

  /** The analyses, once loaded (see {@link loadEngine}); until then every result is empty. */
  engine: AnalysisEngine | null = $state.raw(null);

  readonly #app: AppState;

  profiles: ProjectProfile[];
  clusters: ClusterResult;
  reach: ReadonlyMap<string, ProjectReach>;
  shared: SharedPartner[];
  near: NearResult | null;
  /** Reference for „similar projects“: the selected project, else the nearest to the origin. */
  similarTo: ProjectProfile | null;
  similar: { profile: ProjectProfile; similarity: Similarity }[];
  laender: LaenderComparison | null;

  constructor(app: AppState) {
    this.#app = app;
    app.onCleanSlate((reason) => {
      this.picking = false;
      this.selectedCluster = null;
      // Fitting Germany ends the distance lines; a story leaves the analysis altogether.
      if (reason === 'fit') this.origin = null;
      if (reason === 'story' && app.sidebar === 'analysis') app.sidebar = 'filters';
    });
    this.profiles = $derived(
      app.dataset && this.engine ? this.engine.projectProfiles(app.dataset) : [],
    );
    this.clusters = $derived(
      app.dataset && this.engine
        ? this.engine.findClusters(
            this.engine.clusterInputs(app.dataset, { allActors: this.clusterAllActors }),
            this.clusterKm,
          )
        : EMPTY_CLUSTERS,
    );
    this.reach = $derived(
      app.dataset && this.engine ? this.engine.allReach(app.dataset) : NO_REACH,
    );
    this.shared = $derived(
      app.dataset && this.engine
        ? this.engine.sharedPartners(app.dataset, { includeMembers: this.sharedIncludeMembers })
        : [],
    );
    this.near = $derived.by(() => {
      const o = this.origin;
      const e = this.engine;
      if (!o || !e) return null;
      const at: Position = [o.lon, o.lat];
      return {
        projects: e.nearestProjects(this.profiles, at, 5),
        byForm: e.nearestByForm(this.profiles, at),
        documents: e.nearestDocuments(this.profiles, at, { limit: 5 }),
        documentsByKind: e.nearestDocumentByKind(this.profiles, at, DOCUMENT_KINDS),
      };
    });
    this.similarTo = $derived(
      this.profiles.find((p) => p.id === app.selectedId) ?? this.near?.projects[0]?.profile ?? null,
    );
    this.similar = $derived(
      this.similarTo && this.engine
        ? this.engine.similarProjects(this.profiles, this.similarTo, 5)
        : [],
    );
    this.laender = $derived(
      app.dataset && this.engine && app.communities
        ? this.engine.compareWithLaender(
            this.engine.communityInput(app.dataset),
            app.communities.membership,
          )
        : null,
    );
  }

  /** Loads the analyses and the network measures (once); results follow when they are there. */
  loadEngine = async (): Promise<void> => {
    const [e] = await Promise.all([
      features.analysisEngine.load(),
      this.#app.loadNetworkMeasures(),
    ]);
    this.engine ??= e;
  };

  setOrigin = (origin: Origin | null): void => {
    this.origin = origin;
    this.picking = false;
    if (this.#open && this.#tab === 'near') this.#enter('near');
  };

  selectCluster = (id: number | null): void => {
    this.selectedCluster = id;
    this.#app.emphasize('clusters', id === null ? [] : (this.clusters.clusters[id]?.members ?? []));
  };

  /** Emphasises, on behalf of the „shared partners“ section, a partner and its projects. */
  emphasizeShared = (ids: readonly string[]): void => {
    this.#app.emphasize('shared', ids);
  };

  #enter(t: AnalysisTab): void {
    if (t === 'near')
      this.#app.emphasize('near', this.near ? this.near.projects.map((n) => n.profile.id) : []);
  }

  /** Each section emphasises under its own name (see `AppState.emphasize`). */
  #leave(t: AnalysisTab): void {
    this.#app.release(t);
    if (t === 'clusters') this.selectedCluster = null;
    if (t === 'communities') this.#app.colorBy = 'type';
    if (t === 'near') this.picking = false;
  }
}

export const [getAnalysisState, setAnalysisState] = createContext<AnalysisState>();
