/**
 * Network measures and communities of a dataset (graphology, Louvain), in one module that
 * loads on first use: `AppState.loadNetworkMeasures()`, called by the views that show them
 * (network, details, list, analysis, exports) and by the idle prefetch. Keeps graphology out
 * of the start-up JavaScript.
 */
export { communityInput, detectCommunities } from './communities';
export { datasetMetrics } from './metrics';
