import { describe, expect, it } from 'vitest';
import { buildGraph, layoutGraphOf, type LayoutGraph } from '../../../src/lib/graph/model';
import {
  computeLayout,
  LAYOUT_EXTENT,
  LAYOUT_MODES,
  LayoutTooLargeError,
  fitsLayout,
} from '../../../src/lib/graph/layout';
import { syntheticGraph } from '../../../src/lib/graph/synthetic';
import { shippedDataset } from '../helpers/dataset';

const round = (p: Float32Array): number[] => Array.from(p, (v) => Math.round(v * 1000) / 1000);

const real = buildGraph(shippedDataset());
const small = buildGraph(syntheticGraph(200, 2, 7));

describe('computeLayout', () => {
  it.each(LAYOUT_MODES)('%s: the same seed gives the same rounded positions', (mode) => {
    const a = computeLayout(layoutGraphOf(small), { mode, seed: 42 });
    const b = computeLayout(layoutGraphOf(small), { mode, seed: 42 });
    expect(round(a.positions)).toEqual(round(b.positions));
  });

  it('force: a different seed gives a different layout', () => {
    const a = computeLayout(layoutGraphOf(small), { mode: 'force', seed: 1 });
    const b = computeLayout(layoutGraphOf(small), { mode: 'force', seed: 2 });
    expect(round(a.positions)).not.toEqual(round(b.positions));
  });

  it.each(LAYOUT_MODES)('%s: every position is finite and inside the layout square', (mode) => {
    const { positions } = computeLayout(layoutGraphOf(real), { mode, seed: 1 });
    expect(positions.length).toBe(2 * real.n);
    for (const v of positions) {
      expect(Number.isFinite(v)).toBe(true);
      expect(Math.abs(v)).toBeLessThanOrEqual(LAYOUT_EXTENT / 2 + 1e-3);
    }
  });

  it.each(LAYOUT_MODES)('%s: does not mutate the graph', (mode) => {
    const lg = layoutGraphOf(small);
    const before = structuredClone(lg);
    computeLayout(lg, { mode, seed: 3 });
    expect(lg).toEqual(before);
  });

  it('force converges and reports progress from 0 to 1', () => {
    const seen: number[] = [];
    const r = computeLayout(layoutGraphOf(small), {
      mode: 'force',
      onProgress: (f) => seen.push(f),
    });
    expect(r.converged).toBe(true);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });
});

describe('geographic layout', () => {
  const { positions } = computeLayout(layoutGraphOf(real), { mode: 'geo', seed: 1 });
  const at = (id: string): [number, number] => {
    const i = real.index.get(id);
    if (i === undefined) throw new Error(`${id} missing from the dataset`);
    return [positions[2 * i], positions[2 * i + 1]];
  };
  it('places Bamberg east of Paderborn', () => {
    expect(at('bamberg')[0]).toBeGreaterThan(at('paderborn')[0]);
  });
  it('places Bamberg north of München (smaller y is north)', () => {
    expect(at('bamberg')[1]).toBeLessThan(at('kommune-muenchen')[1]);
  });
  it('places Hamburg north of München and Aachen west of Dresden', () => {
    const hh = syntheticLike([
      ['hh', 10.0, 53.55],
      ['m', 11.58, 48.14],
      ['ac', 6.08, 50.78],
      ['dd', 13.74, 51.05],
    ]);
    const p = computeLayout(layoutGraphOf(hh), { mode: 'geo' }).positions;
    expect(p[1]).toBeLessThan(p[3]);
    expect(p[4]).toBeLessThan(p[6]);
  });
});

function syntheticLike(places: [string, number, number][]) {
  return buildGraph({
    nodes: places.map(([id, lon, lat]) => ({
      id,
      type: 'Kommune',
      kind: 'member' as const,
      coordinates: [lon, lat] as const,
    })),
    edges: [],
  });
}

describe('bad input', () => {
  it('force: a node with no edges still appears, at the rim', () => {
    const g = buildGraph({
      nodes: [
        ...Array.from({ length: 30 }, (_, i) => ({
          id: `c${i}`,
          type: 'Kommune',
          kind: 'member' as const,
        })),
        { id: 'alone', type: 'Verein', kind: 'partner' },
      ],
      edges: Array.from({ length: 29 }, (_, i) => ({
        source: `c${i}`,
        target: `c${i + 1}`,
        kind: 'member' as const,
      })),
    });
    const { positions } = computeLayout(layoutGraphOf(g), { mode: 'force', seed: 1 });
    const r = (i: number) => Math.hypot(positions[2 * i], positions[2 * i + 1]);
    const alone = r(g.index.get('alone')!);
    expect(Number.isFinite(alone)).toBe(true);
    for (let i = 0; i < 30; i++) expect(alone).toBeGreaterThan(r(i));
  });

  it('a graph of isolated nodes only gets a layout in every mode', () => {
    const g = syntheticLike([
      ['a', 10, 50],
      ['b', 11, 51],
    ]);
    for (const mode of LAYOUT_MODES) {
      const { positions } = computeLayout(layoutGraphOf(g), { mode });
      expect(positions.every(Number.isFinite)).toBe(true);
    }
  });

  it('geo: nodes without coordinates are placed, below the map', () => {
    const g = buildGraph({
      nodes: [
        { id: 'a', type: 'Kommune', kind: 'member', coordinates: [10, 50] },
        { id: 'b', type: 'Kommune', kind: 'member', coordinates: [12, 53] },
        { id: 'x', type: 'Kommune', kind: 'member' },
      ],
      edges: [],
    });
    const p = computeLayout(layoutGraphOf(g), { mode: 'geo' }).positions;
    expect(p.every(Number.isFinite)).toBe(true);
    expect(p[5]).toBeGreaterThan(Math.max(p[1], p[3]));
  });

  it('over 50,000 nodes: force and type refuse, geo accepts', () => {
    const n = 50_001;
    expect(fitsLayout(n, 'force')).toBe(false);
    expect(fitsLayout(n, 'type')).toBe(false);
    expect(fitsLayout(n, 'geo')).toBe(true);
    const huge: LayoutGraph = {
      n,
      kind: new Uint8Array(n),
      typeIndex: new Uint16Array(n),
      types: ['Kommune'],
      lon: new Float64Array(n),
      lat: new Float64Array(n),
      edgeSource: new Uint32Array(0),
      edgeTarget: new Uint32Array(0),
      degree: new Uint32Array(n),
    };
    expect(() => computeLayout(huge, { mode: 'force' })).toThrow(LayoutTooLargeError);
  });
});

describe('type layout', () => {
  it('puts projects on an inner ring and actors outside it, with one label per type', () => {
    const r = computeLayout(layoutGraphOf(real), { mode: 'type' });
    const radius = (i: number) => Math.hypot(r.positions[2 * i], r.positions[2 * i + 1]);
    let maxProject = 0;
    let minActor = Infinity;
    for (let i = 0; i < real.n; i++) {
      if (real.kind[i] === 0) maxProject = Math.max(maxProject, radius(i));
      else minActor = Math.min(minActor, radius(i));
    }
    expect(minActor).toBeGreaterThan(maxProject);
    const actorTypes = new Set<string>();
    for (let i = 0; i < real.n; i++)
      if (real.kind[i] !== 0) actorTypes.add(real.types[real.typeIndex[i]]);
    expect(new Set(r.labels.map((l) => l.text))).toEqual(actorTypes);
  });
});
