import { describe, expect, it } from 'vitest';
import { area, booleanPointInPolygon, point } from '@turf/turf';
import type { FeatureCollection, Point, Position } from 'geojson';
import { farthestPair, hullOf, type HullShape } from '../../../src/lib/geo/hulls';
import { fixtureCases } from './analysis-fixtures';

const inside = (h: NonNullable<ReturnType<typeof hullOf>>, p: Position) =>
  booleanPointInPolygon(point(p), h.geometry);

describe('hullOf: shape by input', () => {
  it.each<[string, Position[], HullShape | null]>([
    ['no point', [], null],
    ['one point', [[10, 50]], 'circle'],
    [
      'one point repeated',
      [
        [10, 50],
        [10, 50],
        [10, 50],
      ],
      'circle',
    ],
    [
      'two points',
      [
        [10, 50],
        [10.5, 50.2],
      ],
      'line',
    ],
    [
      'three collinear points',
      [
        [10, 50],
        [10.2, 50],
        [10.1, 50],
      ],
      'line',
    ],
    [
      'collinear, diagonal',
      [
        [10, 50],
        [10.1, 50.1],
        [10.3, 50.3],
      ],
      'line',
    ],
    [
      'triangle',
      [
        [10, 50],
        [10.4, 50],
        [10.2, 50.3],
      ],
      'convex',
    ],
  ])('%s → %s', (_, ps, shape) => {
    expect(hullOf(ps)?.shape ?? null).toBe(shape);
  });

  it('contains every input point, for every shape', () => {
    const sets: Position[][] = [
      [[10, 50]],
      [
        [10, 50],
        [10.5, 50.2],
      ],
      [
        [10, 50],
        [10.2, 50],
        [10.4, 50],
      ],
      [
        [10, 50],
        [10.4, 50],
        [10.2, 50.3],
        [10.2, 50.1],
      ],
    ];
    for (const ps of sets) {
      const h = hullOf(ps)!;
      for (const p of ps) expect(inside(h, p)).toBe(true);
    }
  });

  it('the buffer sets the size of a circle', () => {
    const small = area(hullOf([[10, 50]], { bufferKm: 5 })!.geometry);
    const big = area(hullOf([[10, 50]], { bufferKm: 10 })!.geometry);
    // π r²: 78.5 km² and 314 km² (the polygonal circle is a little smaller).
    expect(small / 1e6).toBeGreaterThan(70);
    expect(small / 1e6).toBeLessThan(79);
    expect(big / small).toBeCloseTo(4, 1);
  });

  it('uses the concave hull for an L-shape with a short maximum edge, convex without limit', () => {
    // A thick L: two rows along 50°N, two columns along 10°E, ~5 km apart.
    const l: Position[] = [];
    for (let i = 0; i <= 6; i++) l.push([10 + i * 0.07, 50], [10 + i * 0.07, 50.05]);
    for (let j = 2; j <= 6; j++) l.push([10, 50 + j * 0.05], [10.07, 50 + j * 0.05]);
    const concave = hullOf(l, { maxEdgeKm: 12, bufferKm: 1 })!;
    const convex = hullOf(l, { maxEdgeKm: Infinity, bufferKm: 1 })!;
    expect(concave.shape).toBe('concave');
    expect(convex.shape).toBe('convex');
    expect(area(concave.geometry)).toBeLessThan(area(convex.geometry));
    for (const p of l) expect(inside(concave, p)).toBe(true);
  });

  it('falls back to convex when the concave hull would fall apart', () => {
    // Two far groups: a 20 km maximum edge splits them.
    const ps: Position[] = [
      [10, 50],
      [10.05, 50],
      [10.02, 50.04],
      [11, 50],
      [11.05, 50],
      [11.02, 50.04],
    ];
    expect(hullOf(ps, { maxEdgeKm: 20 })!.shape).toBe('convex');
  });

  it('does not mutate its input', () => {
    const ps: Position[] = [
      [10, 50],
      [10.4, 50],
      [10.2, 50.3],
    ];
    const before = JSON.stringify(ps);
    hullOf(ps);
    expect(JSON.stringify(ps)).toBe(before);
  });

  it('farthestPair finds the outermost points', () => {
    expect(
      farthestPair([
        [0, 0],
        [1, 0],
        [3, 0],
        [2, 0],
      ]),
    ).toEqual([
      [0, 0],
      [3, 0],
    ]);
  });
});

describe('hull fixtures', () => {
  fixtureCases<FeatureCollection<Point> & { maxEdgeKm?: number }>('hulls-', (input) => {
    const h = hullOf(
      input.features.map((f) => f.geometry.coordinates),
      { bufferKm: 5, maxEdgeKm: input.maxEdgeKm ?? 60, steps: 4 },
    );
    return {
      type: 'FeatureCollection',
      features: h
        ? [{ type: 'Feature', properties: { shape: h.shape }, geometry: h.geometry }]
        : [],
    };
  });
});
