/**
 * App state shared by every view: the loaded dataset, selection, hover,
 * filters, active view, graph layout mode and map camera. It is the only source
 * of truth: views read it and send intents (`select`, `hover`, `setFilters`);
 * none keeps its own copy. Everything derived (visible sets, facet counts, the
 * search index) is `$derived`, so it is computed once per change for all views.
 */
import { createContext } from 'svelte';
import type { Dataset } from '../data/dataset';
import {
  EMPTY_FILTERS,
  applyFilters,
  facetCounts,
  isEmptyFilters,
  NOTHING_VISIBLE,
  type Filters,
  type Visible,
} from './filters';
import {
  buildSearchIndex,
  solutionSearchItems,
  type SearchIndex,
  type Searchable,
} from '../search/search';
import { documentEntries, documentSearchTerms, type DocumentEntry } from '../data/documents';
import type { Camera, Ignored, LayoutMode, SidebarTab, UrlState, View } from './url-state';
import type { CommunityResult } from '../graph/communities';
import type { DatasetMetrics } from '../graph/metrics';
import { features } from '../features';
import type { DatasetNode } from '../data/dataset';
import type { LandAt } from '../geo/land-at';

export { SIDEBAR_TABS, type SidebarTab } from './url-state';

/**
 * Why the screen is cleaned: a story step is applied, or the reader fits Germany.
 * Leaving a feature (its tab) is handled by the feature itself (see `release`).
 */
export type CleanReason = 'story' | 'fit';

/** Why the selection changed: views react differently (the map flies only for outside changes). */
export type SelectionSource =
  'map' | 'graph' | 'list' | 'search' | 'details' | 'url' | 'story' | 'other';

export class AppState {
  /** The dataset; replaced whole, never mutated (hence raw). */
  dataset: Dataset | null = $state.raw(null);
  /** Id of the selected node (project or actor), or null. */
  selectedId: string | null = $state(null);
  /** Which view made the last selection. */
  selectionSource: SelectionSource = $state('other');
  /** Id of the node under the pointer or keyboard focus in any view, or null. */
  hoveredId: string | null = $state(null);
  /** Faceted filters; replaced whole on every change. */
  filters: Filters = $state.raw(EMPTY_FILTERS);
  /** Which panes are shown. */
  view: View = $state('split');
  /** Network layout. */
  layoutMode: LayoutMode = $state('force');
  /** Map camera as last reported by the map (for the URL), or null before the map moved. */
  camera: Camera | null = $state.raw(null);
  /**
   * Ids to emphasise (stories, analysis, a selected document); independent of the selection.
   * Written only through {@link emphasize}, so every emphasis has an owner that ends it.
   */
  highlightIds: readonly string[] = $state.raw([]);
  /** The feature that set `highlightIds` (`story`, `near`, `clusters`, `document`, …), or null. */
  highlightOwner: string | null = $state(null);
  /** Finds the Land at a point (from the basemap's polygons, once loaded), or null. */
  landAt: LandAt | null = $state.raw(null);
  /** Which sidebar tab is shown, and whether the sidebar is open. */
  sidebar: SidebarTab = $state('filters');
  sidebarOpen = $state(true);
  /** Node colouring in map and graph: by type (default) or by network community (analysis). */
  colorBy: 'type' | 'community' = $state('type');
  /** What the URL held that could not be used (shown once, dismissable). */
  ignoredUrlParams: readonly Ignored[] = $state.raw([]);

  /** The module that computes communities and measures, once loaded (see {@link loadNetworkMeasures}). */
  #measures: typeof import('../graph/network-measures') | null = $state.raw(null);

  /** Louvain communities of the dataset (seeded; computed on first read, null before the module is loaded). */
  communities: CommunityResult | null = $derived(
    this.dataset && this.#measures
      ? this.#measures.detectCommunities(this.#measures.communityInput(this.dataset))
      : null,
  );

  /**
   * Network measures of the whole dataset (degree, weighted degree, betweenness,
   * closeness; computed on first read, null before the module is loaded): details panel,
   * list and node size.
   */
  metrics: DatasetMetrics | null = $derived(
    this.dataset && this.#measures ? this.#measures.datasetMetrics(this.dataset) : null,
  );

  /**
   * Loads the code behind `communities` and `metrics` (graphology; once). Views that show
   * them call it; until it is there, both are null.
   */
  loadNetworkMeasures = async (): Promise<void> => {
    const m = await features.networkMeasures.load();
    this.#measures ??= m;
  };

  selected = $derived(this.selectedId ? (this.dataset?.byId.get(this.selectedId) ?? null) : null);

  /** Projects, nodes and relations that pass the filters. */
  visible: Visible = $derived(
    this.dataset ? applyFilters(this.dataset, this.filters) : NOTHING_VISIBLE,
  );

  /** How many projects each filter option would leave. */
  counts = $derived(this.dataset ? facetCounts(this.dataset, this.filters) : null);

  filtersActive = $derived(!isEmptyFilters(this.filters));

