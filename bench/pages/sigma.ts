/**
 * Baseline 2: sigma.js 3 with graphology, default settings (WebGL; on this
 * machine through SwiftShader). Same graph, same positions, same gesture
 * expressed as sigma camera states.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { buildGraph, nodeRadius } from '../../src/lib/graph/model';
import { nodeColor } from '../../src/lib/palette';
import { gestureSteps, runGesture } from './common';
import { baselineInput } from './baseline-input';

const W = 1000;
const H = 700;
let renderer: Sigma | null = null;

async function init(positions: number[]): Promise<{ firstDrawMs: number }> {
  const g = buildGraph(await baselineInput());
  const graph = new Graph({ multi: true, type: 'undirected' });
  for (let i = 0; i < g.n; i++)
    graph.addNode(g.ids[i], {
      x: positions[2 * i],
      y: -positions[2 * i + 1],
      size: nodeRadius(g.degree[i]),
      color: nodeColor(g.types[g.typeIndex[i]]),
    });
  for (let e = 0; e < g.edgeSource.length; e++)
    graph.addEdge(g.ids[g.edgeSource[e]], g.ids[g.edgeTarget[e]], {
      color: g.edgeDocumented[e] ? '#B34700' : '#7A8591',
      size: g.edgeDocumented[e] ? 2 : 1,
    });
  const container = document.getElementById('app')!;
  const t0 = performance.now();
  renderer = new Sigma(graph, container);
  renderer.refresh();
  return { firstDrawMs: performance.now() - t0 };
}

/** Our gesture (zoom 1.03× per frame, then pan 6,3 px per frame) as camera states. */
function gesture(maxMs: number) {
  const camera = renderer!.getCamera();
  const base = { k: 1, x: W / 2, y: H / 2 };
  const steps = gestureSteps(base, W, H);
  return runGesture(
    steps,
    (t) => {
      // Screen centre in "graph at zoom 1" pixels, as a fraction of the viewport.
      const cx = (W / 2 - t.x) / t.k / W + 0.5;
      const cy = 0.5 - (H / 2 - t.y) / t.k / H;
      camera.setState({ ratio: 1 / t.k, x: cx, y: cy });
    },
    maxMs,
  );
}

(window as unknown as { __bench: unknown }).__bench = { init, gesture };
