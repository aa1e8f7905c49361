/**
 * Regional clusters: DBSCAN over the model projects (optionally all placed actors) with a
 * distance in kilometres, via Turf. Two points are neighbours when their great-circle
 * distance is at most `maxDistanceKm`; with `minPoints = 2` (the default) a cluster is a
 * chain of neighbours, so „within 50 km of another project of the cluster“. Points with no
 * neighbour are noise (no cluster).
 *
 * Each cluster gets a hull (see `hulls.ts`), the Länder it spans (a cluster that spans more
 * than one is `crossBorder`) and its dominant tags (partner types).
 * Cluster ids are 0… by size (largest first), ties by the first member's input order, so
 * they are stable for a given input. Pure; no input is mutated.
 * Turf: https://turfjs.org/docs/api/clustersDbscan
 */
import { clustersDbscan, featureCollection, point } from '@turf/turf';
import type { Position } from 'geojson';
import type { Dataset } from '../data/dataset';
import { hullOf, type Hull, type HullOptions } from './hulls';

export interface ClusterInput {
  id: string;
  /** [lon, lat]. */
  coordinates: Position;
  /** Counted as a project in the label (default true). */
  kind?: 'project' | 'actor';
  /** ISO 3166-2 Land, where known. */
  land?: string;
  /** Tags counted for „dominant“ (partner types of a project, or an actor's own type). */
  tags?: readonly string[];
}

export interface TagCount {
  tag: string;
  count: number;
}

export interface RegionalCluster {
  /** 0… by size, largest first. */
  id: number;
  /** Member ids in input order. */
  members: string[];
  /** How many members are projects. */
  projects: number;
  /** Länder spanned, sorted. */
  lands: string[];
  /** Spans more than one Land. */
  crossBorder: boolean;
  /** Most frequent tags, most frequent first (ties alphabetical), at most `topTags`. */
  dominant: TagCount[];
  /** Mean position of the members (for the label). */
  center: Position;
  hull: Hull | null;
}

export interface ClusterResult {
  clusters: RegionalCluster[];
  /** Ids of points in no cluster. */
  noise: string[];
}

export interface ClusterOptions {
  /** Minimum points per neighbourhood, the point itself included (default 2). */
  minPoints?: number;
  /** How many dominant tags to keep (default 3). */
  topTags?: number;
  /** Hull options. */
  hull?: HullOptions;
}

/** Rank tags by count (desc), then name. */
export function rankTags(tags: Iterable<string>, top = Infinity): TagCount[] {
  const counts = new Map<string, number>();
  for (const t of tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))
    .slice(0, top);
}

/**
 * Cluster `items` with DBSCAN at `maxDistanceKm`.
 * @throws RangeError when `maxDistanceKm` is not a positive finite number
 */
export function findClusters(
  items: readonly ClusterInput[],
  maxDistanceKm: number,
  options: ClusterOptions = {},
): ClusterResult {
  if (!(maxDistanceKm > 0) || !Number.isFinite(maxDistanceKm))
    throw new RangeError(`maxDistanceKm must be a positive number, got ${maxDistanceKm}`);
  const { minPoints = 2, topTags = 3, hull } = options;
  if (items.length === 0) return { clusters: [], noise: [] };
  const fc = featureCollection(
    items.map((it, i) => point([it.coordinates[0], it.coordinates[1]], { i })),
  );
  const out = clustersDbscan(fc, maxDistanceKm, { units: 'kilometers', minPoints, mutate: true });
  const groups = new Map<number, number[]>();
  const noise: string[] = [];
  for (const f of out.features) {
    const i = f.properties.i as number;
    const c = f.properties.cluster;
    if (c === undefined) noise.push(items[i].id);
    else {
      const g = groups.get(c);
      if (g) g.push(i);
      else groups.set(c, [i]);
    }
  }
  const ordered = [...groups.values()]
    .map((g) => g.sort((a, b) => a - b))
    .sort((a, b) => b.length - a.length || a[0] - b[0]);
  const clusters = ordered.map((idx, id): RegionalCluster => {
    const members = idx.map((i) => items[i]);
    const lands = [...new Set(members.map((m) => m.land).filter((l): l is string => !!l))].sort();
    const positions = members.map((m) => m.coordinates);
    return {
      id,
      members: members.map((m) => m.id),
      projects: members.filter((m) => (m.kind ?? 'project') === 'project').length,
      lands,
      crossBorder: lands.length > 1,
      dominant: rankTags(
        members.flatMap((m) => m.tags ?? []),
        topTags,
      ),
      center: [
        positions.reduce((s, p) => s + p[0], 0) / positions.length,
        positions.reduce((s, p) => s + p[1], 0) / positions.length,
      ],
      hull: hullOf(positions, hull),
    };
  });
  return { clusters, noise };
}

/**
 * Cluster inputs from the dataset: every project, tagged with the types of its partners
 * (each type once per project); with `allActors`, also every actor placed at its own seat
 * (not those shown at their project or abroad), tagged with its own type.
 */
export function clusterInputs(ds: Dataset, { allActors = false } = {}): ClusterInput[] {
  const out: ClusterInput[] = [];
  for (const n of ds.nodes) {
    if (n.kind === 'project') {
      const types = new Set<string>();
      for (const r of ds.relationsOf.get(n.id) ?? [])
        if (r.kind === 'partner' && r.source === n.id) {
          const t = ds.byId.get(r.target)?.type;
          if (t) types.add(t);
        }
      out.push({
        id: n.id,
        coordinates: n.coordinates,
        kind: 'project',
        land: n.land,
        tags: [...types],
      });
    } else if (allActors && !n.actor?.located) {
      out.push({
        id: n.id,
        coordinates: n.coordinates,
        kind: 'actor',
        land: n.land,
        tags: [n.type],
      });
    }
  }
  return out;
}
