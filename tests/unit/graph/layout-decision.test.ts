/** The "graph too large" path: which graphs are laid out, and what is offered instead. */
import { describe, expect, it } from 'vitest';
import {
  LAYOUT_LIMITS,
  layoutDecision,
  type LayoutDecision,
  type LayoutMode,
} from '../../../src/lib/graph/layout';

describe('layoutDecision', () => {
  const fits: LayoutDecision = { fits: true };
  const cases: [string, number, LayoutMode, LayoutDecision][] = [
    ['empty graph', 0, 'force', fits],
    ['the real dataset’s size', 376, 'force', fits],
    ['force at its limit', 50_000, 'force', fits],
    ['force one over', 50_001, 'force', { fits: false, limit: 50_000, offer: 'geo' }],
    ['type one over', 50_001, 'type', { fits: false, limit: 50_000, offer: 'geo' }],
    ['geo over the force limit', 50_001, 'geo', fits],
    ['geo at its limit', 1_000_000, 'geo', fits],
    [
      'geo one over: nothing to offer',
      1_000_001,
      'geo',
      { fits: false, limit: 1_000_000, offer: null },
    ],
    [
      'force, too large even for geo',
      1_000_001,
      'force',
      { fits: false, limit: 50_000, offer: null },
    ],
  ];
  it.each(cases)('%s (%i nodes, %s)', (_name, n, mode, expected) => {
    expect(layoutDecision(n, mode)).toEqual(expected);
  });

  it('the limits it applies are the ones the layouts enforce', () => {
    expect(LAYOUT_LIMITS.force).toBe(50_000);
    expect(LAYOUT_LIMITS.type).toBe(50_000);
    expect(LAYOUT_LIMITS.geo).toBeGreaterThan(LAYOUT_LIMITS.force);
  });
});
