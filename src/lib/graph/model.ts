/**
 * The network as the graph view uses it: columnar, index-based, no DOM.
 *
 * Nodes are model projects, member municipalities/districts and partner
 * organisations; edges are `member`, `partner` and `network` relations, each
 * flagged when it carries a document. Built once per dataset from either the
 * indexed {@link Dataset} or a plain `{ nodes, edges }` input (synthetic
 * graphs, fixtures). Every array is indexed by node index or edge index, so the
 * layout and the renderer can hand them to workers as typed arrays.
 *
 * Workshop proposals can be added on top (`graphInputFromDataset(ds,
 * proposals)`): flagged `proposed`, never written into the dataset.
 */
import type { Dataset } from '../data/dataset';
import { newActorId, type NewActor, type Proposal, type ProposalEnd } from '../proposals/types';

/** What a node stands for. Members and partners are both actors; a relation decides which. */
export type GraphNodeKind = 'project' | 'member' | 'partner';
export const NODE_KINDS: readonly GraphNodeKind[] = ['project', 'member', 'partner'];

export type GraphEdgeKind = 'member' | 'partner' | 'network';
export const EDGE_KIND_CODES: readonly GraphEdgeKind[] = ['member', 'partner', 'network'];

/** A node of the plain input. */
export interface GraphInputNode {
  id: string;
  /** Colour and grouping key: a project category or an actor type. */
  type: string;
  kind: GraphNodeKind;
  name?: string;
  /** [lon, lat], for the geographic layout. */
  coordinates?: readonly [number, number];
  /** A new actor proposed in the workshop, not in the sourced data. */
  proposed?: boolean;
}

/** An edge of the plain input. */
export interface GraphInputEdge {
  source: string;
  target: string;
  kind: GraphEdgeKind;
  /** The relation carries at least one document. */
  documented?: boolean;
  /** How many documents back the relation (weighted degree); default `documented ? 1 : 0`. */
  documents?: number;
  /** Relation id, when the edge comes from the dataset; proposal id for a proposal. */
  id?: string;
  /** A cooperation proposed in the workshop, not in the sourced data. */
  proposed?: boolean;
}

export interface GraphInput {
  nodes: readonly GraphInputNode[];
  edges: readonly GraphInputEdge[];
}

/**
 * The part of a graph the layout needs. Plain typed arrays and strings only, so
 * it survives `structuredClone` into a worker unchanged.
 */
export interface LayoutGraph {
  n: number;
  /** Index into {@link NODE_KINDS}. */
  kind: Uint8Array;
  /** Index into `types`. */
  typeIndex: Uint16Array;
  types: string[];
  /** Longitude/latitude per node; NaN where unknown. */
  lon: Float64Array;
  lat: Float64Array;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  degree: Uint32Array;
}

export interface Graph extends LayoutGraph {
  ids: string[];
  names: string[];
  index: ReadonlyMap<string, number>;
  /** Index into {@link EDGE_KIND_CODES}. */
  edgeKind: Uint8Array;
  /** 1 where the edge's relation carries a document. */
  edgeDocumented: Uint8Array;
  /** Number of documents backing each edge's relation (weights of the weighted degree). */
  edgeDocuments: Uint16Array;
  /** Relation id per edge ('' for plain inputs without ids). */
  edgeIds: string[];
  /** 1 where the node is a proposed new actor (workshop), not sourced data. */
  nodeProposed: Uint8Array;
  /** 1 where the edge is a proposed cooperation (workshop), not sourced data. */
  edgeProposed: Uint8Array;
  /** Compressed adjacency: neighbours of i are `adjacency[adjOffset[i] .. adjOffset[i+1]]`. */
  adjOffset: Uint32Array;
  adjacency: Uint32Array;
  /** Largest degree (0 for an empty or edgeless graph). */
  maxDegree: number;
}

function isDataset(x: Dataset | GraphInput): x is Dataset {
  return 'byId' in x && 'relations' in x;
}