  /** Every document as the list shows it ("Verträge und Vorlagen"). */
  documents: readonly DocumentEntry[] = $derived(this.dataset ? documentEntries(this.dataset) : []);
  documentById: ReadonlyMap<string, DocumentEntry> = $derived(
    // A lookup rebuilt with the list, never mutated: no reactive map needed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Map(this.documents.map((d) => [d.record.id, d])),
  );
  /** Id of the selected document, or null; its project (if any) is then `selectedId`. */
  selectedDocumentId: string | null = $state(null);
  selectedDocument: DocumentEntry | null = $derived(
    this.selectedDocumentId ? (this.documentById.get(this.selectedDocumentId) ?? null) : null,
  );

  /** Projects, actors, documents and shared solutions, for the search box. */
  searchIndex: SearchIndex | null = $derived(
    this.dataset
      ? buildSearchIndex([
          ...this.dataset.nodes,
          ...solutionSearchItems(this.dataset),
          ...this.documents.map((d): Searchable => ({
            id: d.record.id,
            name: d.record.title,
            altNames: documentSearchTerms(d),
            kind: 'document',
          })),
        ])
      : null,
  );

  /**
   * The Land of a node: a project's own, an actor's from its AGS, else from where it is
   * drawn, as long as that is its own seat (not an actor shown at its project or abroad).
   */
  landOf = (n: DatasetNode): string | undefined => {
    if (n.land) return n.land;
    if (n.kind !== 'actor' || n.actor?.located) return undefined;
    return this.landAt?.(n.coordinates);
  };

  select = (id: string | null, source: SelectionSource = 'other'): void => {
    this.selectionSource = source;
    this.selectedId = id && this.dataset?.byId.has(id) ? id : null;
    this.selectedDocumentId = null;
    this.release('document');
  };

  /**
   * Selects a document: its project (if it has one) becomes the selection, so map and
   * graph go there, and the details show the document. Unknown ids select nothing.
   */
  selectDocument = (id: string | null, source: SelectionSource = 'other'): void => {
    const entry = id ? this.documentById.get(id) : undefined;
    this.select(entry?.projectId ?? null, source);
    this.selectedDocumentId = entry ? entry.record.id : null;
    if (entry) this.emphasize('document', entry.emphasis);
  };

  // ---- one rule for the screen's state ------------------------------------
  // Every highlight, fade and overlay belongs to the feature that made it. The feature
  // ends it when the reader leaves the feature; a story step and "Deutschland einpassen"
  // end all of them at once (`cleanSlate`), so a step starts clean and sets only what it names.

  #cleaners: ((reason: CleanReason) => void)[] = [];

  /** Emphasise `ids` on behalf of `owner` (replacing any other feature's emphasis). */
  emphasize = (owner: string, ids: readonly string[]): void => {
    this.highlightIds = ids;
    this.highlightOwner = ids.length ? owner : null;
  };

  /** Ends `owner`'s emphasis; another feature's emphasis stays. */
  release = (owner: string): void => {
    if (this.highlightOwner !== owner) return;
    this.highlightIds = [];
    this.highlightOwner = null;
  };

  /**
   * Registers what a feature does to end its overlays (close a panel, drop an origin…).
   * Returns the function that unregisters it.
   */
  onCleanSlate = (cleaner: (reason: CleanReason) => void): (() => void) => {
    this.#cleaners = [...this.#cleaners, cleaner];
    return () => {
      this.#cleaners = this.#cleaners.filter((c) => c !== cleaner);
    };
  };

  /** Ends every emphasis, colour mode and feature overlay (story step, fit Germany). */
  cleanSlate = (reason: CleanReason): void => {
    this.highlightIds = [];
    this.highlightOwner = null;
    this.colorBy = 'type';
    this.hoveredId = null;
    for (const c of this.#cleaners) c(reason);
  };

  hover = (id: string | null): void => {
    this.hoveredId = id;
  };

  clearSelection = (): void => {
    this.selectedId = null;
    this.selectedDocumentId = null;
  };

  setFilters = (filters: Filters): void => {
    this.filters = filters;
  };

  resetFilters = (): void => {
    this.filters = EMPTY_FILTERS;
  };

  /** Replace the dataset (built-in or imported): selection and filters that no longer apply are dropped. */
  setDataset = (dataset: Dataset | null): void => {
    this.dataset = dataset;
    if (this.selectedId && !dataset?.byId.has(this.selectedId)) this.selectedId = null;
    this.selectedDocumentId = null;
    this.highlightIds = [];
    this.highlightOwner = null;
  };

  /** The shareable part this class holds, for the URL (url-sync adds the other parts). */
  toUrlState(): Pick<
    UrlState,
    'selected' | 'document' | 'filters' | 'view' | 'layout' | 'camera' | 'sidebar' | 'colorBy'
  > {
    return {
      selected: this.selectedDocumentId ? null : this.selectedId,
      document: this.selectedDocumentId,
      filters: this.filters,
      view: this.view,
      layout: this.layoutMode,
      camera: this.camera,
      sidebar: this.sidebar,
      colorBy: this.colorBy,
    };
  }

  applyUrlState(s: UrlState): void {
    if (s.document) this.selectDocument(s.document, 'url');
    else this.select(s.selected, 'url');
    this.filters = s.filters;
    this.view = s.view;
    this.layoutMode = s.layout;
    if (s.camera) this.camera = s.camera;
    this.sidebar = s.sidebar;
    this.colorBy = s.colorBy;
  }
}

export const [getAppState, setAppState] = createContext<AppState>();
