/**
 * Nodes and relations → the FeatureCollections the map draws. Pure: plain objects in,
 * GeoJSON out, no MapLibre, no DOM.
 *
 * Bad input is never dropped silently: a node without usable coordinates or outside
 * Germany, and a relation whose end is missing or not placed, goes into `notLocated`
 * with its name, and the UI lists it ("nicht verortet").
 */
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { spreadDuplicatesSteps } from './spread-duplicates';
import { relationLinesSteps, type RelationInput, type RelationProperties } from './relation-lines';
import { STEP_CHUNK, runToEnd } from '../util/time-slice';

export type { RelationInput, RelationProperties };

/** The part of a dataset node this stage reads. */
export interface NodeInput {
  id: string;
  kind: 'project' | 'actor';
  name: string;
  type: string;
  /** [lon, lat]; anything else (missing, NaN, wrong length) counts as "no coordinates". */
  coordinates?: unknown;
  staffel?: number;
}

/** Role of a node on the map: projects, member municipalities/districts, partners. */
export type NodeRole = 'project' | 'member' | 'partner';

export interface NodeProperties {
  id: string;
  name: string;
  kind: 'project' | 'actor';
  type: string;
  role: NodeRole;
  /** Call of a project, or 0 for actors. */
  staffel: number;
  /** For actors: does the node belong to a project of that call? For projects: its own call. */
  s2019: boolean;
  s2020: boolean;
  s2021: boolean;
  /** Where the data put the node, when `spreadDuplicates` moved it for legibility. */
  trueLon: number;
  trueLat: number;
}

export type NotLocatedReason = 'no-coordinates' | 'outside-germany' | 'missing-end';

export interface NotLocated {
  id: string;
  name: string;
  what: 'node' | 'relation';
  reason: NotLocatedReason;
}

export interface MapData {
  projects: FeatureCollection<Point, NodeProperties>;
  actors: FeatureCollection<Point, NodeProperties>;
  relations: FeatureCollection<LineString, RelationProperties>;
  /** Drawn position of every placed node (after spreading duplicates). */
  positions: Map<string, Position>;
  notLocated: NotLocated[];
}

/** Germany's bounding box [west, south, east, north] with a small margin. */
export const DEFAULT_BOUNDS: readonly [number, number, number, number] = [5.8, 47.2, 15.1, 55.1];

/** A usable [lon, lat] pair, or null. */
export function maybeLonLat(c: unknown): [number, number] | null {
  if (!Array.isArray(c) || c.length < 2) return null;
  const [lon, lat] = c;
  if (typeof lon !== 'number' || typeof lat !== 'number') return null;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  return [lon, lat];
}

export const isInBounds = (
  [lon, lat]: readonly [number, number],
  [w, s, e, n]: readonly [number, number, number, number],
): boolean => lon >= w && lon <= e && lat >= s && lat <= n;

export interface ToGeoJSONOptions {
  bounds?: readonly [number, number, number, number];
  /** Document kinds per relation id (relations absent here carry none). */
  documentKinds?: ReadonlyMap<string, readonly string[]>;
  /**
   * Spread radius in metres for actors sharing a position; 0 disables. Default 2,500 m:
   * at zoom 9, where member and partner labels appear, that is ~13 px, just outside a
   * project disc, so partners sitting in their project's town stay visible and clickable.
   */
  spreadMetres?: number;
  /**
   * The nodes by id when the caller has that index already (a `Dataset`'s `byId`), so it is
   * not built a second time; it must hold every node of `nodes`.
   */
  byId?: ReadonlyMap<string, NodeInput>;
}

/** Calls an actor's projects belong to, as bits (the three MPSC calls have flags on the map). */
const CALL_BITS: ReadonlyMap<number, number> = new Map([
  [2019, 1],
  [2020, 2],
  [2021, 4],
]);

/** Nodes by id (a later duplicate wins), pausing every {@link STEP_CHUNK} nodes. */
function* indexSteps(nodes: readonly NodeInput[]): Generator<void, Map<string, NodeInput>, void> {
  const index = new Map<string, NodeInput>();
  let step = 0;
  for (const n of nodes) {
    if (++step % STEP_CHUNK === 0) yield;
    index.set(n.id, n);
  }
  return index;
}

