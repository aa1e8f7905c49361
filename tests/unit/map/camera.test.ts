import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import {
  fitPadding,
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
