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
import { buildSearchIndex, type SearchIndex } from '../search/search';
import type { Camera, LayoutMode, UrlState, View } from './url-state';
import { communityInput, detectCommunities, type CommunityResult } from '../graph/communities';
import { datasetMetrics, type DatasetMetrics } from '../graph/metrics';

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
  /** Ids to emphasise (stories, analysis); independent of the selection. */
  highlightIds: readonly string[] = $state.raw([]);
  /** Node colouring in map and graph: by type (default) or by network community (analysis). */
  colorBy: 'type' | 'community' = $state('type');

  /** Louvain communities of the dataset (seeded; computed on first read). */
  communities: CommunityResult | null = $derived(
    this.dataset ? detectCommunities(communityInput(this.dataset)) : null,
  );

  /**
   * Network measures of the whole dataset (degree, weighted degree, betweenness,
   * closeness; computed on first read): details panel, list and node size.
   */
  metrics: DatasetMetrics | null = $derived(this.dataset ? datasetMetrics(this.dataset) : null);

  selected = $derived(this.selectedId ? (this.dataset?.byId.get(this.selectedId) ?? null) : null);

  /** Projects, nodes and relations that pass the filters. */
  visible: Visible = $derived(
    this.dataset ? applyFilters(this.dataset, this.filters) : NOTHING_VISIBLE,
  );

  /** How many projects each filter option would leave. */
  counts = $derived(this.dataset ? facetCounts(this.dataset, this.filters) : null);

  filtersActive = $derived(!isEmptyFilters(this.filters));

  searchIndex: SearchIndex | null = $derived(
    this.dataset ? buildSearchIndex(this.dataset.nodes) : null,
  );

  select = (id: string | null, source: SelectionSource = 'other'): void => {
    this.selectionSource = source;
    this.selectedId = id && this.dataset?.byId.has(id) ? id : null;
  };

  hover = (id: string | null): void => {
    this.hoveredId = id;
  };

  clearSelection = (): void => {
    this.selectedId = null;
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
    this.highlightIds = [];
  };

  /** The shareable part, for the URL. */
  toUrlState(): UrlState {
    return {
      selected: this.selectedId,
      filters: this.filters,
      view: this.view,
      layout: this.layoutMode,
      camera: this.camera,
    };
  }

  applyUrlState(s: UrlState): void {
    this.select(s.selected, 'url');
    this.filters = s.filters;
    this.view = s.view;
    this.layoutMode = s.layout;
    if (s.camera) this.camera = s.camera;
  }
}

export const [getAppState, setAppState] = createContext<AppState>();
