import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  anchorBox,
  boxesOverlap,
  labelBudget,
  labelText,
  LABEL_MAX_CHARS,
  moveLabels,
  placeLabels,
  staticLabelOrder,
  wrapLabel,
  type LabelInput,
  type PlacedLabel,
} from '../../../src/lib/graph/labels';

/** Text width as a monospace font would have it: 7 px a character (8 px bold). */
const measure = (text: string, strong: boolean) => text.length * (strong ? 8 : 7);

interface Layout {
  xs: number[];
  ys: number[];
  rs: number[];
  names: string[];
}

function input(l: Layout, extra: Partial<LabelInput> = {}): LabelInput {
  const n = l.xs.length;
  return {
    n,
    names: l.names,
    screenX: (i) => l.xs[i],
    screenY: (i) => l.ys[i],
    screenR: (i) => l.rs[i],
    width: 800,
    height: 600,
    order: Uint32Array.from({ length: n }, (_, i) => i),
    measure,
    ...extra,
  };
}

function expectNoOverlap(labels: readonly PlacedLabel[], width = 800, height = 600): void {
  for (let a = 0; a < labels.length; a++) {
    const b = labels[a].box;
    expect(b[0]).toBeGreaterThanOrEqual(0);
    expect(b[1]).toBeGreaterThanOrEqual(0);
    expect(b[2]).toBeLessThanOrEqual(width);
    expect(b[3]).toBeLessThanOrEqual(height);
    for (let c = a + 1; c < labels.length; c++)
      expect(boxesOverlap(b, labels[c].box), `${labels[a].text} × ${labels[c].text}`).toBe(false);
  }
}

const layoutArb = fc.integer({ min: 1, max: 400 }).chain((n) =>
  fc.record({
    xs: fc.array(fc.double({ min: -50, max: 850, noNaN: true }), { minLength: n, maxLength: n }),
    ys: fc.array(fc.double({ min: -50, max: 650, noNaN: true }), { minLength: n, maxLength: n }),
    rs: fc.array(fc.double({ min: 1, max: 20, noNaN: true }), { minLength: n, maxLength: n }),
    names: fc.array(fc.string({ minLength: 0, maxLength: 50 }), { minLength: n, maxLength: n }),
  }),
);

