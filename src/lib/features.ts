/**
 * The parts of the app that load on first use (see lazy.ts), each its own chunk, so the
 * JavaScript before the first map is the map, the filters and the search. After the first
 * map their chunks are fetched ahead into the HTTP cache when the browser is idle
 * (`prefetchFeatures`, from `startApp`); they run only when first used.
 */
import { lazy, prefetchWhenIdle } from './lazy';
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

/**
 * The chunks of the features above and the chunks they import, without the start-up set, as
 * a JSON array of paths relative to this module: written by the build (`lazyChunkList` in
 * scripts/lib/lazy-chunks.ts, see vite.config.ts), which leaves out the buffered consortium
 * areas (Turf, the largest chunk: a fallback for when the Gemeinden cannot be loaded; it
 * loads then, and offline the service worker has it). In development the placeholder stays.
 */
const LAZY_CHUNKS_JSON: string = '__ATLAS_LAZY_CHUNKS__';

/** The paths in {@link LAZY_CHUNKS_JSON}; none in development. */
function lazyChunkUrls(): string[] {
  try {
    const files: unknown = JSON.parse(LAZY_CHUNKS_JSON);
    return Array.isArray(files) ? files.map((f) => new URL(String(f), import.meta.url).href) : [];
  } catch {
    return [];
  }
}

let prefetching = false;

/**
 * Fetches every feature's chunks ahead into the HTTP cache in the next idle period (once per
 * page), without parsing or running them: the first use then reads them from the cache.
 */
export function prefetchFeatures(): void {
  if (prefetching) return;
  prefetching = true;
  prefetchWhenIdle(lazyChunkUrls());
}