/**
 * The plain input implied by a dataset: every node, every relation between
 * known nodes; then, flagged `proposed`, each workshop proposal whose ends
 * are known (an edge, plus a node for each end that is a proposed new actor, with
 * its name, type and coordinates; ids from {@link newActorId}; proposals naming the
 * same new actor — name, type, position — share its node). A proposal that
 * names an id the dataset does not have is skipped. The dataset is not touched.
 */
export function graphInputFromDataset(
  ds: Dataset,
  proposals: readonly Proposal[] = [],
): GraphInput {
  const steps = graphInputSteps(ds, proposals);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * {@link graphInputFromDataset} as a generator that yields every {@link BUILD_CHUNK} loop
 * iterations (at 100,000 nodes and relations the copy was one task of ~250 ms).
 */
export function* graphInputSteps(
  ds: Dataset,
  proposals: readonly Proposal[] = [],
): Generator<void, GraphInput, void> {
  const memberIds = yield* memberIdSteps(ds);
  const nodes: GraphInputNode[] = [];
  let step = 0;
  for (const n of ds.nodes) {
    if (++step % BUILD_CHUNK === 0) yield;
    nodes.push(nodeInputOf(n, memberIds));
  }
  const edges: GraphInputEdge[] = [];
  for (const r of ds.relations) {
    if (++step % BUILD_CHUNK === 0) yield;
    edges.push(edgeInputOf(r, ds));
  }
  const extra = proposalInput(ds, proposals);
  for (const n of extra.nodes) nodes.push(n);
  for (const e of extra.edges) edges.push(e);
  return { nodes, edges };
}

/** Targets of member relations (the actors drawn as members), pausing every {@link BUILD_CHUNK}. */
function* memberIdSteps(ds: Dataset): Generator<void, Set<string>, void> {
  const memberIds = new Set<string>();
  let step = 0;
  for (const r of ds.relations) {
    if (++step % BUILD_CHUNK === 0) yield;
    if (r.kind === 'member') memberIds.add(r.target);
  }
  return memberIds;
}

/** A dataset node as graph input. */
function nodeInputOf(n: Dataset['nodes'][number], memberIds: ReadonlySet<string>): GraphInputNode {
  return {
    id: n.id,
    type: n.type,
    kind: n.kind === 'project' ? 'project' : memberIds.has(n.id) ? 'member' : 'partner',
    name: n.name,
    coordinates: n.coordinates,
  };
}

/** A dataset relation as graph input. */
function edgeInputOf(r: Dataset['relations'][number], ds: Dataset): GraphInputEdge {
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    // A shared solution links two projects as a network does, and is drawn like one.
    kind: r.kind === 'solution' ? 'network' : r.kind,
    documented: ds.documentedRelations.has(r.id),
    documents: ds.documentsOfRelation.get(r.id)?.length ?? 0,
  };
}

/**
 * The nodes and edges workshop proposals add to a dataset's graph (see
 * {@link graphInputFromDataset}), in the order they come after the dataset's own.
 */
function proposalInput(ds: Dataset, proposals: readonly Proposal[]): GraphInput {
  const nodes: GraphInputNode[] = [];
  const edges: GraphInputEdge[] = [];
  const isProject = (id: string): boolean => ds.byId.get(id)?.kind === 'project';
  /** An existing end's id when the dataset has it ('' for a new actor), else null. */
  const known = (id: string | null, actor: NewActor | null): string | null =>
    actor ? '' : id !== null && ds.byId.has(id) ? id : null;
  // One node per new actor, even when several proposals name it (a town proposing three
  // cooperations): the same name, type and position are the same actor.
  const actorNodes = new Map<string, string>();
  const actorNode = (p: Proposal, end: ProposalEnd, actor: NewActor): string => {
    const key = JSON.stringify([actor.name, actor.type, actor.coordinates]);
    let id = actorNodes.get(key);
    if (id === undefined) {
      id = newActorId(p, end);
      actorNodes.set(key, id);
      nodes.push({
        id,
        type: actor.type,
        kind: 'partner',
        name: actor.name,
        coordinates: actor.coordinates,
        proposed: true,
      });
    }
    return id;
  };
  for (const p of proposals) {
    const knownFrom = known(p.from, p.fromActor);
    const knownTo = known(p.to, p.newActor);
    if (knownFrom === null || knownTo === null) continue;
    const from = p.fromActor ? actorNode(p, 'from', p.fromActor) : knownFrom;
    const to = p.newActor ? actorNode(p, 'to', p.newActor) : knownTo;
    if (from === to) continue;
    edges.push({
      id: p.id,
      source: from,
      target: to,
      kind: isProject(from) && isProject(to) ? 'network' : 'partner',
      proposed: true,
    });
  }
  return { nodes, edges };
}

