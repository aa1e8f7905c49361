import { describe, expect, it } from 'vitest';
import { LAYOUT_EXTENT, provisionalLayout } from '../../../src/lib/graph/layout';
import { buildGraph, layoutGraphOf } from '../../../src/lib/graph/model';

const g = layoutGraphOf(
  buildGraph({
    nodes: [
      { id: 'hamburg', type: 'Großstadt', kind: 'project', coordinates: [10.0, 53.55] },
      { id: 'muenchen', type: 'Großstadt', kind: 'project', coordinates: [11.58, 48.14] },
      { id: 'aachen', type: 'Großstadt', kind: 'project', coordinates: [6.08, 50.78] },
      { id: 'dresden', type: 'Großstadt', kind: 'project', coordinates: [13.74, 51.05] },
      { id: 'uni-a', type: 'Hochschule', kind: 'partner', coordinates: [6.08, 50.78] },
      { id: 'uni-b', type: 'Hochschule', kind: 'partner', coordinates: [6.08, 50.78] },
      { id: 'nowhere', type: 'Verein', kind: 'partner' },
    ],
    edges: [],
  }),
);

describe('provisionalLayout (the first frame before the force layout)', () => {
  const p = provisionalLayout(g);
  const at = (i: number) => [p[2 * i], p[2 * i + 1]];

  it('places every node at a finite point within the layout square (plus the unplaced row)', () => {
    for (let i = 0; i < g.n; i++) {
      const [x, y] = at(i);
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.abs(x)).toBeLessThanOrEqual(LAYOUT_EXTENT / 2 + 1e-3);
      expect(Math.abs(y)).toBeLessThanOrEqual(LAYOUT_EXTENT / 2 + 1e-3);
    }
  });

  it('keeps geography: north is up, east is right', () => {
    expect(at(0)[1]).toBeLessThan(at(1)[1]); // Hamburg above München
    expect(at(2)[0]).toBeLessThan(at(3)[0]); // Aachen left of Dresden
  });

  it('spreads nodes that share a place, and puts nodes without coordinates below', () => {
    expect(at(4)).not.toEqual(at(2));
    expect(at(5)).not.toEqual(at(4));
    expect(at(6)[1]).toBeGreaterThan(Math.max(at(0)[1], at(1)[1], at(2)[1], at(3)[1]));
  });

  it('is deterministic', () => {
    expect(Array.from(provisionalLayout(g))).toEqual(Array.from(p));
  });
});
