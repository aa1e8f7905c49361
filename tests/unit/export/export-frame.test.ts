/**
 * `exportFrame`: a network view on screen that is a strip (a short split pane, 680 × 69 px)
 * is exported at the export's own size with the selection fitted, labels placed anew; a
 * usable view is exported as it is.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, layoutGraphOf, neighbours, NODE_KINDS } from '../../../src/lib/graph/model';
import { computeLayout } from '../../../src/lib/graph/layout';
import { syntheticGraph } from '../../../src/lib/graph/synthetic';
import { buildScene, sceneLabels } from '../../../src/lib/graph/scene';
import { fitBounds, nodeBounds } from '../../../src/lib/graph/fit';
import {
  EXPORT_VIEWPORT,
  exportFrame,
  usableShape,
  type NetworkSnapshot,
} from '../../../src/lib/export/network';

/** Text widths as a monospace font: deterministic everywhere (no canvas in Node). */
const measure = (text: string, strong: boolean) => text.length * (strong ? 8.5 : 7);

function shown(width: number, height: number, selected: number): NetworkSnapshot {
  const graph = buildGraph(syntheticGraph(60, 2, 7));
  const { positions } = computeLayout(layoutGraphOf(graph), { mode: 'force', seed: 1 });
  const scene = buildScene({
    graph,
    positions,
    colorBy: 'type',
    communities: null,
    sizeBy: 'degree',
    sizeValues: null,
    hidden: null,
    selected,
    highlighted: [],
  });
  const view = fitBounds(nodeBounds(positions, null)!, width, height, { padding: 8 });
  const labels = sceneLabels(scene, view, width, height, measure);
  return { scene, view, width, height, labels, groupLabels: [{ text: 'G', x: 10, y: 20 }] };
}

describe('exportFrame', () => {
  it('tells a strip from a usable view', () => {
    expect(usableShape(680, 69)).toBe(false);
    expect(usableShape(680, 226)).toBe(false);
    expect(usableShape(3000, 700)).toBe(false);
    expect(usableShape(1000, 700)).toBe(true);
    expect(usableShape(680, 600)).toBe(true);
  });

  it('keeps a usable view as shown', () => {
    const s = shown(1000, 700, 0);
    expect(exportFrame(s, EXPORT_VIEWPORT, measure)).toBe(s);
  });

  it('frames a strip anew at the export size, the selection and its neighbours inside and named', () => {
    const s = shown(680, 69, 0);
    const f = exportFrame(s, EXPORT_VIEWPORT, measure);
    expect([f.width, f.height]).toEqual([1000, 700]);
    expect(f.scene).toBe(s.scene);
    const p = s.scene.render.positions;
    const g0 = s.scene.graph;
    const near = [...neighbours(g0, 0)];
    const own = near.filter((j) => NODE_KINDS[g0.kind[j]] !== 'project');
    const focus = [0, ...(own.length ? own : near)];
    for (const i of focus) {
      const x = p[2 * i] * f.view.k + f.view.x;
      const y = p[2 * i + 1] * f.view.k + f.view.y;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(f.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(f.height);
    }
    // Zoomed in further than the strip allowed, and the selection labelled.
    expect(f.view.k).toBeGreaterThan(s.view.k);
    const names = f.labels.map((l) => l.text);
    expect(names).toContain(s.scene.graph.names[0]);
    // What the strip named, the export names too.
    expect(s.labels.length).toBeGreaterThan(0);
    expect(names).toEqual(expect.arrayContaining(s.labels.map((l) => l.text)));
    // Group names move with the view: the same layout point.
    const [g] = f.groupLabels;
    expect((g.x - f.view.x) / f.view.k).toBeCloseTo((10 - s.view.x) / s.view.k, 6);
    expect((g.y - f.view.y) / f.view.k).toBeCloseTo((20 - s.view.y) / s.view.k, 6);
  });
});
