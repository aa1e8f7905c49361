import { describe, expect, it } from 'vitest';
import { buildHitIndex } from '../../../src/lib/graph/hit-test';

const positions = new Float32Array([0, 0, 10, 0, 100, 100]);

describe('buildHitIndex', () => {
  const index = buildHitIndex(positions);
  it.each([
    [1, 1, 5, 0],
    [9, 1, 5, 1],
    [50, 50, 5, -1],
    [95, 95, 10, 2],
  ])('(%d, %d) within %d → %d', (x, y, r, expected) => {
    expect(index.find(x, y, r)).toBe(expected);
  });
  it('skips hidden nodes', () => {
    const hidden = buildHitIndex(positions, new Uint8Array([1, 0, 0]));
    expect(hidden.find(1, 1, 20)).toBe(1);
  });
  it('finds nothing in an empty graph', () => {
    expect(buildHitIndex(new Float32Array(0)).find(0, 0, 100)).toBe(-1);
  });
});
