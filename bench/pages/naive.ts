/**
 * Baseline 1: a straightforward Canvas 2D redraw of every node and edge on
 * every frame, on the main thread (the same draw functions as the app, at full
 * detail, without the cached raster, the worker or the pause-then-redraw).
 */
import { buildGraph, nodeRadius } from '../../src/lib/graph/model';
import { drawScene, type Scene } from '../../src/lib/graph/render';
import { nodeColor } from '../../src/lib/palette';
import { gestureSteps, runGesture, type Transform } from './common';
import { baselineInput } from './baseline-input';

const W = 1000;
const H = 700;
let draw: ((t: Transform) => void) | null = null;
let start: Transform = { k: 1, x: 0, y: 0 };

async function init(positions: number[]): Promise<{ firstDrawMs: number }> {
  const g = buildGraph(await baselineInput());
  const radius = new Float32Array(g.n);
  for (let i = 0; i < g.n; i++) radius[i] = nodeRadius(g.degree[i]);
  const scene: Scene = {
    n: g.n,
    positions: Float32Array.from(positions),
    radius,
    colorIndex: Uint8Array.from(g.typeIndex),
    shape: g.kind,
    palette: g.types.map(nodeColor),
    edgeSource: g.edgeSource,
    edgeTarget: g.edgeTarget,
    edgeDocumented: g.edgeDocumented,
    edgeKind: g.edgeKind,
  };
  const canvas = document.getElementById('c') as HTMLCanvasElement;
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d')!;
  draw = (view) =>
    drawScene(ctx, scene, {
      width: W,
      height: H,
      dpr: 1,
      view,
      lod: 'full',
      background: '#fbfaf6',
    });
  start = { k: (Math.min(W, H) * 0.9) / 1000, x: W / 2, y: H / 2 };
  const t0 = performance.now();
  draw(start);
  return { firstDrawMs: performance.now() - t0 };
}

(window as unknown as { __bench: unknown }).__bench = {
  init,
  gesture: (maxMs: number) => runGesture(gestureSteps(start, W, H), (t) => draw!(t), maxMs),
};
