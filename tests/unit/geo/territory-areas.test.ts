/**
 * Consortium areas as dissolved territory (issue 13), on a hand-made Gemeinde topology:
 *
 *   A B   C        A, B adjacent squares in Kreis 09471 (Verband 094715001 is A + B),
 *   D              D below A in Kreis 09472; C far east in Kreis 09473.
 *
 * Squares are 0.1° wide; the topology is built with topojson-server and quantised as the
 * build script does, so shared borders are shared arcs.
 */
import { describe, expect, it } from 'vitest';
import { area, booleanPointInPolygon, point } from '@turf/turf';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import {
  decodeGemeinden,
  dissolve,
  gemeindeBorders,
  gemeindenOf,
} from '../../../src/lib/geo/admin-areas';
import { territoryArea, territoryAreas } from '../../../src/lib/geo/territory-areas';

function square(id: string, x: number, y: number): Feature<Polygon> {
  const s = 0.1;
  return {
    type: 'Feature',
    id,
    properties: null,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + s, y],
          [x + s, y + s],
          [x, y + s],
          [x, y],
        ],
      ],
    },
  };
}

const gemeinden: FeatureCollection<Polygon> = {
  type: 'FeatureCollection',
  features: [
    square('094715001111', 10.0, 50.0), // A: AGS 09471111
    square('094715001222', 10.1, 50.0), // B: AGS 09471222, adjacent to A
    square('094730000333', 12.0, 50.0), // C: AGS 09473333, far away
    square('094720000444', 10.0, 49.9), // D: AGS 09472444, below A, another Kreis
  ],
};
const admin = decodeGemeinden(
  JSON.parse(JSON.stringify(quantize(topology({ gemeinden }) as never, 1e5))),
);
const gemeindenBefore = JSON.stringify(gemeinden);

const km2 = (g: Parameters<typeof area>[0]) => area(g) / 1e6;

describe('gemeindenOf', () => {
  it.each([
    ['09471111', [0]],
    ['9471111', [0]],
    ['094715001111', [0]],
    ['094715001', [0, 1]],
    ['09471', [0, 1]],
    ['09', [0, 1, 2, 3]],
    ['09471999', []],
    ['Bamberg', []],
  ])('%s → %j', (key, out) => expect(gemeindenOf(admin, key)).toEqual(out));
});

describe('dissolve', () => {
  it('merges adjacent Gemeinden into one polygon without slivers', () => {
    const g = dissolve(admin, [0, 1])!;
    expect(g.coordinates).toHaveLength(1); // one part
    expect(g.coordinates[0]).toHaveLength(1); // no hole, no sliver ring
    const sum = km2(dissolve(admin, [0])!) + km2(dissolve(admin, [1])!);
    expect(km2(g)).toBeCloseTo(sum, 6);
  });
  it('keeps far-apart Gemeinden separate', () => {
    expect(dissolve(admin, [0, 2])!.coordinates).toHaveLength(2);
  });
  it('returns null for nothing', () => {
    expect(dissolve(admin, [])).toBeNull();
  });
});

describe('territoryArea', () => {
  it('is the union of the members’ Gemeinden and Kreise', () => {
    const f = territoryArea(admin, {
      id: 'p',
      name: 'P',
      members: [
        { id: 'a', key: '09471111' },
        { id: 'b', key: '09471222' },
        { id: 'd', key: '09472' },
      ],
    })!;
    expect(f.properties).toMatchObject({ shape: 'territory', members: 3, parts: 1, fallback: [] });
    for (const p of [
      [10.05, 50.05],
      [10.15, 50.05],
      [10.05, 49.95],
    ])
      expect(booleanPointInPolygon(point(p), f), String(p)).toBe(true);
    expect(booleanPointInPolygon(point([10.15, 49.95]), f)).toBe(false);
  });
  it('draws far-apart members as separate parts', () => {
    const f = territoryArea(admin, {
      id: 'p',
      name: 'P',
      members: [
        { id: 'a', key: '09471111' },
        { id: 'c', key: '09473333' },
      ],
    })!;
    expect(f.properties.parts).toBe(2);
    expect(km2(f)).toBeLessThan(3 * km2(dissolve(admin, [0])!));
  });
  it('falls back to a circle for a member without a polygon, for that member only', () => {
    const f = territoryArea(
      admin,
      {
        id: 'p',
        name: 'P',
        members: [
          { id: 'a', key: '09471111' },
          { id: 'x', position: [11, 50.05] }, // no key
          { id: 'y', key: '09999999', position: [11.5, 50.05] }, // a key the file lacks
        ],
      },
      { bufferKm: 3 },
    )!;
    expect(f.properties).toMatchObject({ shape: 'mixed', members: 3, parts: 3 });
    expect(f.properties.fallback).toEqual(['x', 'y']);
    expect(booleanPointInPolygon(point([11, 50.05]), f)).toBe(true);
    expect(booleanPointInPolygon(point([11.02, 50.05]), f)).toBe(true); // ~1.4 km east
    expect(booleanPointInPolygon(point([11.08, 50.05]), f)).toBe(false); // ~5.7 km east
    // The member with a polygon is its Gemeinde, not a circle.
    expect(booleanPointInPolygon(point([10.09, 50.09]), f)).toBe(true);
  });
  it('merges a circle that overlaps a member’s Gemeinde into one part', () => {
    const f = territoryArea(
      admin,
      {
        id: 'p',
        name: 'P',
        members: [
          { id: 'a', key: '09471111' },
          { id: 'x', position: [10.1, 50.05] },
        ],
      },
      { bufferKm: 3 },
    )!;
    expect(f.properties.parts).toBe(1);
  });
  it('gives no area without members, or for one member without a polygon', () => {
    expect(territoryArea(admin, { id: 'p', name: 'P', members: [] })).toBeNull();
    expect(
      territoryArea(admin, { id: 'p', name: 'P', members: [{ id: 'x', position: [11, 50] }] }),
    ).toBeNull();
  });
  it('does not mutate its input', () => {
    const input = { id: 'p', name: 'P', members: [{ id: 'a', key: '09471' }] };
    const before = JSON.stringify(input);
    territoryAreas(admin, [input]);
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.stringify(gemeinden)).toBe(gemeindenBefore);
  });
});

describe('gemeindeBorders', () => {
  it('draws borders inside a Kreis at Gemeinde level and between Kreise at Kreis level', () => {
    // A|B is inside Kreis 09471; A/D is between Kreise 09471 and 09472.
    expect(gemeindeBorders(admin, 'gemeinde').coordinates).toHaveLength(1);
    expect(gemeindeBorders(admin, 'kreis').coordinates).toHaveLength(1);
  });
});
