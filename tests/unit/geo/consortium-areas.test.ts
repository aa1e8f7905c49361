import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Position } from 'geojson';
import {
  areCollinear,
  consortiumArea,
  consortiumAreas,
  distinctPositions,
} from '../../../src/lib/geo/consortium-areas';
import { spreadDuplicates } from '../../../src/lib/geo/spread-duplicates';

const contains = (area: NonNullable<ReturnType<typeof consortiumArea>>, p: Position) =>
  booleanPointInPolygon(point(p), area);

describe('consortiumArea', () => {
  it.each<[string, Position[], 'hull' | 'line' | 'circle' | null, number]>([
    ['no member', [], null, 0],
    ['one member', [[10, 50]], 'circle', 1],
    [
      'two members',
      [
        [10, 50],
        [10.5, 50.2],
      ],
      'line',
      2,
    ],
    [
      'three members on a line',
      [
        [10, 50],
        [10.2, 50],
        [10.1, 50],
      ],
      'line',
      3,
    ],
    [
      'duplicates only',
      [
        [8, 51],
        [8, 51],
        [8, 51],
      ],
      'circle',
      1,
    ],
    [
      'triangle',
      [
        [10, 50],
        [10.4, 50],
        [10.2, 50.3],
      ],
      'hull',
      3,
    ],
    [
      'triangle with a duplicate',
      [
        [10, 50],
        [10.4, 50],
        [10.2, 50.3],
        [10, 50],
      ],
      'hull',
      3,
    ],
  ])('%s → %s', (_n, ps, shape, members) => {
    const area = consortiumArea('p', 'P', ps, { bufferKm: 3 });
    if (shape === null) return expect(area).toBeNull();
    expect(area?.properties.shape).toBe(shape);
    expect(area?.properties.members).toBe(members);
    for (const p of ps) expect(contains(area!, p)).toBe(true);
  });

  it('the buffer reaches beyond the members (a point 2 km out is inside a 3 km buffer)', () => {
    const area = consortiumArea('p', 'P', [[10, 50]], { bufferKm: 3 })!;
    expect(contains(area, [10, 50.018])).toBe(true); // ~2 km north
    expect(contains(area, [10, 50.05])).toBe(false); // ~5.5 km north
  });

  it('a far point stays outside a hull', () => {
    const area = consortiumArea(
      'p',
      'P',
      [
        [10, 50],
        [10.4, 50],
        [10.2, 50.3],
      ],
      { bufferKm: 1 },
    )!;
    expect(contains(area, [11, 51])).toBe(false);
  });

  it('does not mutate its input', () => {
    const ps: Position[] = [
      [10, 50],
      [10.4, 50],
      [10.2, 50.3],
    ];
    const copy = structuredClone(ps);
    consortiumArea('p', 'P', ps);
    expect(ps).toEqual(copy);
  });
});

describe('helpers', () => {
  it('distinctPositions keeps first-seen order', () => {
    expect(
      distinctPositions([
        [1, 2],
        [3, 4],
        [1, 2],
      ]),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
  it.each<[Position[], boolean]>([
    [
      [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
      true,
    ],
    [
      [
        [0, 0],
        [1, 1],
        [2, 2.1],
      ],
      false,
    ],
    [
      [
        [0, 0],
        [1, 1],
      ],
      true,
    ],
  ])('areCollinear(%j) = %s', (ps, want) => expect(areCollinear(ps)).toBe(want));
});

describe('consortiumAreas', () => {
  const positions = new Map<string, Position>([
    ['a', [10, 50]],
    ['b', [10.3, 50.1]],
    ['c', [10.1, 50.3]],
  ]);
  it('skips single-member projects and unplaced members, keeps the rest', () => {
    const fc = consortiumAreas(
      [
        { id: 'solo', name: 'Solo', members: ['a'] },
        { id: 'trio', name: 'Trio', members: ['a', 'b', 'c', 'missing'] },
        { id: 'ghosts', name: 'Ghosts', members: ['x', 'y'] },
      ],
      positions,
    );
    expect(fc.features.map((f) => f.properties.id)).toEqual(['trio']);
    expect(fc.features[0].id).toBe('trio');
  });
});

describe('spreadDuplicates', () => {
  it('moves co-located actors off a fixed project, onto distinct positions', () => {
    const out = spreadDuplicates(
      [
        { id: 'p', at: [10, 50], fixed: true },
        { id: 'a', at: [10, 50], fixed: false },
        { id: 'b', at: [10, 50], fixed: false },
        { id: 'lonely', at: [11, 51], fixed: false },
      ],
      500,
    );
    expect([...out.keys()].sort()).toEqual(['a', 'b']);
    const [a, b] = [out.get('a')!, out.get('b')!];
    expect(a).not.toEqual(b);
    for (const q of [a, b]) expect(q).not.toEqual([10, 50]);
  });
  it('radius 0 disables spreading', () => {
    expect(
      spreadDuplicates(
        [
          { id: 'a', at: [10, 50], fixed: false },
          { id: 'b', at: [10, 50], fixed: false },
        ],
        0,
      ).size,
    ).toBe(0);
  });
});