/** Build the map's sources from nodes and relations. Does not mutate its input. */
export function toGeoJSON(
  nodes: readonly NodeInput[],
  relations: readonly RelationInput[],
  options: ToGeoJSONOptions = {},
): MapData {
  return runToEnd(toGeoJSONSteps(nodes, relations, options));
}

/** {@link toGeoJSON} as a generator pausing every {@link STEP_CHUNK} items (`runSliced`). */
export function* toGeoJSONSteps(
  nodes: readonly NodeInput[],
  relations: readonly RelationInput[],
  {
    bounds = DEFAULT_BOUNDS,
    documentKinds = new Map(),
    spreadMetres = 2500,
    byId: knownById,
  }: ToGeoJSONOptions = {},
): Generator<void, MapData, void> {
  // At 100,000 nodes and relations every object made here is main-thread GC work (the scale
  // bench's long tasks were major GCs during this build): no index built twice, bits instead
  // of a Set per actor, one record per placed node, positions shared with the geometries.
  const notLocated: NotLocated[] = [];
  const byId = knownById ?? (yield* indexSteps(nodes));
  yield;
  let step = 0;

  // Roles and calls of actors come from their relations.
  const memberOf = new Set<string>();
  const callsOf = new Map<string, number>();
  for (const r of relations) {
    if (++step % STEP_CHUNK === 0) yield;
    if (r.kind === 'member') memberOf.add(r.target);
    const bit = CALL_BITS.get(byId.get(r.source)?.staffel ?? 0);
    if (bit) callsOf.set(r.target, (callsOf.get(r.target) ?? 0) | bit);
  }

  /** A placed node, also the input of the spreading (`SpreadInput`). */
  const placed: Array<{ id: string; at: [number, number]; fixed: boolean; node: NodeInput }> = [];
  for (const node of nodes) {
    if (++step % STEP_CHUNK === 0) yield;
    const at = maybeLonLat(node.coordinates);
    if (!at)
      notLocated.push({ id: node.id, name: node.name, what: 'node', reason: 'no-coordinates' });
    else if (!isInBounds(at, bounds))
      notLocated.push({ id: node.id, name: node.name, what: 'node', reason: 'outside-germany' });
    else placed.push({ id: node.id, at, fixed: node.kind === 'project', node });
  }

  const spread = yield* spreadDuplicatesSteps(placed, spreadMetres);
  const positions = new Map<string, Position>();
  const projects: Feature<Point, NodeProperties>[] = [];
  const actors: Feature<Point, NodeProperties>[] = [];
  for (const { node, at } of placed) {
    if (++step % STEP_CHUNK === 0) yield;
    // A fresh array either way (`maybeLonLat` or the spreading made it): the feature and
    // `positions` share it, and nothing writes to it.
    const pos = spread.get(node.id) ?? at;
    positions.set(node.id, pos);
    const calls =
      node.kind === 'project'
        ? (CALL_BITS.get(node.staffel ?? 0) ?? 0)
        : (callsOf.get(node.id) ?? 0);
    const role: NodeRole =
      node.kind === 'project' ? 'project' : memberOf.has(node.id) ? 'member' : 'partner';
    const f: Feature<Point, NodeProperties> = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: pos },
      properties: {
        id: node.id,
        name: node.name,
        kind: node.kind,
        type: node.type,
        role,
        staffel: node.kind === 'project' ? (node.staffel ?? 0) : 0,
        s2019: (calls & 1) !== 0,
        s2020: (calls & 2) !== 0,
        s2021: (calls & 4) !== 0,
        trueLon: at[0],
        trueLat: at[1],
      },
    };
    (node.kind === 'project' ? projects : actors).push(f);
  }

  const { lines, missing } = yield* relationLinesSteps(relations, positions, {
    documentKinds,
    nameOf: (id) => byId.get(id)?.name,
    staffelOf: (id) => byId.get(id)?.staffel,
  });
  for (const m of missing)
    notLocated.push({ id: m.id, name: m.name, what: 'relation', reason: 'missing-end' });

  return {
    projects: { type: 'FeatureCollection', features: projects },
    actors: { type: 'FeatureCollection', features: actors },
    relations: lines,
    positions,
    notLocated,
  };
}