describe('placeLabels', () => {
  it('never overlaps and stays inside the viewport (random layouts)', () => {
    fc.assert(
      fc.property(layoutArb, fc.integer({ min: 0, max: 5 }), (l, mustCount) => {
        const must = Array.from({ length: Math.min(mustCount, l.xs.length) }, (_, i) => i);
        const placed = placeLabels(input(l, { must }));
        expectNoOverlap(placed);
        // Each node at most once.
        expect(new Set(placed.map((p) => p.i)).size).toBe(placed.length);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the no-overlap promise while a gesture zooms out (moveLabels)', () => {
    fc.assert(
      fc.property(layoutArb, fc.double({ min: 0.1, max: 3, noNaN: true }), (l, s) => {
        const placed = placeLabels(input(l));
        // Zoom about the centre by s.
        const moved = moveLabels(
          placed,
          (i) => 400 + (l.xs[i] - 400) * s,
          (i) => 300 + (l.ys[i] - 300) * s,
          (i) => l.rs[i],
          800,
          600,
        );
        expectNoOverlap(moved);
        expect(moved.length).toBeLessThanOrEqual(placed.length);
      }),
      { numRuns: 200 },
    );
  });

  it('names the selection first even in a dense clump, and drops the rest that collide', () => {
    // 30 nodes on one spot: only a few fit around it.
    const n = 30;
    const l: Layout = {
      xs: Array(n).fill(400),
      ys: Array(n).fill(300),
      rs: Array(n).fill(5),
      names: Array.from({ length: n }, (_, i) => `Knoten ${i}`),
    };
    const placed = placeLabels(input(l, { must: [17] }));
    expect(placed[0]).toMatchObject({ i: 17, strong: true, rank: 0, anchor: 'right' });
    expect(placed.length).toBeLessThanOrEqual(8); // one per anchor at most
    expectNoOverlap(placed);
  });

  // blocked sides (as obstacles), expected anchor
  const anchors: [string, [number, number, number, number][], string | null][] = [
    ['nothing in the way', [], 'right'],
    ['right blocked', [[305, 294, 800, 306]], 'left'],
    [
      'both sides blocked',
      [
        [305, 294, 800, 306],
        [0, 294, 295, 306],
      ],
      'top',
    ],
    [
      'all but below',
      [
        [305, 294, 800, 306],
        [0, 294, 295, 306],
        [0, 0, 800, 296],
      ],
      'bottom',
    ],
    [
      'only the upper right corner free',
      [
        [0, 296, 800, 600],
        [0, 0, 302, 600],
      ],
      'top-right',
    ],
    [
      'no room anywhere',
      [
        [0, 0, 800, 296],
        [0, 304, 800, 600],
        [0, 0, 296, 600],
        [304, 0, 800, 600],
      ],
      null,
    ],
  ];
  it.each(anchors)(
    'tries right, left, top, bottom, then the diagonals: %s',
    (_name, obstacles, anchor) => {
      const l: Layout = { xs: [300], ys: [300], rs: [4], names: ['Alpha'] };
      expect(placeLabels(input(l, { obstacles }))[0]?.anchor ?? null).toBe(anchor);
    },
  );

  // name, layout, options, expected labelled indices
  const cases: [string, Layout, Partial<LabelInput>, number[]][] = [
    [
      'hidden nodes are never named',
      { xs: [100, 400], ys: [100, 400], rs: [4, 4], names: ['A', 'B'] },
      { hidden: Uint8Array.from([1, 0]), must: [0] },
      [1],
    ],
    [
      'off-screen nodes are not named',
      { xs: [-20, 400], ys: [100, 400], rs: [4, 4], names: ['A', 'B'] },
      {},
      [1],
    ],
    [
      'tiny dots are named only when important',
      { xs: [100, 400, 600], ys: [100, 400, 200], rs: [1, 1, 1], names: ['A', 'B', 'C'] },
      { importantCount: 1, near: [2] },
      [2, 0],
    ],
    [
      'the budget caps the count',
      { xs: [100, 300, 500], ys: [100, 300, 500], rs: [4, 4, 4], names: ['A', 'B', 'C'] },
      { budget: 2 },
      [0, 1],
    ],
    [
      'an empty name gets no label',
      { xs: [100, 300], ys: [100, 300], rs: [4, 4], names: ['', 'B'] },
      {},
      [1],
    ],
    [
      'obstacles keep labels off (a group name)',
      { xs: [100], ys: [100], rs: [4], names: ['A'] },
      { obstacles: [[0, 0, 800, 600]] },
      [],
    ],
  ];
  it.each(cases)('%s', (_name, l, extra, expected) => {
    expect(placeLabels(input(l, extra)).map((p) => p.i)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const l: Layout = { xs: [1, 2], ys: [3, 4], rs: [5, 6], names: ['a', 'b'] };
    const order = Uint32Array.from([1, 0]);
    const copy = structuredClone({ ...l, order: Array.from(order) });
    placeLabels(input(l, { order }));
    expect({ ...l, order: Array.from(order) }).toEqual(copy);
  });

  it('at 20,000 nodes tries at most maxCandidates of them', () => {
    const n = 20_000;
    let reads = 0;
    const placed = placeLabels({
      n,
      names: Array.from({ length: n }, (_, i) => `Partner ${i}`),
      screenX: (i) => {
        reads++;
        return (i * 37) % 800;
      },
      screenY: (i) => (i * 53) % 600,
      screenR: () => 3,
      width: 800,
      height: 600,
      order: Uint32Array.from({ length: n }, (_, i) => i),
      measure,
      maxCandidates: 500,
    });
    expectNoOverlap(placed);
    // Two reads per tried candidate (visibility, then placement), plus the rest's visibility check.
    expect(reads).toBeLessThanOrEqual(2 * n);
    expect(placed.length).toBeLessThanOrEqual(labelBudget(800, 600));
  });
});

describe('anchorBox and helpers', () => {
  it('puts the box beside, above or below the node, clear of its radius', () => {
    expect(anchorBox('right', 100, 100, 10, 40, 16)).toEqual([113, 92, 153, 108]);
    expect(anchorBox('left', 100, 100, 10, 40, 16)).toEqual([47, 92, 87, 108]);
    expect(anchorBox('top', 100, 100, 10, 40, 16)).toEqual([80, 71, 120, 87]);
    expect(anchorBox('bottom', 100, 100, 10, 40, 16)).toEqual([80, 113, 120, 129]);
  });
  it('cuts long names with an ellipsis', () => {
    const long = 'x'.repeat(60);
    expect(labelText(long)).toHaveLength(LABEL_MAX_CHARS);
    expect(labelText(long).endsWith('…')).toBe(true);
    expect(labelText('Kassel')).toBe('Kassel');
  });
  it('budget grows with the viewport, within bounds', () => {
    expect(labelBudget(100, 100)).toBe(4);
    expect(labelBudget(1100, 800)).toBe(73);
    expect(labelBudget(4000, 3000)).toBe(120);
  });
});

describe('staticLabelOrder', () => {
  it('projects and shared partners first by degree, then the rest by degree', () => {
    // 0, 1 projects; 2 partner of both (shared); 3 partner of 0 only; 4 member of 1; 5 isolated.
    const g = {
      n: 6,
      kind: [0, 0, 2, 2, 1, 2],
      edgeSource: [0, 1, 0, 1, 0],
      edgeTarget: [2, 2, 3, 4, 1],
      degree: [0, 0, 0, 0, 0, 0],
    };
    for (let e = 0; e < g.edgeSource.length; e++) {
      g.degree[g.edgeSource[e]]++;
      g.degree[g.edgeTarget[e]]++;
    }
    const { order, important } = staticLabelOrder(g);
    expect(Array.from(order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(important).toBe(3);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['Kassel', ['Kassel']],
    ['Otto-Friedrich-Universität Bamberg', ['Otto-Friedrich-', 'Universität Bamberg']],
    ['Landkreis Wunsiedel im Fichtelgebirge', ['Landkreis Wunsiedel', 'im Fichtelgebirge']],
    ['Donaudampfschifffahrtsgesellschaft', ['Donaudampfschifffahrtsgesellschaft']],
    ['Gemeinde Ringelai und Ilzer Land', ['Gemeinde Ringelai', 'und Ilzer Land']],
  ])('%s', (text, lines) => {
    expect(wrapLabel(text)).toEqual(lines);
  });
  it('never more than two lines, and nothing lost', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (t) => {
        const lines = wrapLabel(t);
        expect(lines.length).toBeLessThanOrEqual(2);
        expect(lines.join('').replace(/\s/g, '')).toBe(t.replace(/\s/g, ''));
      }),
    );
  });
});
