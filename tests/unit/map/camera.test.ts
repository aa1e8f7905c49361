import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import {
  boundsInView,
  fitPadding,
  overlayInsets,
  subjectBounds,
  sameCamera,
  selectionBounds,
  type RelationEnds,
} from '../../../src/lib/map/camera';

const positions = new Map<string, Position>([
  ['p', [10, 50]],
  ['m1', [9, 51]],
  ['m2', [11.5, 49.5]],
  ['partner', [13, 52.5]],
  ['peer', [6, 54]],
]);
const rels: RelationEnds[] = [
  { source: 'p', target: 'm1', kind: 'member' },
  { source: 'p', target: 'm2', kind: 'member' },
  { source: 'p', target: 'partner', kind: 'partner' },
  { source: 'p', target: 'peer', kind: 'network' },
  { source: 'p', target: 'nowhere', kind: 'member' },
];

describe('selectionBounds', () => {
  it.each([
    [
      'a project with members and a partner (network peer and unplaced end left out)',
      'p',
      rels,
      [9, 49.5, 13, 52.5],
    ],
    ['a node without relations: a zero-size box on itself', 'p', [], [10, 50, 10, 50]],
    ['an actor: its project, whichever end it is', 'm1', [rels[0]], [9, 50, 10, 51]],
    ['a node with no drawn position', 'nowhere', [rels[4]], null],
  ] as const)('%s', (_, id, relations, expected) => {
    expect(selectionBounds(id, relations, positions)).toEqual(expected);
  });

  it('takes other kinds when asked', () => {
    expect(selectionBounds('p', rels, positions, ['network'])).toEqual([6, 50, 10, 54]);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify([rels, [...positions]]);
    selectionBounds('p', rels, positions);
    expect(JSON.stringify([rels, [...positions]])).toBe(before);
  });
});

describe('sameCamera', () => {
  it.each([
    [null, null, true],
    [{ lng: 10, lat: 50, zoom: 6 }, null, false],
    [null, { lng: 10, lat: 50, zoom: 6 }, false],
    [{ lng: 10, lat: 50, zoom: 6 }, { lng: 10.000001, lat: 49.999999, zoom: 6.001 }, true],
    [{ lng: 10, lat: 50, zoom: 6 }, { lng: 10.0001, lat: 50, zoom: 6 }, false],
    [{ lng: 10, lat: 50, zoom: 6 }, { lng: 10, lat: 50, zoom: 6.01 }, false],
  ])('%o vs %o → %s', (a, b, expected) => {
    expect(sameCamera(a, b)).toBe(expected);
  });
});

describe('fitPadding', () => {
  it.each([
    [1200, 800, 60],
    [300, 200, 40],
    [30, 30, 8],
  ])('%i×%i → %i', (w, h, expected) => {
    expect(fitPadding(w, h)).toBe(expected);
  });
});

describe('subjectBounds', () => {
  const relationsOf = (id: string) => rels.filter((r) => r.source === id || r.target === id);
  it('covers highlighted nodes at their own positions and the selection with its partners', () => {
    expect(subjectBounds(['peer'], 'p', relationsOf, positions)).toEqual([6, 49.5, 13, 54]);
  });
  it('takes highlighted nodes alone, without their relations', () => {
    expect(subjectBounds(['p', 'm1'], null, relationsOf, positions)).toEqual([9, 50, 10, 51]);
  });
  it('skips ids without a position; null when none has one', () => {
    expect(subjectBounds(['nowhere'], null, relationsOf, positions)).toBeNull();
    expect(subjectBounds(['nowhere', 'peer'], null, relationsOf, positions)).toEqual([
      6, 54, 6, 54,
    ]);
  });
});

describe('boundsInView', () => {
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  // At zoom 0 the world is 512 px wide: 1° of longitude is 512/360 ≈ 1.42 px.
  it('is true for a point at the centre and false beyond the edge', () => {
    const cam = { lng: 10, lat: 50, zoom: 6 };
    expect(boundsInView([10, 50, 10, 50], cam, 800, 600, none)).toBe(true);
    // 400 px to the right at zoom 6 is 400 / (512·64/360) ≈ 4.39° east.
    expect(boundsInView([14.3, 50, 14.3, 50], cam, 800, 600, none)).toBe(true);
    expect(boundsInView([14.5, 50, 14.5, 50], cam, 800, 600, none)).toBe(false);
  });
  it('keeps the padding free (the credits over the foot of the map)', () => {
    const cam = { lng: 10, lat: 50, zoom: 6 };
    // A point ~250 px below the centre of a 600-px-high map: in view, but not above a
    // 100-px band of credits.
    const lat = 48.2;
    expect(boundsInView([10, lat, 10, lat], cam, 800, 600, none)).toBe(true);
    expect(boundsInView([10, lat, 10, lat], cam, 800, 600, { ...none, bottom: 100 })).toBe(false);
  });
  it('fits all of Germany (about 414 px wide at zoom 5) on a wide map but not on a 350-px one', () => {
    const de: [number, number, number, number] = [5.9, 47.3, 15.0, 55.1];
    const cam = { lng: 10.45, lat: 51.2, zoom: 5 };
    expect(boundsInView(de, cam, 1200, 1000, none)).toBe(true);
    expect(boundsInView(de, cam, 350, 1000, none)).toBe(false);
  });
});

describe('overlayInsets', () => {
  const map = { left: 0, top: 0, right: 800, bottom: 600 };
  it('is the base padding when nothing lies over the map', () => {
    expect(overlayInsets(map, [], 60)).toEqual({ top: 60, right: 60, bottom: 60, left: 60 });
    // Outside the map (a details column beside it): ignored.
    expect(overlayInsets(map, [{ left: 800, top: 0, right: 1100, bottom: 600 }], 60).right).toBe(
      60,
    );
  });
  it('a band along the whole foot of the map pads the bottom', () => {
    const credits = { left: 0, top: 500, right: 800, bottom: 600 };
    expect(overlayInsets(map, [credits], 60)).toEqual({
      top: 60,
      right: 60,
      bottom: 108,
      left: 60,
    });
  });
  it('a tall legend in the bottom-right corner pads the right, the cheaper side', () => {
    const legend = { left: 600, top: 300, right: 790, bottom: 590 };
    expect(overlayInsets(map, [legend], 60)).toEqual({
      top: 60,
      right: 208,
      bottom: 60,
      left: 60,
    });
    // A wide, low one: the bottom.
    const low = { left: 300, top: 540, right: 790, bottom: 590 };
    expect(overlayInsets(map, [low], 60).bottom).toBe(68);
  });
  it('a small control at the top edge does not exceed the base padding', () => {
    const zoom = { left: 760, top: 10, right: 790, bottom: 70 };
    expect(overlayInsets(map, [zoom], 60)).toEqual({ top: 60, right: 60, bottom: 60, left: 60 });
  });
  it('leaves at least 40 % of each dimension to fit into', () => {
    const huge = [
      { left: 0, top: 0, right: 800, bottom: 400 },
      { left: 0, top: 350, right: 800, bottom: 600 },
    ];
    const p = overlayInsets(map, huge, 60);
    expect(p.top + p.bottom).toBeLessThanOrEqual(600 * 0.6);
    expect(p.top).toBeGreaterThan(p.bottom);
    expect(p.left + p.right).toBeLessThanOrEqual(800 * 0.6);
  });
});
