/**
 * State of the regional analysis panel and its map overlays: which section is open, the
 * cluster distance, the selected cluster, the „near me“ starting point and map-pick mode.
 * Everything computed (clusters, reach, nearest, …) is `$derived` from the shared AppState,
 * so the panel (in the sidebar) and the overlays (inside the map) read the same values.
 *
 * One instance per AppState, found with {@link analysisStateFor}: the panel and the map
 * overlays sit in different subtrees, and this needs no provider in App.svelte.
 */
import type { Position } from 'geojson';
import type { AppState } from './app-state.svelte';
import { clusterInputs, findClusters, type ClusterResult } from '../geo/clusters';
import { allReach, type ProjectReach } from '../geo/reach';
import { sharedPartners, type SharedPartner } from '../geo/shared-partners';
import {
  type CooperationForm,
  type NearDocument,
  type NearProject,
  nearestByForm,
  nearestDocuments,
  nearestProjects,
  projectProfiles,
  type ProjectProfile,
} from '../geo/nearest';
import { similarProjects, type Similarity } from '../geo/similarity';
import { communityInput, compareWithLaender, type LaenderComparison } from '../graph/communities';

export interface NearResult {
  projects: NearProject[];
  byForm: Record<CooperationForm, NearProject | null>;
  documents: NearDocument[];
}

export type AnalysisTab = 'near' | 'spots' | 'clusters' | 'reach' | 'shared' | 'communities';
export const ANALYSIS_TABS: readonly AnalysisTab[] = [
  'near',
  'spots',
  'clusters',
  'reach',
  'shared',
  'communities',
];

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
  /** Overlays show only while the panel is open. */
  open = $state(false);
  tab: AnalysisTab = $state('near');
  /** DBSCAN distance in km (the slider). */
  clusterKm = $state(50);
  clusterAllActors = $state(false);
  selectedCluster: number | null = $state(null);
  origin: Origin | null = $state.raw(null);
  /** The next map click sets the origin. */
  picking = $state(false);
  sharedIncludeMembers = $state(false);

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
    this.profiles = $derived(app.dataset ? projectProfiles(app.dataset) : []);
    this.clusters = $derived(
      app.dataset
        ? findClusters(
            clusterInputs(app.dataset, { allActors: this.clusterAllActors }),
            this.clusterKm,
          )
        : EMPTY_CLUSTERS,
    );
    this.reach = $derived(app.dataset ? allReach(app.dataset) : NO_REACH);
    this.shared = $derived(
      app.dataset ? sharedPartners(app.dataset, { includeMembers: this.sharedIncludeMembers }) : [],
    );
    this.near = $derived.by(() => {
      const o = this.origin;
      if (!o) return null;
      const at: Position = [o.lon, o.lat];
      return {
        projects: nearestProjects(this.profiles, at, 5),
        byForm: nearestByForm(this.profiles, at),
        documents: nearestDocuments(this.profiles, at, { limit: 5 }),
      };
    });
    this.similarTo = $derived(
      this.profiles.find((p) => p.id === app.selectedId) ?? this.near?.projects[0]?.profile ?? null,
    );
    this.similar = $derived(
      this.similarTo ? similarProjects(this.profiles, this.similarTo, 5) : [],
    );
    this.laender = $derived(
      app.dataset && app.communities
        ? compareWithLaender(communityInput(app.dataset), app.communities.membership)
        : null,
    );
  }

  setOrigin = (origin: Origin | null): void => {
    this.origin = origin;
    this.picking = false;
    this.#app.highlightIds = this.near ? this.near.projects.map((n) => n.profile.id) : [];
  };

  selectCluster = (id: number | null): void => {
    this.selectedCluster = id;
    this.#app.highlightIds = id === null ? [] : (this.clusters.clusters[id]?.members ?? []);
  };
}

const states = new WeakMap<AppState, AnalysisState>();

/** The analysis state belonging to `app` (created on first use). */
export function analysisStateFor(app: AppState): AnalysisState {
  let s = states.get(app);
  if (!s) {
    s = new AnalysisState(app);
    states.set(app, s);
  }
  return s;
}