/**
 * A dataset's graph input one item at a time, each object dropped as soon as it is read: at
 * 100,000 nodes and relations, holding the whole {@link GraphInput} while the graph is built
 * kept 200,000 objects alive long enough to reach the old generation (major GCs of 0.1–0.3 s
 * in the scale bench); these die young. Same items, same order as {@link graphInputSteps}.
 */
function* datasetInputSteps(
  ds: Dataset,
  proposals: readonly Proposal[],
): Generator<void, { nodes: Iterable<GraphInputNode>; edges: Iterable<GraphInputEdge> }, void> {
  const memberIds = yield* memberIdSteps(ds);
  const extra = proposalInput(ds, proposals);
  return {
    nodes: (function* () {
      for (const n of ds.nodes) yield nodeInputOf(n, memberIds);
      yield* extra.nodes;
    })(),
    edges: (function* () {
      for (const r of ds.relations) yield edgeInputOf(r, ds);
      yield* extra.edges;
    })(),
  };
}

/** Loop iterations between two yields of {@link buildGraphSteps}: small enough for a ~8 ms slice. */
export const BUILD_CHUNK = 1_024;

/**
 * Builds the graph. Edges whose ends are unknown, and self-loops, are dropped
 * (never dangling); duplicate node ids keep the first. Input is not mutated.
 * Runs {@link buildGraphSteps} to completion in one go.
 */
