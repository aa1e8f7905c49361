import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../../src/lib/graph/synthetic';
import { buildGraph } from '../../../src/lib/graph/model';

describe('syntheticGraph', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(syntheticGraph(300, 4, 5)).toEqual(syntheticGraph(300, 4, 5));
    expect(syntheticGraph(300, 4, 5)).not.toEqual(syntheticGraph(300, 4, 6));
  });
  it.each([1_000, 5_000])('%i nodes with 4 edges per node and no dangling edge', (n) => {
    const g = buildGraph(syntheticGraph(n, 4, 1));
    expect(g.n).toBe(n);
    expect(g.edgeSource.length).toBe(4 * n);
  });
});
