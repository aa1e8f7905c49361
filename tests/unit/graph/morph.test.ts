import { describe, expect, it } from 'vitest';
import { MORPH_STAGGER, morphFrame, morphProgress } from '../../../src/lib/graph/morph';

describe('morphProgress', () => {
  // t, kind, expected
  const cases: [number, number, number][] = [
    [0, 0, 0],
    [1, 0, 1],
    [1, 2, 1],
    [MORPH_STAGGER, 2, 0], // partners have not started yet
    [0.5 * (1 - MORPH_STAGGER), 0, 0.5], // projects halfway (ease is symmetric)
    [-1, 0, 0],
    [2, 1, 1],
  ];
  it.each(cases)('t=%s kind=%s → %s', (t, kind, u) => {
    expect(morphProgress(t, kind)).toBeCloseTo(u, 9);
  });

  it('projects lead, partners trail', () => {
    const t = 0.4;
    expect(morphProgress(t, 0)).toBeGreaterThan(morphProgress(t, 1));
    expect(morphProgress(t, 1)).toBeGreaterThan(morphProgress(t, 2));
  });
});

describe('morphFrame', () => {
  const from = Float32Array.from([0, 0, 10, 10, NaN, NaN]);
  const to = Float32Array.from([100, 0, 10, -10, 7, 8]);
  const kind = [0, 2, 1];

  it('starts at from, ends at to', () => {
    expect(Array.from(morphFrame(from, to, kind, 0))).toEqual([0, 0, 10, 10, 7, 8]);
    expect(Array.from(morphFrame(from, to, kind, 1))).toEqual(Array.from(to));
  });

  it('a node without a start sits at its target', () => {
    const f = morphFrame(from, to, kind, 0.3);
    expect([f[4], f[5]]).toEqual([7, 8]);
  });

  it('writes into the given buffer and leaves the inputs alone', () => {
    const out = new Float32Array(6);
    const fromCopy = Array.from(from);
    const toCopy = Array.from(to);
    expect(morphFrame(from, to, kind, 0.5, out)).toBe(out);
    expect(Array.from(from)).toEqual(fromCopy);
    expect(Array.from(to)).toEqual(toCopy);
  });

  it('moves monotonically along the straight line', () => {
    let last = -1;
    for (let t = 0; t <= 1; t += 0.05) {
      const x = morphFrame(from, to, kind, t)[0];
      expect(x).toBeGreaterThanOrEqual(last);
      last = x;
    }
  });
});
