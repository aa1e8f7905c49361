import { describe, expect, it } from 'vitest';
import { destination } from '@turf/turf';
import type { FeatureCollection, Point, Position } from 'geojson';
import {
  clusterInputs,
  findClusters,
  rankTags,
  type ClusterInput,
} from '../../../src/lib/geo/clusters';
import { fixtureCases } from './analysis-fixtures';
import { smallDataset } from './analysis-dataset';

/** A point `km` east of `from`. */
const east = (from: Position, km: number): Position =>
  destination(from, km, 90, { units: 'kilometers' }).geometry.coordinates;

// A at 0 km, B 10 km east of A, C 25 km east of B, D 200 km east of C; all in Bavaria but D.
const A: Position = [10, 50];
const B = east(A, 10);
const C = east(B, 25);
const D = east(C, 200);
const line: ClusterInput[] = [
  { id: 'a', coordinates: A, land: 'DE-BY' },
  { id: 'b', coordinates: B, land: 'DE-BY' },
  { id: 'c', coordinates: C, land: 'DE-BY' },
  { id: 'd', coordinates: D, land: 'DE-SN' },
];

const groups = (km: number) => findClusters(line, km).clusters.map((c) => c.members);

describe('findClusters: DBSCAN at known distances', () => {
  it.each<[number, string[][], string[]]>([
    [5, [], ['a', 'b', 'c', 'd']],
    [9.9, [], ['a', 'b', 'c', 'd']],
    [10.1, [['a', 'b']], ['c', 'd']],
    [24.9, [['a', 'b']], ['c', 'd']],
    [25.1, [['a', 'b', 'c']], ['d']],
    [199, [['a', 'b', 'c']], ['d']],
    [201, [['a', 'b', 'c', 'd']], []],
  ])('at %s km', (km, expected, noise) => {
    expect(groups(km)).toEqual(expected);
    expect(findClusters(line, km).noise).toEqual(noise);
  });

  it('chains neighbours: a and c are 35 km apart but join through b at 25.1 km', () => {
    expect(groups(25.1)[0]).toContain('c');
  });

  it('marks clusters across a Land border', () => {
    const [c] = findClusters(line, 201).clusters;
    expect(c.lands).toEqual(['DE-BY', 'DE-SN']);
    expect(c.crossBorder).toBe(true);
    expect(findClusters(line, 25.1).clusters[0].crossBorder).toBe(false);
  });

  it('minPoints 3 drops pairs', () => {
    expect(findClusters(line, 10.1, { minPoints: 3 }).clusters).toEqual([]);
  });

  it('numbers clusters by size, largest first', () => {
    const pts: ClusterInput[] = [
      { id: 'x1', coordinates: [6, 51] },
      { id: 'x2', coordinates: east([6, 51], 5) },
      { id: 'y1', coordinates: [12, 48] },
      { id: 'y2', coordinates: east([12, 48], 5) },
      { id: 'y3', coordinates: east([12, 48], 10) },
    ];
    const { clusters } = findClusters(pts, 6);
    expect(clusters.map((c) => [c.id, c.members.length])).toEqual([
      [0, 3],
      [1, 2],
    ]);
  });

  it('real distance: Lemgo and Detmold (10.1 km) cluster at 15 km, not at 9 km', () => {
    const owl: ClusterInput[] = [
      { id: 'lemgo', coordinates: [8.89901, 52.02786] },
      { id: 'detmold', coordinates: [8.87318, 51.93855] },
    ];
    expect(findClusters(owl, 15).clusters).toHaveLength(1);
    expect(findClusters(owl, 9).clusters).toHaveLength(0);
  });

  it('counts projects and dominant tags', () => {
    const pts: ClusterInput[] = [
      { id: 'p1', coordinates: [10, 50], tags: ['Hochschule', 'Verein'] },
      { id: 'p2', coordinates: east([10, 50], 3), tags: ['Hochschule'] },
      { id: 'a1', coordinates: east([10, 50], 6), kind: 'actor', tags: ['Verein'] },
      { id: 'a2', coordinates: east([10, 50], 9), kind: 'actor', tags: ['Stadtwerke'] },
    ];
    const [c] = findClusters(pts, 5, { topTags: 2 }).clusters;
    expect(c.projects).toBe(2);
    expect(c.dominant).toEqual([
      { tag: 'Hochschule', count: 2 },
      { tag: 'Verein', count: 2 },
    ]);
  });

  it.each([0, -5, Number.NaN, Infinity])('rejects a distance of %s', (km) => {
    expect(() => findClusters(line, km)).toThrow(RangeError);
  });

  it('handles empty input', () => {
    expect(findClusters([], 50)).toEqual({ clusters: [], noise: [] });
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(line);
    findClusters(line, 30);
    expect(JSON.stringify(line)).toBe(before);
  });
});

describe('rankTags', () => {
  it('ranks by count, then name', () => {
    expect(rankTags(['b', 'a', 'b', 'c', 'a', 'b'], 2)).toEqual([
      { tag: 'b', count: 3 },
      { tag: 'a', count: 2 },
    ]);
  });
});

describe('clusterInputs', () => {
  it('tags projects with their partner types; actors only on request and only placed', () => {
    const ds = smallDataset();
    const projects = clusterInputs(ds);
    expect(projects.map((p) => p.id).sort()).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    expect(projects.find((p) => p.id === 'alpha')!.tags).toEqual(
      expect.arrayContaining(['Hochschule', 'kommunale GmbH']),
    );
    const all = clusterInputs(ds, { allActors: true });
    expect(all.some((p) => p.id === 'uni-wue')).toBe(true);
    expect(all.some((p) => p.id === 'unplaced')).toBe(false);
  });
});

describe('cluster fixtures', () => {
  type In = FeatureCollection<Point, { id: string; land?: string; tags?: string[] }> & {
    maxDistanceKm: number;
  };
  fixtureCases<In>('clusters-', (input) => {
    const r = findClusters(
      input.features.map((f) => ({ ...f.properties, coordinates: f.geometry.coordinates })),
      input.maxDistanceKm,
      { hull: { steps: 4 } },
    );
    return {
      type: 'FeatureCollection',
      noise: r.noise,
      features: r.clusters.map((c) => ({
        type: 'Feature',
        properties: { ...c, hull: c.hull?.shape ?? null },
        geometry: c.hull?.geometry ?? null,
      })),
    };
  });
});
