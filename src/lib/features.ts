/**
 * The parts of the app that load on first use (see lazy.ts), each its own chunk, so the
 * JavaScript before the first map is the map, the filters and the search. After the first
 * map they are prefetched in this order when the browser is idle (`startApp`).
 */
import { lazy, prefetchWhenIdle, type LazyModule } from './lazy';
import { loadMessages } from './i18n/messages';

export const features = {
  /** The network view (d3-zoom, the layout and render workers). */
  graph: lazy(() => import('./components/NetworkGraph.canvas.svelte')),
  details: lazy(() => import('./components/DetailsPanel.svelte')),
  documents: lazy(() => import('./components/DocumentList.svelte')),
  analysisPanel: lazy(() => import('./components/AnalysisPanel.svelte')),
  /** White spots ("Wo gibt es noch nichts?"), a section of the analysis panel. */
  analysisSpots: lazy(() => import('./components/AnalysisSpots.svelte')),
  analysisLayers: lazy(() => import('./map/analysis/AnalysisLayers.svelte')),
  /** Regional analyses (Turf, DBSCAN). */
  analysisEngine: lazy(() => import('./geo/analysis-engine')),
  /** Network measures and communities (graphology). */
  networkMeasures: lazy(() => import('./graph/network-measures')),
  list: lazy(() => import('./components/ListView.svelte')),
  /** The import dialog, with its strings (the import message bundles). */
  importDialog: lazy(async () => {
    const [m] = await Promise.all([
      import('./components/ImportDialog.svelte'),
      loadMessages('importing', 'importIssues'),
    ]);
    return m;
  }),
  storyPanel: lazy(() => import('./components/StoryPanel.svelte')),
  /** The contents of the toolbar's export menu (PNG, SVG, CSV, GeoJSON, data package). */
  exportMenu: lazy(() => import('./components/ExportMenuPanel.svelte')),
  proposalPanel: lazy(() => import('./components/ProposalPanel.svelte')),
  presentation: lazy(() => import('./components/PresentationOverlay.svelte')),
  /** Kreis and Gemeinde layers of the map (they load their data on first need). */
  adminLayers: lazy(() => import('./map/admin/AdminLayers.svelte')),
  /** Decoding and drawing the official areas, and consortium areas as member territory. */
  adminLib: lazy(() => import('./map/admin/admin-lib')),
  /** Buffered consortium areas, where the Gemeinden cannot be loaded (Turf buffers). */
  consortiumAreas: lazy(() => import('./geo/consortium-areas')),
} as const;

let prefetching = false;

/**
 * Not fetched ahead: the buffered areas are a fallback for when the Gemeinden cannot be
 * loaded (Turf, the largest chunk); they load then. Offline the service worker has them.
 */
const ON_NEED_ONLY: ReadonlySet<LazyModule<unknown>> = new Set([features.consortiumAreas]);

/** Fetches every feature ahead, one per idle period (once per page). */
export function prefetchFeatures(): void {
  if (prefetching) return;
  prefetching = true;
  prefetchWhenIdle(Object.values(features).filter((m) => !ON_NEED_ONLY.has(m)));
}
