/**
 * Network measures of every node, as Gephi, Kumu and graphology offer them:
 * degree, weighted degree, betweenness and closeness centrality
 * (graphology-metrics, https://graphology.github.io/standard-library/metrics),
 * plus the count the details panel reads out ("verbindet 4 Modellprojekte").
 *
 * The graph is taken as undirected and simple, as in `communities.ts`.
 * - degree: number of neighbours;
 * - weighted degree: sum of edge weights; an edge weighs 1 plus the number of
 *   documents (contracts, council decisions) that back its relation, so a
 *   documented cooperation counts for more than a mere listing;
 * - betweenness: share of shortest paths between two other nodes that pass
 *   through the node (Brandes; normalised to 0…1 by (n−1)(n−2)/2 pairs);
 * - closeness: inverse mean hop distance to the nodes the node can reach,
 *   scaled by the share it can reach (Wasserman & Faust), so a node in a small
 *   separate component does not look central; 0…1.
 *
 * Betweenness and closeness are O(n·m): above {@link PATH_METRICS_LIMIT} nodes
 * they are not computed (null) and the UI says so. Pure; input not mutated.
 */
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import type { Dataset } from '../data/dataset';
import { buildGraph } from './model';
import type { SizeMetric } from './size-metrics';

export { SIZE_METRICS, type SizeMetric } from './size-metrics';

/** Largest graph (nodes) for which betweenness and closeness are computed. */
export const PATH_METRICS_LIMIT = 2_000;

/** What the measures need of a graph (the view's `Graph` fits). */
export interface MetricsGraph {
  n: number;
  /** 0 = project, 1 = member, 2 = partner. */
  kind: ArrayLike<number>;
  edgeSource: ArrayLike<number>;
  edgeTarget: ArrayLike<number>;
  /** Documents backing each edge's relation (absent: none). */
  edgeDocuments?: ArrayLike<number>;
}

export interface NetworkMetrics {
  n: number;
  /** Distinct neighbours. */
  degree: Float64Array;
  /** Σ (1 + documents) over the node's edges. */
  weightedDegree: Float64Array;
  /** Normalised betweenness (0…1), or null above {@link PATH_METRICS_LIMIT}. */
  betweenness: Float64Array | null;
  /** Wasserman–Faust closeness (0…1), or null above {@link PATH_METRICS_LIMIT}. */
  closeness: Float64Array | null;
  /** Distinct model projects among the neighbours (for an actor: the projects it connects). */
  projects: Uint32Array;
}

/** Computes every measure. @throws never; an empty graph gives empty arrays. */
export function computeMetrics(
  g: MetricsGraph,
  { pathLimit = PATH_METRICS_LIMIT }: { pathLimit?: number } = {},
): NetworkMetrics {
  const n = g.n;
  if (n > pathLimit) return { n, ...localMetrics(g), betweenness: null, closeness: null };
  const gr = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i++) gr.addNode(i);
  const weightedDegree = new Float64Array(n);
  for (let e = 0; e < g.edgeSource.length; e++) {
    const a = g.edgeSource[e];
    const b = g.edgeTarget[e];
    if (a === b || a >= n || b >= n) continue;
    const w = 1 + (g.edgeDocuments?.[e] ?? 0);
    weightedDegree[a] += w;
    weightedDegree[b] += w;
    gr.mergeEdge(a, b);
  }
  const degree = new Float64Array(n);
  const projects = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    degree[i] = gr.degree(i);
    gr.forEachNeighbor(i, (j) => {
      if (g.kind[Number(j)] === 0) projects[i]++;
    });
  }
  let betweenness: Float64Array | null = null;
  let closeness: Float64Array | null = null;
  if (n === 0) {
    // graphology-metrics' stacks refuse a capacity of 0.
    betweenness = new Float64Array(0);
    closeness = new Float64Array(0);
  } else if (n <= pathLimit) {
    const bc = betweennessCentrality(gr, { normalized: true, getEdgeWeight: null });
    const cc = closenessCentrality(gr, { wassermanFaust: true });
    betweenness = new Float64Array(n);
    closeness = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      betweenness[i] = bc[i] ?? 0;
      closeness[i] = cc[i] ?? 0;
    }
  }
  return { n, degree, weightedDegree, betweenness, closeness, projects };
}

/**
 * Degree, weighted degree and neighbouring projects without a graphology graph: the
 * undirected node pairs are deduplicated by sorting their keys (a·n + b, exact in a double up
 * to n ≈ 9·10⁷). Same numbers as the graphology path; ~20 ms for 100,000 edges, where building
 * the graphology graph takes seconds. Used above the path-measure limit, where nothing else
 * needs the graph.
 */
export function localMetrics(
  g: MetricsGraph,
): Pick<NetworkMetrics, 'degree' | 'weightedDegree' | 'projects'> {
  const n = g.n;
  const weightedDegree = new Float64Array(n);
  const keys = new Float64Array(g.edgeSource.length);
  let k = 0;
  for (let e = 0; e < g.edgeSource.length; e++) {
    const a = g.edgeSource[e];
    const b = g.edgeTarget[e];
    if (a === b || a >= n || b >= n) continue;
    const w = 1 + (g.edgeDocuments?.[e] ?? 0);
    weightedDegree[a] += w;
    weightedDegree[b] += w;
    keys[k++] = a < b ? a * n + b : b * n + a;
  }
  const pairs = keys.subarray(0, k).sort();
  const degree = new Float64Array(n);
  const projects = new Uint32Array(n);
  for (let i = 0; i < k; i++) {
    if (i > 0 && pairs[i] === pairs[i - 1]) continue;
    const a = Math.floor(pairs[i] / n);
    const b = pairs[i] - a * n;
    degree[a]++;
    degree[b]++;
    if (g.kind[b] === 0) projects[a]++;
    if (g.kind[a] === 0) projects[b]++;
  }
  return { degree, weightedDegree, projects };
}

/** Whether betweenness and closeness are computed for a network of `n` nodes. */
export const hasPathMetrics = (n: number): boolean => n <= PATH_METRICS_LIMIT;

/** The values of one measure, or null when it was not computed (too large a graph). */
export function metricValues(m: NetworkMetrics, metric: SizeMetric): Float64Array | null {
  return m[metric];
}

/** A measure's value as shown: integers for degrees, three decimals for centralities. */
export function formatMetric(metric: SizeMetric, value: number, lang: 'de' | 'en'): string {
  if (metric === 'degree' || metric === 'weightedDegree')
    return Math.round(value).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
  return value.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });
}

/** The measures of a dataset's network, with node id → index. */
export interface DatasetMetrics {
  index: ReadonlyMap<string, number>;
  metrics: NetworkMetrics;
}

/**
 * The measures of the whole dataset (no filters, no workshop proposals): what
 * the details panel, the list and the graph's node size read.
 */
export function datasetMetrics(ds: Dataset): DatasetMetrics {
  const g = buildGraph(ds);
  return { index: g.index, metrics: computeMetrics(g) };
}

/**
 * The values of `metric` for the nodes `ids` (a graph's node order) from
 * dataset measures; 0 for an id the dataset does not have (a proposed actor).
 * Null when the measure was not computed.
 */
export function valuesFor(
  ids: readonly string[],
  m: DatasetMetrics,
  metric: SizeMetric,
): Float64Array | null {
  const src = m.metrics[metric];
  if (!src) return null;
  const out = new Float64Array(ids.length);
  ids.forEach((id, i) => {
    const j = m.index.get(id);
    out[i] = j === undefined ? 0 : src[j];
  });
  return out;
}
