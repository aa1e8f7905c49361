import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import type { ProjectProfile } from '../../../src/lib/geo/nearest';
import {
  meetsCriterion,
  SPOT_CLASSES,
  SPOT_CRITERIA,
  spotClass,
  whiteSpots,
  type SpotArea,
} from '../../../src/lib/geo/white-spots';

const box = (x: number, y: number, s = 0.2): Polygon => ({
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
});
const area = (key: string, x: number, y: number): SpotArea => ({
  key,
  point: [x + 0.1, y + 0.1],
  polygon: box(x, y),
});

describe('spotClass', () => {
  it.each([
    [0, 0],
    [0.1, 1],
    [25, 1],
    [25.1, 2],
    [50, 2],
    [99, 3],
    [100, 3],
    [101, 4],
    [Infinity, SPOT_CLASSES.length],
  ])('%s km → class %s', (km, cls) => expect(spotClass(km)).toBe(cls));
});

describe('whiteSpots', () => {
  const areas = [area('A', 10, 50), area('B', 10.2, 50), area('C', 12, 50)];
  const target = (id: string, coordinates: Position) => ({ id, name: id, coordinates });

  it('is 0 km (class 0) where a project lies inside, else the distance from the reference point', () => {
    const s = whiteSpots(areas, [target('p', [10.05, 50.05])]);
    expect(s[0]).toMatchObject({ key: 'A', km: 0, cls: 0 });
    expect(s[0].nearest?.id).toBe('p');
    // B's centre (10.3, 50.1) to (10.05, 50.05): ~18.6 km.
    expect(s[1].km).toBeGreaterThan(17);
    expect(s[1].km).toBeLessThan(20);
    expect(s[1].cls).toBe(1);
    // C is ~140 km east: farther than the last bound.
    expect(s[2].cls).toBe(SPOT_CLASSES.length);
  });
  it('takes the nearest of several targets', () => {
    const s = whiteSpots(areas, [target('far', [15, 50]), target('near', [12.5, 50.1])]);
    expect(s[2].nearest?.id).toBe('near');
  });
  it('without targets every area is farthest, with no nearest project', () => {
    const s = whiteSpots(areas, []);
    expect(s.map((x) => [x.km, x.cls, x.nearest])).toEqual(
      areas.map(() => [Infinity, SPOT_CLASSES.length, null]),
    );
  });
  it('does not mutate its input', () => {
    const before = JSON.stringify(areas);
    whiteSpots(areas, [target('p', [10.05, 50.05])]);
    expect(JSON.stringify(areas)).toBe(before);
  });
});

describe('meetsCriterion', () => {
  const profile = (over: Partial<ProjectProfile>): ProjectProfile => ({
    id: 'p',
    name: 'P',
    coordinates: [10, 50],
    category: 'x',
    partnerTypes: [],
    members: 1,
    forms: [],
    formVia: {},
    documents: [],
    ...over,
  });
  it('reads forms, documents and organisational forms', () => {
    const p = profile({
      forms: ['hochschule'],
      documents: [{ id: 'd', title: 'T', kind: 'Kooperationsvertrag', link: null }],
    });
    expect(meetsCriterion(p, [], 'any')).toBe(true);
    expect(meetsCriterion(p, [], 'form:hochschule')).toBe(true);
    expect(meetsCriterion(p, [], 'form:digitalagentur')).toBe(false);
    expect(meetsCriterion(p, [], 'document:contract')).toBe(true);
    expect(meetsCriterion(profile({}), [], 'document:any')).toBe(false);
    expect(
      meetsCriterion(
        profile({ documents: [{ id: 'd', title: 'T', kind: 'Publikation', link: null }] }),
        [],
        'document:contract',
      ),
    ).toBe(false);
    expect(meetsCriterion(p, ['Konsortium'], 'org:Gesellschaft')).toBe(true);
    expect(meetsCriterion(p, ['Beirat'], 'org:Gesellschaft')).toBe(false);
  });
  it('lists every criterion once', () => {
    expect(new Set(SPOT_CRITERIA).size).toBe(SPOT_CRITERIA.length);
    expect(SPOT_CRITERIA[0]).toBe('any');
  });
});
