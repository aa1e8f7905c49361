import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clusterIdOf,
  clusterItemId,
  hintPlace,
  stepIndex,
  walkOrder,
  type WalkItem,
} from '../../../src/lib/map/keyboard-walk';

const item = (id: string, x: number, y: number, project = false, name = id): WalkItem => ({
  id,
  name,
  project,
  x,
  y,
});
const view = { width: 800, height: 600, rowHeight: 50 };
const ids = (items: WalkItem[]) => items.map((i) => i.id);

describe('walkOrder', () => {
  it('is empty for no items', () => {
    expect(walkOrder([], view)).toEqual([]);
  });

  it('reads west to east inside a row, rows north to south', () => {
    const out = walkOrder(
      [item('se', 700, 500), item('nw', 10, 10), item('ne', 700, 20), item('sw', 20, 490)],
      view,
    );
    expect(ids(out)).toEqual(['nw', 'ne', 'sw', 'se']);
  });

  it('treats points within one row band as one row, even if the east one is higher', () => {
    // Both in band 1 (50–99 px): west first although it is 30 px lower.
    const out = walkOrder([item('east', 600, 55), item('west', 100, 95)], view);
    expect(ids(out)).toEqual(['west', 'east']);
  });

  it('puts projects before actors, each in reading order', () => {
    const out = walkOrder(
      [item('a1', 10, 10), item('p2', 500, 500, true), item('p1', 700, 10, true), item('a2', 5, 5)],
      view,
    );
    expect(ids(out)).toEqual(['p1', 'p2', 'a2', 'a1']);
  });

  it('orders clusters together with members and partners, after the projects', () => {
    const c7 = clusterItemId(7);
    const c3 = clusterItemId(3);
    const out = walkOrder(
      [
        { id: c7, name: '', project: false, x: 300, y: 10 },
        item('a1', 500, 10),
        item('p1', 700, 500, true),
        { id: c3, name: '', project: false, x: 20, y: 300 },
        item('a2', 100, 12),
        item('p2', 10, 20, true),
      ],
      view,
    );
    expect(ids(out)).toEqual(['p2', 'p1', 'a2', c7, 'a1', c3]);
  });

  it('counts a cluster returned twice (two tiles) once', () => {
    const c = clusterItemId(42);
    const cl = { id: c, name: '', project: false, x: 30, y: 30 };
    expect(ids(walkOrder([cl, item('a', 10, 30), { ...cl }], view))).toEqual(['a', c]);
  });

  it('counts an id returned twice (two tiles) once', () => {
    const out = walkOrder([item('x', 10, 10), item('y', 20, 10), item('x', 10, 10)], view);
    expect(ids(out)).toEqual(['x', 'y']);
  });

  it('drops centres outside the viewport and keeps those on its edge', () => {
    const out = walkOrder(
      [
        item('left', -1, 10),
        item('right', 801, 10),
        item('above', 10, -0.5),
        item('below', 10, 601),
        item('nan', Number.NaN, 10),
        item('corner', 800, 600),
        item('origin', 0, 0),
      ],
      view,
    );
    expect(ids(out)).toEqual(['origin', 'corner']);
  });

  it('breaks exact ties by name, then id', () => {
    const out = walkOrder(
      [item('b', 10, 10, false, 'Zeta'), item('c', 10, 10, false, 'Alpha'), item('a', 10, 10)],
      view,
    );
    expect(ids(out)).toEqual(['a', 'c', 'b']);
    const same = walkOrder([item('z', 10, 10, false, 'N'), item('m', 10, 10, false, 'N')], view);
    expect(ids(same)).toEqual(['m', 'z']);
  });

  it('falls back to the default row height for a missing or bad one', () => {
    // 48 px rows: y 10 and y 40 share a row, so x decides.
    const out = walkOrder([item('a', 100, 10), item('b', 50, 40)], { width: 200, height: 200 });
    expect(ids(out)).toEqual(['b', 'a']);
    const bad = walkOrder([item('a', 100, 10), item('b', 50, 40)], {
      width: 200,
      height: 200,
      rowHeight: 0,
    });
    expect(ids(bad)).toEqual(['b', 'a']);
  });

  it('does not mutate its input', () => {
    const input = [item('b', 100, 10), item('a', 10, 10)];
    const copy = input.map((i) => ({ ...i }));
    walkOrder(input, view);
    expect(input).toEqual(copy);
  });

  it('property: a permutation of the unique in-view ids, independent of input order', () => {
    const arb = fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        x: fc.integer({ min: -50, max: 850 }),
        y: fc.integer({ min: -50, max: 650 }),
        project: fc.boolean(),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(arb, (raw) => {
        // One position per id (the same point on two tiles has the same place).
        const first = new Map<string, WalkItem>();
        for (const r of raw) if (!first.has(r.id)) first.set(r.id, { ...r, name: r.id });
        const items = raw.map((r) => first.get(r.id)!);
        const out = walkOrder(items, view);
        const expected = [...first.values()].filter(
          (i) => i.x >= 0 && i.x <= 800 && i.y >= 0 && i.y <= 600,
        );
        expect(new Set(ids(out))).toEqual(new Set(ids(expected)));
        expect(out.length).toBe(expected.length);
        expect(ids(walkOrder([...items].reverse(), view))).toEqual(ids(out));
        // Projects form a prefix.
        const k = out.findIndex((i) => !i.project);
        if (k >= 0) expect(out.slice(k).every((i) => !i.project)).toBe(true);
      }),
    );
  });
});

