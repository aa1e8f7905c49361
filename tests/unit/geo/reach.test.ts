import { describe, expect, it } from 'vitest';
import {
  REGIONAL_THRESHOLD_KM,
  allReach,
  distanceKm,
  median,
  projectReach,
} from '../../../src/lib/geo/reach';
import { PLACES, smallDataset } from './analysis-dataset';

describe('distanceKm: known distances within 1 km', () => {
  // Reference: Vincenty's inverse formula on the WGS 84 ellipsoid for the GeoNames positions
  // (data/gazetteer.json); a sphere differs by well under 1 km at these lengths.
  it.each<[string, readonly [number, number], readonly [number, number], number]>([
    ['Bamberg–Würzburg', PLACES.bamberg, PLACES.wuerzburg, 69.28],
    ['Lemgo–Detmold', PLACES.lemgo, PLACES.detmold, 10.09],
    ['Erlangen–Bamberg', PLACES.erlangen, PLACES.bamberg, 35.0],
  ])('%s ≈ %s km', (_, a, b, km) => {
    expect(Math.abs(distanceKm([...a], [...b]) - km)).toBeLessThan(1);
  });

  it('is symmetric and 0 at the same point', () => {
    const a = [...PLACES.bamberg];
    const b = [...PLACES.lemgo];
    expect(distanceKm(a, b)).toBe(distanceKm(b, a));
    expect(distanceKm(a, a)).toBe(0);
  });
});

describe('median', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[5], 5],
    [[3, 1], 2],
    [[9, 1, 5], 5],
    [[4, 1, 3, 2], 2.5],
  ])('median(%j) = %s', (xs, m) => {
    const before = [...xs];
    expect(median(xs)).toBe(m);
    expect(xs).toEqual(before);
  });
});

describe('projectReach', () => {
  it('measures members and partners from the project, nearest first', () => {
    const r = projectReach(smallDataset(), 'alpha')!;
    // Bamberg: member and municipal company at 0 km, the university in Würzburg at 69 km.
    expect(r.entries.map((e) => e.id)).toEqual(['kommune-bamberg', 'stadtwerk-gmbh', 'uni-wue']);
    expect(r.entries[2].km).toBeCloseTo(69.3, 0);
    expect(r.medianKm).toBe(0);
    expect(r.maxKm).toBeCloseTo(69.3, 0);
    expect(r.regionalPartners).toBe(1);
    expect(r.supraRegionalPartners).toBe(1);
  });

  it('leaves out actors not placed at their own seat', () => {
    const r = projectReach(smallDataset(), 'delta')!;
    expect(r.unplaced).toEqual(['unplaced']);
    expect(r.entries.some((e) => e.id === 'unplaced')).toBe(false);
  });

  it('splits at the threshold (inclusive)', () => {
    const ds = smallDataset();
    expect(projectReach(ds, 'alpha', 68)!.supraRegionalPartners).toBe(1);
    expect(projectReach(ds, 'alpha', 71)!.supraRegionalPartners).toBe(0);
    expect(REGIONAL_THRESHOLD_KM).toBe(50);
  });

  it('is null for a non-project and has no median without partners', () => {
    const ds = smallDataset();
    expect(projectReach(ds, 'uni-wue')).toBeNull();
    expect(projectReach(ds, 'nope')).toBeNull();
    const all = allReach(ds);
    expect([...all.keys()].sort()).toEqual(['alpha', 'beta', 'delta', 'gamma']);
  });
});
