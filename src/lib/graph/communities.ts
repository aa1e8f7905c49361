/**
 * Network communities by Louvain modularity optimisation (graphology-communities-louvain),
 * on the undirected graph of projects, members and partners with member, partner and
 * network relations as edges (parallel relations merged into one edge of weight 1).
 *
 * Louvain is randomised (node order); we pass a seeded LCG, so the same graph and seed give
 * the same communities in every run. Communities are renumbered 0… by size, largest first
 * (ties by their smallest node id), so colours stay put across runs.
 *
 * {@link compareWithLaender} measures how far the communities follow state lines.
 * Why Louvain: docs/analysis.md. Pure; no DOM, no input mutated.
 * @see https://graphology.github.io/standard-library/communities-louvain.html
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Dataset } from '../data/dataset';
import { lcg } from './random';

export interface CommunityInput {
  nodes: readonly { id: string; land?: string }[];
  edges: readonly { source: string; target: string }[];
}

export interface CommunityResult {
  /** Node id → community index (0 = largest). */
  membership: Map<string, number>;
  count: number;
  /** Modularity of the partition (−0.5…1; higher = more separated). */
  modularity: number;
  /** Node ids per community, by index. */
  members: string[][];
}

export interface CommunityOptions {
  /** Seed of the random source (default 1). */
  seed?: number;
  /** Louvain resolution (default 1; higher → more, smaller communities). */
  resolution?: number;
}

/** The community input of a dataset: every node; member, partner and network relations. */
export function communityInput(ds: Dataset): CommunityInput {
  return {
    nodes: ds.nodes.map((n) => ({ id: n.id, land: n.land })),
    edges: ds.relations
      .filter((r) => r.kind === 'member' || r.kind === 'partner' || r.kind === 'network')
      .map((r) => ({ source: r.source, target: r.target })),
  };
}

export function detectCommunities(
  input: CommunityInput,
  { seed = 1, resolution = 1 }: CommunityOptions = {},
): CommunityResult {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of input.nodes) g.mergeNode(n.id);
  for (const e of input.edges)
    if (e.source !== e.target && g.hasNode(e.source) && g.hasNode(e.target))
      g.mergeEdge(e.source, e.target);
  if (g.order === 0) return { membership: new Map(), count: 0, modularity: 0, members: [] };
  if (g.size === 0) {
    // Louvain needs edges; without any, every node is its own community.
    const ids = input.nodes.map((n) => n.id).sort();
    return {
      membership: new Map(ids.map((id, i) => [id, i])),
      count: ids.length,
      modularity: 0,
      members: ids.map((id) => [id]),
    };
  }
  const detailed = louvain.detailed(g, { rng: lcg(seed), resolution });
  const groups = new Map<number, string[]>();
  for (const [id, c] of Object.entries(detailed.communities)) {
    const list = groups.get(c);
    if (list) list.push(id);
    else groups.set(c, [id]);
  }
  const members = [...groups.values()]
    .map((m) => m.sort())
    .sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
  const membership = new Map<string, number>();
  members.forEach((m, i) => m.forEach((id) => membership.set(id, i)));
  return { membership, count: members.length, modularity: detailed.modularity, members };
}

export interface LaenderComparison {
  /**
   * Normalised mutual information between community and Land over the nodes with a known
   * Land: 0 = independent, 1 = the communities are exactly the Länder (or a refinement
   * that maps one-to-one).
   */
  nmi: number;
  /** Nodes with a known Land (the base of `nmi`). */
  nodesWithLand: number;
  /** Edges inside one community whose ends both have a Land. */
  intraCommunityEdges: number;
  /** Share of those that also stay inside one Land (0…1). */
  intraCommunitySameLand: number;
  /** Communities with at least two nodes of known Land. */
  communitiesWithLand: number;
  /** Of those, how many lie entirely within one Land. */
  singleLandCommunities: number;
}

function entropy(counts: Iterable<number>, n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

/** Normalised mutual information 2·I(X;Y) / (H(X) + H(Y)) of two labelings; 1 when both are constant. */
export function nmi(x: readonly (string | number)[], y: readonly (string | number)[]): number {
  const n = x.length;
  if (n === 0) return 1;
  const cx = new Map<string | number, number>();
  const cy = new Map<string | number, number>();
  const cxy = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    cx.set(x[i], (cx.get(x[i]) ?? 0) + 1);
    cy.set(y[i], (cy.get(y[i]) ?? 0) + 1);
    const k = `${x[i]}\u0000${y[i]}`;
    cxy.set(k, (cxy.get(k) ?? 0) + 1);
  }
  const hx = entropy(cx.values(), n);
  const hy = entropy(cy.values(), n);
  if (hx + hy === 0) return 1;
  const hxy = entropy(cxy.values(), n);
  const mi = hx + hy - hxy;
  return Math.max(0, Math.min(1, (2 * mi) / (hx + hy)));
}

/** How far the communities follow the Länder. */
export function compareWithLaender(
  input: CommunityInput,
  membership: ReadonlyMap<string, number>,
): LaenderComparison {
  const land = new Map(input.nodes.filter((n) => n.land).map((n) => [n.id, n.land!]));
  const ids = [...land.keys()].filter((id) => membership.has(id));
  const perCommunity = new Map<number, Set<string>>();
  const sizes = new Map<number, number>();
  for (const id of ids) {
    const c = membership.get(id)!;
    const set = perCommunity.get(c) ?? new Set<string>();
    set.add(land.get(id)!);
    perCommunity.set(c, set);
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
  }
  const withLand = [...sizes].filter(([, s]) => s >= 2).map(([c]) => c);
  let intra = 0;
  let same = 0;
  const seen = new Set<string>();
  for (const e of input.edges) {
    const key = e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`;
    if (seen.has(key) || e.source === e.target) continue;
    seen.add(key);
    const ls = land.get(e.source);
    const lt = land.get(e.target);
    const cs = membership.get(e.source);
    if (!ls || !lt || cs === undefined || cs !== membership.get(e.target)) continue;
    intra++;
    if (ls === lt) same++;
  }
  return {
    nmi: nmi(
      ids.map((id) => membership.get(id)!),
      ids.map((id) => land.get(id)!),
    ),
    nodesWithLand: ids.length,
    intraCommunityEdges: intra,
    intraCommunitySameLand: intra ? same / intra : 1,
    communitiesWithLand: withLand.length,
    singleLandCommunities: withLand.filter((c) => perCommunity.get(c)!.size === 1).length,
  };
}
