import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  formatMetric,
  localMetrics,
  type MetricsGraph,
} from '../../../src/lib/graph/metrics';

function graph(n: number, edges: [number, number][], kind?: number[]): MetricsGraph {
  return {
    n,
    kind: kind ?? Array(n).fill(2),
    edgeSource: edges.map((e) => e[0]),
    edgeTarget: edges.map((e) => e[1]),
  };
}

const round = (a: ArrayLike<number> | null) =>
  a ? Array.from(a, (x) => Math.round(x * 1e6) / 1e6) : a;

describe('computeMetrics on graphs with known answers', () => {
  it('a star of 5: the centre lies on every path', () => {
    // 0 is the centre of 1..4.
    const m = computeMetrics(
      graph(5, [
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
      ]),
    );
    expect(round(m.degree)).toEqual([4, 1, 1, 1, 1]);
    // Centre: all C(4,2) = 6 leaf pairs pass through it; normalised by C(4,2) = 6 → 1.
    expect(round(m.betweenness)).toEqual([1, 0, 0, 0, 0]);
    // Centre: distance 1 to all 4 → 1. Leaf: 1 + 2·3 = 7 over 4 → 4/7.
    expect(round(m.closeness)).toEqual(
      [1, 4 / 7, 4 / 7, 4 / 7, 4 / 7].map((x) => Math.round(x * 1e6) / 1e6),
    );
  });

  it('a path of 4: the inner nodes share the paths', () => {
    const m = computeMetrics(
      graph(4, [
        [0, 1],
        [1, 2],
        [2, 3],
      ]),
    );
    expect(round(m.degree)).toEqual([1, 2, 2, 1]);
    // Node 1 lies on 0–2 and 0–3: 2 of C(3,2) = 3 pairs → 2/3.
    expect(round(m.betweenness)).toEqual(
      [0, 2 / 3, 2 / 3, 0].map((x) => Math.round(x * 1e6) / 1e6),
    );
    // Node 0: distances 1 + 2 + 3 = 6 → 3/6; node 1: 1 + 1 + 2 = 4 → 3/4.
    expect(round(m.closeness)).toEqual([0.5, 0.75, 0.75, 0.5]);
  });

  it('a barbell: two triangles joined by one bridge; the bridge ends carry the traffic', () => {
    // Triangles {0,1,2} and {3,4,5}, bridge 2–3.
    const m = computeMetrics(
      graph(6, [
        [0, 1],
        [1, 2],
        [0, 2],
        [3, 4],
        [4, 5],
        [3, 5],
        [2, 3],
      ]),
    );
    expect(round(m.degree)).toEqual([2, 2, 3, 3, 2, 2]);
    // Node 2 is on every path from {0,1} to {3,4,5} (6 pairs) and on none else;
    // C(5,2) = 10 pairs of other nodes → 0.6.
    expect(round(m.betweenness)).toEqual([0, 0, 0.6, 0.6, 0, 0]);
    expect(m.betweenness![0]).toBe(0);
  });

  it('two separate components: closeness scaled by the share reached (Wasserman–Faust)', () => {
    // Pair 0–1 and a separate pair 2–3: each node reaches 1 of 3 others at distance 1.
    const m = computeMetrics(
      graph(4, [
        [0, 1],
        [2, 3],
      ]),
    );
    expect(round(m.closeness)).toEqual(
      [1 / 3, 1 / 3, 1 / 3, 1 / 3].map((x) => Math.round(x * 1e6) / 1e6),
    );
  });

  it('weighted degree: 1 per edge plus its documents; projects counted per actor', () => {
    // 0, 1 projects; 2 a partner of both, one relation with 2 documents.
    const g = {
      ...graph(
        3,
        [
          [0, 2],
          [1, 2],
        ],
        [0, 0, 2],
      ),
      edgeDocuments: [2, 0],
    };
    const m = computeMetrics(g);
    expect(Array.from(m.weightedDegree)).toEqual([3, 1, 4]);
    expect(Array.from(m.projects)).toEqual([0, 0, 2]);
  });

  it('parallel edges and self-loops count once (simple graph)', () => {
    const m = computeMetrics(
      graph(2, [
        [0, 1],
        [1, 0],
        [0, 0],
      ]),
    );
    expect(Array.from(m.degree)).toEqual([1, 1]);
  });

  it('skips betweenness and closeness above the limit', () => {
    const m = computeMetrics(graph(3, [[0, 1]]), { pathLimit: 2 });
    expect(m.betweenness).toBeNull();
    expect(m.closeness).toBeNull();
    expect(Array.from(m.degree)).toEqual([1, 1, 0]);
  });

  it('an empty graph gives empty measures', () => {
    const m = computeMetrics(graph(0, []));
    expect(m.degree).toHaveLength(0);
    expect(m.betweenness).toHaveLength(0);
  });

  it('does not mutate its input', () => {
    const g = graph(3, [
      [0, 1],
      [1, 2],
    ]);
    const copy = structuredClone(g);
    computeMetrics(g);
    expect(g).toEqual(copy);
  });
});

describe('formatMetric', () => {
  it.each([
    ['degree', 12, 'de', '12'],
    ['weightedDegree', 1234, 'de', '1.234'],
    ['betweenness', 0.12345, 'de', '0,123'],
    ['closeness', 0.5, 'en', '0.500'],
  ] as const)('%s %s (%s) → %s', (metric, value, lang, text) => {
    expect(formatMetric(metric, value, lang)).toBe(text);
  });
});

describe('localMetrics (above the path-measure limit)', () => {
  it('gives the same degree, weighted degree and projects as the graphology path', () => {
    // A seeded multigraph with parallel edges (both directions), self-loops and documents.
    let seed = 7;
    const rand = (k: number) => (seed = (seed * 16807) % 2147483647) % k;
    const n = 300;
    const edges: [number, number][] = [];
    const docs: number[] = [];
    for (let e = 0; e < 1200; e++) {
      edges.push([rand(n), rand(n)]);
      docs.push(rand(3));
    }
    const kind = Array.from({ length: n }, (_, i) => (i < 20 ? 0 : 1 + (i % 2)));
    const g = { ...graph(n, edges, kind), edgeDocuments: docs };
    const full = computeMetrics(g);
    const local = localMetrics(g);
    expect(Array.from(local.degree)).toEqual(Array.from(full.degree));
    expect(Array.from(local.weightedDegree)).toEqual(Array.from(full.weightedDegree));
    expect(Array.from(local.projects)).toEqual(Array.from(full.projects));
    const skipped = computeMetrics(g, { pathLimit: 10 });
    expect(Array.from(skipped.degree)).toEqual(Array.from(full.degree));
    expect(skipped.betweenness).toBeNull();
  });
});