describe('clusterItemId / clusterIdOf', () => {
  it('round-trips cluster ids, including 0', () => {
    for (const n of [0, 1, 12, 2 ** 40 + 3]) expect(clusterIdOf(clusterItemId(n))).toBe(n);
    expect(clusterItemId(12)).toBe('cluster:12');
  });

  it('is null for node ids and malformed cluster ids', () => {
    for (const id of [
      'kommune-aalen',
      'mpsc-12',
      '12',
      '',
      'cluster:',
      'cluster:-1',
      'cluster:1.5',
      'cluster:x',
      'Cluster:1',
      'xcluster:1',
      'cluster:99999999999999999999',
    ])
      expect(clusterIdOf(id), id).toBeNull();
  });
});

describe('stepIndex', () => {
  const list = ['a', 'b', 'c'];

  it('returns -1 for an empty list, either way', () => {
    expect(stepIndex([], null, 1)).toBe(-1);
    expect(stepIndex([], 'a', -1)).toBe(-1);
  });

  it('starts at the first going forward and at the last going back', () => {
    expect(stepIndex(list, null, 1)).toBe(0);
    expect(stepIndex(list, null, -1)).toBe(2);
  });

  it('restarts the same way when the current id left the view', () => {
    expect(stepIndex(list, 'gone', 1)).toBe(0);
    expect(stepIndex(list, 'gone', -1)).toBe(2);
  });

  it('steps forward and back inside the list', () => {
    expect(stepIndex(list, 'a', 1)).toBe(1);
    expect(stepIndex(list, 'b', 1)).toBe(2);
    expect(stepIndex(list, 'c', -1)).toBe(1);
    expect(stepIndex(list, 'b', -1)).toBe(0);
  });

  it('wraps around at both ends', () => {
    expect(stepIndex(list, 'c', 1)).toBe(0);
    expect(stepIndex(list, 'a', -1)).toBe(2);
  });

  it('stays on the only item of a one-item list', () => {
    expect(stepIndex(['x'], 'x', 1)).toBe(0);
    expect(stepIndex(['x'], 'x', -1)).toBe(0);
  });

  it('property: n steps forward (or back) from any item come back to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(), fc.boolean(), (n, k, fwd) => {
        const l = Array.from({ length: n }, (_, i) => `i${i}`);
        let cur = l[k % n];
        const start = cur;
        for (let s = 0; s < n; s++) cur = l[stepIndex(l, cur, fwd ? 1 : -1)];
        expect(cur).toBe(start);
      }),
    );
  });
});

describe('hintPlace', () => {
  // A 300×60 box 75 px from the top, 8 px from the side, in an 800 px wide view:
  // left place x 8–308, right place x 492–792, both y 75–135.
  const box = { width: 300, height: 60, top: 75, side: 8 };
  const left = { side: 'left', top: 75 };
  const right = { side: 'right', top: 75 };

  it('stays top left for a point clear of the left box', () => {
    expect(hintPlace({ x: 400, y: 100 }, box, 800)).toEqual(left);
    expect(hintPlace({ x: 100, y: 300 }, box, 800)).toEqual(left);
    expect(hintPlace({ x: 100, y: 20 }, box, 800)).toEqual(left);
  });

  it('moves top right for a point under the left box', () => {
    expect(hintPlace({ x: 100, y: 100 }, box, 800)).toEqual(right);
  });

  it('counts the ring margin: just outside the box but within the margin is under it', () => {
    expect(hintPlace({ x: 318, y: 100 }, box, 800)).toEqual(right); // 10 px right of it
    expect(hintPlace({ x: 330, y: 100 }, box, 800)).toEqual(left); // 22 px right of it
    expect(hintPlace({ x: 100, y: 145 }, box, 800, 0)).toEqual(left);
    expect(hintPlace({ x: 100, y: 145 }, box, 800)).toEqual(right);
  });

  it('goes below the point when both top places cover it (a narrow view)', () => {
    // 400 px view: left place 8–308, right place 92–392; x 200 is under both.
    const p = hintPlace({ x: 200, y: 100 }, box, 400);
    expect(p).toEqual({ side: 'left', top: 118 });
    // and then the box (top 118, 60 high) is clear of the point's ring (y 86–114).
    expect(p.top).toBeGreaterThan(100 + 14);
  });

  it('property: the box at the chosen place never covers the point and its margin', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 100, max: 400 }),
        fc.integer({ min: 20, max: 150 }),
        fc.integer({ min: 300, max: 1200 }),
        (x, y, width, height, viewWidth) => {
          const b = { width, height, top: 75, side: 8 };
          const p = hintPlace({ x, y }, b, viewWidth, 14);
          const l = p.side === 'left' ? b.side : viewWidth - b.side - width;
          const covers =
            x + 14 > l && x - 14 < l + width && y + 14 > p.top && y - 14 < p.top + height;
          expect(covers).toBe(false);
        },
      ),
    );
  });
});
