/** Ids and colours of the analysis overlays (fixed, for tests). */
export const ANALYSIS_IDS = {
  clusterHulls: 'analysis-cluster-hulls',
  clusterFill: 'analysis-cluster-fill',
  clusterLine: 'analysis-cluster-line',
  clusterLabels: 'analysis-cluster-labels',
  clusterLabel: 'analysis-cluster-label',
  reachRings: 'analysis-reach-rings',
  reachLine: 'analysis-reach-line',
  reachLabel: 'analysis-reach-label',
  nearLines: 'analysis-near-lines',
  nearLine: 'analysis-near-line',
  nearLabels: 'analysis-near-labels',
  nearOrigin: 'analysis-near-origin',
  nearDistance: 'analysis-near-distance',
} as const;

/** Okabe–Ito blue for clusters within one Land, vermillion (and dashed) across borders. */
export const OVERLAY = {
  cluster: '#0072B2',
  crossBorder: '#D55E00',
  fillOpacity: 0.12,
  selectedFillOpacity: 0.3,
  reach: '#882255',
  threshold: '#5E6B78',
  near: '#1B1B1B',
} as const;
