/**
 * The scene builder's output and its SVG rendering as committed snapshots
 * (tests/fixtures/graph/), Observable Plot's style: the same scene the view and
 * every export read, on a seeded synthetic network with a workshop proposal, a
 * filter, a selection, highlights, community colours and size by betweenness.
 * `REGEN=1 npx vitest run tests/unit/graph/scene-snapshot.test.ts` accepts a change.
 */
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { buildGraph, layoutGraphOf, type GraphInput } from '../../../src/lib/graph/model';
import { computeLayout } from '../../../src/lib/graph/layout';
import { syntheticGraph } from '../../../src/lib/graph/synthetic';
import { computeMetrics } from '../../../src/lib/graph/metrics';
import { buildScene, sceneLabels } from '../../../src/lib/graph/scene';
import { fitBounds, nodeBounds } from '../../../src/lib/graph/fit';
import { legendText } from '../../../src/lib/graph/legend-text';
import { networkSvg } from '../../../src/lib/export/network-svg';
import { translate } from '../../../src/lib/i18n/translate';
import { expectSnapshot, round3 } from '../helpers/snapshot';

const DIR = join(import.meta.dirname, '../../fixtures/graph');
/** Text widths as a monospace font: deterministic everywhere (no canvas in Node). */
const measure = (text: string, strong: boolean) => text.length * (strong ? 8.5 : 7);

function fixture() {
  const base = syntheticGraph(60, 2, 7);
  const input: GraphInput = {
    nodes: [
      ...base.nodes,
      {
        id: 'neu',
        type: 'Genossenschaft',
        kind: 'partner',
        name: 'Bürgerenergie <eG> & Co',
        proposed: true,
      },
    ],
    edges: [
      ...base.edges,
      { source: base.nodes[0].id, target: 'neu', kind: 'partner', proposed: true },
    ],
  };
  const graph = buildGraph(input);
  const { positions } = computeLayout(layoutGraphOf(graph), { mode: 'type' });
  const metrics = computeMetrics(graph);
  const hidden = new Uint8Array(graph.n);
  for (let i = 50; i < 55; i++) hidden[i] = 1;
  const communities = new Map(graph.ids.map((id, i) => [id, i % 4]));
  const scene = buildScene({
    graph,
    positions,
    colorBy: 'community',
    communities,
    sizeBy: 'betweenness',
    sizeValues: metrics.betweenness,
    hidden,
    selected: 0,
    highlighted: [3, 4, 5],
  });
  const width = 800;
  const height = 600;
  const view = fitBounds(nodeBounds(positions, null, { hidden })!, width, height, { padding: 40 });
  const labels = sceneLabels(scene, view, width, height, measure);
  return { scene, view, width, height, labels };
}

describe('scene snapshot', () => {
  const { scene, view, width, height, labels } = fixture();

  it('scene: nodes, edges by style, emphasis, labels and legend', () => {
    const r = scene.render;
    const g = scene.graph;
    const snapshot = {
      view,
      nodes: g.ids.map((id, i) => ({
        id,
        x: r.positions[2 * i],
        y: r.positions[2 * i + 1],
        r: r.radius[i],
        color: r.palette[r.colorIndex[i]],
        shape: r.shape[i],
        ...(scene.hidden?.[i] ? { hidden: true } : {}),
      })),
      edges: r.edgeSource.length,
      selected: g.ids[scene.selected],
      highlighted: scene.highlighted.map((i) => g.ids[i]),
      highlightEdges: scene.highlightEdges.map((i) => g.ids[i]),
      labelMust: scene.labelMust.map((i) => g.ids[i]),
      labelNear: scene.labelNear.map((i) => g.ids[i]),
      labels: labels.map((l) => ({ id: g.ids[l.i], lines: l.lines, anchor: l.anchor, box: l.box })),
      legend: scene.legend.map((e) => ({
        ...e,
        text: legendText(e, (k, p) => translate('de', k, p), 'de'),
      })),
    };
    expectSnapshot(join(DIR, 'scene.json'), JSON.stringify(round3(snapshot), null, 1) + '\n');
  });

  it('SVG export of the same scene', () => {
    const svg = networkSvg(
      { scene, view, width, height, labels, groupLabels: [] },
      {
        width: 1000,
        height: 700,
        title: 'Netzwerk <Test> & "Snapshot"',
        attribution: 'Daten: MPSC',
        legend: scene.legend.map((entry) => ({
          entry,
          label: legendText(entry, (k, p) => translate('de', k, p), 'de'),
        })),
        groupName: (t) => t,
      },
    );
    expectSnapshot(join(DIR, 'scene.svg'), svg + '\n');
  });
});
