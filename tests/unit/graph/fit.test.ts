import { describe, expect, it } from 'vitest';
import { fitBounds, nodeBounds, sameView, type Bounds } from '../../../src/lib/graph/fit';

const screen = (v: { k: number; x: number; y: number }, x: number, y: number) => [
  x * v.k + v.x,
  y * v.k + v.y,
];

describe('nodeBounds', () => {
  const positions = [0, 0, 10, 20, -30, 5, 100, 100];
  const radius = [1, 2, 3, 4];
  // name, options, expected
  const cases: [string, Parameters<typeof nodeBounds>[2], Bounds | null][] = [
    ['every node, grown by radius', {}, [-33, -1, 104, 104]],
    ['a set of nodes', { indices: [0, 1] }, [-1, -1, 12, 22]],
    ['hidden nodes left out', { hidden: [0, 0, 0, 1] }, [-33, -1, 12, 22]],
    ['indices and hidden together', { indices: [2, 3], hidden: [0, 0, 0, 1] }, [-33, 2, -27, 8]],
    ['an empty set', { indices: [] }, null],
    ['everything hidden', { hidden: [1, 1, 1, 1] }, null],
  ];
  it.each(cases)('%s', (_name, options, expected) => {
    expect(nodeBounds(positions, radius, options)).toEqual(expected);
  });

  it('skips non-finite positions', () => {
    expect(nodeBounds([NaN, 0, 5, 5], null)).toEqual([5, 5, 5, 5]);
  });
});

describe('fitBounds', () => {
  // name, bounds, width, height, expected k
  const cases: [string, Bounds, number, number, number][] = [
    ['wide box in a square pane: width decides', [-100, -10, 100, 10], 264, 264, 1],
    ['tall box: height decides', [0, 0, 10, 400], 1000, 464, 1],
    ['the layout square', [-500, -500, 500, 500], 1064, 864, 0.8],
  ];
  it.each(cases)('%s', (_name, b, w, h, k) => {
    const v = fitBounds(b, w, h);
    expect(v.k).toBeCloseTo(k, 9);
    // Every corner inside the pane with the 32 px margin.
    for (const [x, y] of [
      [b[0], b[1]],
      [b[2], b[3]],
    ]) {
      const [sx, sy] = screen(v, x, y);
      expect(sx).toBeGreaterThanOrEqual(32 - 1e-9);
      expect(sx).toBeLessThanOrEqual(w - 32 + 1e-9);
      expect(sy).toBeGreaterThanOrEqual(32 - 1e-9);
      expect(sy).toBeLessThanOrEqual(h - 32 + 1e-9);
    }
    // Centred.
    const [cx, cy] = screen(v, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
    expect(cx).toBeCloseTo(w / 2, 9);
    expect(cy).toBeCloseTo(h / 2, 9);
  });

  it('one node (zero-size box) takes maxK and sits in the middle', () => {
    const v = fitBounds([5, 5, 5, 5], 800, 600, { maxK: 4 });
    expect(v.k).toBe(4);
    expect(screen(v, 5, 5)).toEqual([400, 300]);
  });

  it('keeps room on the right for labels', () => {
    const v = fitBounds([0, 0, 100, 100], 600, 400, { padding: 20, paddingRight: 200 });
    const [right] = screen(v, 100, 0);
    expect(right).toBeLessThanOrEqual(600 - 20 - 200 + 1e-9);
  });

  it('respects minK and maxK', () => {
    expect(fitBounds([0, 0, 1e6, 1e6], 800, 600, { minK: 0.05 }).k).toBe(0.05);
    expect(fitBounds([0, 0, 1, 1], 800, 600, { maxK: 3 }).k).toBe(3);
  });

  it('a pane smaller than the margins still gives a finite view', () => {
    const v = fitBounds([0, 0, 10, 10], 10, 10);
    expect(Number.isFinite(v.k) && v.k > 0).toBe(true);
  });
});

describe('sameView', () => {
  it('ignores sub-pixel and sub-permille differences', () => {
    expect(sameView({ k: 1, x: 0, y: 0 }, { k: 1.0005, x: 0.4, y: -0.4 })).toBe(true);
    expect(sameView({ k: 1, x: 0, y: 0 }, { k: 1, x: 1, y: 0 })).toBe(false);
  });
});