export function buildGraph(
  input: Dataset | GraphInput,
  proposals: readonly Proposal[] = [],
): Graph {
  const steps = buildGraphSteps(input, proposals);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * {@link buildGraph} as a generator that yields every {@link BUILD_CHUNK} loop
 * iterations, so a caller on the main thread can spread a big build over
 * several short tasks (`runSliced` in `time-slice.ts`). Same result as
 * `buildGraph`; nothing is shared between the two but this code.
 */
export function* buildGraphSteps(
  input: Dataset | GraphInput,
  /** Workshop proposals drawn on top of a dataset (ignored for a plain input). */
  proposals: readonly Proposal[] = [],
): Generator<void, Graph, void> {
  const { nodes, edges } = isDataset(input) ? yield* datasetInputSteps(input, proposals) : input;
  yield;
  const index = new Map<string, number>();
  const ids: string[] = [];
  const names: string[] = [];
  const kindList: number[] = [];
  const typeList: number[] = [];
  const lonList: number[] = [];
  const latList: number[] = [];
  const nodeProposed: number[] = [];
  const types: string[] = [];
  const typeIdx = new Map<string, number>();
  let step = 0;
  for (const node of nodes) {
    if (++step % BUILD_CHUNK === 0) yield;
    if (index.has(node.id)) continue;
    index.set(node.id, ids.length);
    ids.push(node.id);
    names.push(node.name ?? node.id);
    kindList.push(Math.max(0, NODE_KINDS.indexOf(node.kind)));
    let t = typeIdx.get(node.type);
    if (t === undefined) {
      t = types.length;
      types.push(node.type);
      typeIdx.set(node.type, t);
    }
    typeList.push(t);
    lonList.push(node.coordinates?.[0] ?? NaN);
    latList.push(node.coordinates?.[1] ?? NaN);
    nodeProposed.push(node.proposed ? 1 : 0);
  }
  const n = ids.length;
  const src: number[] = [];
  const tgt: number[] = [];
  const ek: number[] = [];
  const doc: number[] = [];
  const docCount: number[] = [];
  const edgeIds: string[] = [];
  const edgeProposed: number[] = [];
  for (const e of edges) {
    if (++step % BUILD_CHUNK === 0) yield;
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    src.push(s);
    tgt.push(t);
    ek.push(Math.max(0, EDGE_KIND_CODES.indexOf(e.kind)));
    doc.push(e.documented ? 1 : 0);
    docCount.push(Math.min(65_535, Math.max(0, e.documents ?? (e.documented ? 1 : 0))));
    edgeIds.push(e.id ?? '');
    edgeProposed.push(e.proposed ? 1 : 0);
  }
  yield;
  const m = src.length;
  const degree = new Uint32Array(n);
  for (let i = 0; i < m; i++) {
    degree[src[i]]++;
    degree[tgt[i]]++;
  }
  const adjOffset = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) adjOffset[i + 1] = adjOffset[i] + degree[i];
  const fill = adjOffset.slice(0, n);
  const adjacency = new Uint32Array(2 * m);
  for (let i = 0; i < m; i++) {
    adjacency[fill[src[i]]++] = tgt[i];
    adjacency[fill[tgt[i]]++] = src[i];
  }
  let maxDegree = 0;
  for (let i = 0; i < n; i++) if (degree[i] > maxDegree) maxDegree = degree[i];
  yield;
  return {
    n,
    ids,
    names,
    index,
    kind: Uint8Array.from(kindList),
    typeIndex: Uint16Array.from(typeList),
    types,
    lon: Float64Array.from(lonList),
    lat: Float64Array.from(latList),
    edgeSource: Uint32Array.from(src),
    edgeTarget: Uint32Array.from(tgt),
    edgeKind: Uint8Array.from(ek),
    edgeDocumented: Uint8Array.from(doc),
    edgeDocuments: Uint16Array.from(docCount),
    edgeIds,
    nodeProposed: Uint8Array.from(nodeProposed),
    edgeProposed: Uint8Array.from(edgeProposed),
    degree,
    adjOffset,
    adjacency,
    maxDegree,
  };
}

/** The layout's view of a graph (a cheap projection, no copies). */
export function layoutGraphOf(g: Graph): LayoutGraph {
  const { n, kind, typeIndex, types, lon, lat, edgeSource, edgeTarget, degree } = g;
  return { n, kind, typeIndex, types, lon, lat, edgeSource, edgeTarget, degree };
}

/** Neighbour indices of node `i`. */
export function neighbours(g: Graph, i: number): Uint32Array {
  return g.adjacency.subarray(g.adjOffset[i], g.adjOffset[i + 1]);
}

/**
 * Whether node `i` shows under filters that keep the node ids in `visible`. A proposed new
 * actor is not in the data the filters see: it shows while one of its neighbours does.
 */
export function passesFilter(g: Graph, i: number, visible: ReadonlySet<string>): boolean {
  return (
    visible.has(g.ids[i]) ||
    (g.nodeProposed[i] === 1 && neighbours(g, i).some((j) => visible.has(g.ids[j])))
  );
}

/**
 * The ego network of `centre` up to `hops` hops (breadth-first), as a set of
 * node indices including the centre.
 */
export function egoNetwork(g: Graph, centre: number, hops: number): Set<number> {
  const seen = new Set<number>([centre]);
  let frontier = [centre];
  for (let h = 0; h < hops && frontier.length; h++) {
    const next: number[] = [];
    for (const i of frontier)
      for (const j of neighbours(g, i))
        if (!seen.has(j)) {
          seen.add(j);
          next.push(j);
        }
    frontier = next;
  }
  return seen;
}

/** Node radius in layout units, growing with the square root of the degree. */
export function nodeRadius(degree: number): number {
  return Math.min(3 + 1.5 * Math.sqrt(degree), 18);
}
