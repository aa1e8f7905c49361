/**
 * Network view benchmark. For the real dataset and seeded synthetic graphs of
 * 1,000, 5,000 and 20,000 nodes (4 edges per node) it measures, in headless
 * Chromium:
 *  - the layout worker's time to a converged force layout (inside the worker,
 *    and request→result on the main thread), and the longest main-thread task
 *    while it runs (Long Tasks API);
 *  - rAF-to-rAF frame times during a scripted 120-frame zoom and pan, for the
 *    app's NetworkGraph and for two baselines on the same graph, positions and
 *    gesture: a naive full Canvas 2D redraw per frame, and sigma.js 3;
 *  - the time from the gesture's last step to a full-quality frame on screen;
 *  - label placement (labels are on): its time at eight zoom levels, run in
 *    the settle task after the frames, never inside one.
 */
import { build, preview, type PreviewServer } from 'vite';
import { max, min } from 'd3';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { sharedBrowser } from '../lib/browser.ts';
import { addRow, addSummary, fmt } from '../lib/table.ts';
import { startTrace, type Tracer } from '../lib/trace.ts';
import { median, p95 } from '../lib/stats.ts';
import { syntheticGraph } from '../../src/lib/graph/synthetic.ts';
import { buildGraph, layoutGraphOf, type GraphInput } from '../../src/lib/graph/model.ts';
import { computeLayout } from '../../src/lib/graph/layout.ts';
import { graphInputFromDataset } from '../../src/lib/graph/model.ts';
import { shippedDataset } from '../../tests/unit/helpers/dataset.ts';

export const name = 'graph';

const CONFIG = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
/** Slow baselines stop the gesture after this long (sigma at 5k takes seconds per frame). */
const BASELINE_MAX_MS = 15_000;
const SIGMA_MAX_NODES = 5_000;
/**
 * GRAPH_TRACE=<dir> (diagnostic): a Chromium trace (bench/lib/trace.ts) of each graph from
 * page load to its first full frame, written to <dir>/graph-<label>.json, with a summary of
 * the main-thread tasks over 50 ms.
 */
const TRACE_DIR = process.env.GRAPH_TRACE;

interface Gesture {
  intervals: number[];
  frames: number;
  steps: number;
  longestTask: number;
}

const GRAPHS: { label: string; query: string; n: number }[] = [
  { label: 'real', query: '', n: 0 },
  { label: '1k', query: '?n=1000', n: 1_000 },
  { label: '5k', query: '?n=5000', n: 5_000 },
  { label: '20k', query: '?n=20000', n: 20_000 },
];

async function newPage(url: string, before?: (page: Page) => Promise<void>): Promise<Page> {
  const browser = await sharedBrowser();
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  page.on('pageerror', (e) => console.error(`  pageerror ${url}: ${e.message}`));
  await before?.(page);
  await page.goto(url);
  await page.waitForFunction(() => !!(window as unknown as { __bench?: unknown }).__bench);
  return page;
}

function frameCells(g: Gesture): Record<string, string | number> {
  return {
    'frame p50 ms': fmt(median(g.intervals)),
    'frame p95 ms': fmt(p95(g.intervals)),
    frames: `${g.frames}/${g.steps} steps`,
    'longest task (gesture) ms': fmt(g.longestTask, 0),
  };
}

export async function run(): Promise<void> {
  console.log('  building bench pages …');
  await build({ configFile: CONFIG });
  const server: PreviewServer = await preview({
    configFile: CONFIG,
    preview: { port: 4187, strictPort: false, host: '127.0.0.1' },
  });
  const base = server.resolvedUrls!.local[0];
  const p95s: Record<string, number> = {};
  const inputTasks: string[] = [];
  const labelTimes: string[] = [];
  // BENCH_BASELINES=0 skips the naive canvas and sigma.js (for iterating on the view alone).
  const baselinesWanted = process.env.BENCH_BASELINES !== '0';
  // BENCH_GRAPHS=real,20k runs a subset (for iterating); the default is all.
  const wanted = process.env.BENCH_GRAPHS?.split(',');
  try {
    for (const spec of GRAPHS.filter((g) => !wanted || wanted.includes(g.label))) {
      console.log(`  graph ${spec.label}`);
      // 1. The app's component.
      // (Set in the callback below: the cast keeps TypeScript from narrowing it to null.)
      let tracer = null as Tracer | null;
      const page = await newPage(`${base}graph.html${spec.query}`, async (p) => {
        if (TRACE_DIR) tracer = await startTrace(p);
      });
      const ready = await page.evaluate(() =>
        (
          window as unknown as { __bench: { ready(): Promise<Record<string, number>> } }
        ).__bench.ready(),
      );
      await tracer?.stop(join(TRACE_DIR!, `graph-${spec.label}.json`), 50);
      const mine = await page.evaluate(() =>
        (
          window as unknown as {
            __bench: {
              gesture(
                ms: number,
              ): Promise<
                Gesture & { toFullMs: number; gestureLongestTask: number; fastWork: number[] }
              >;
            };
          }
        ).__bench.gesture(20_000),
      );
      const lab = await page.evaluate(() =>
        (
          window as unknown as {
            __bench: {
              labels(
                n: number,
              ): Promise<{ placeMs: number[]; placed: number[]; longestTask: number }>;
            };
          }
        ).__bench.labels(8),
      );
      await page.close();
      p95s[spec.label] = p95(mine.intervals);
      labelTimes.push(`${spec.label}=${fmt(p95(lab.placeMs), 1)}`);
      inputTasks.push(`${spec.label}=${fmt(ready.inputLongestTask, 0)}`);
      addRow({
        case: name,
        graph: `${spec.label} (${ready.n} nodes)`,
        renderer: 'NetworkGraph',
        'layout ms': fmt(ready.layoutMs, 0),
        'layout wall ms': fmt(ready.layoutWallMs, 0),
        ticks: `${ready.ticks}${ready.converged ? '' : ' (not converged)'}`,
        'longest task (layout) ms': fmt(ready.layoutLongestTask, 0),
        'longest task (input→first frame) ms': fmt(ready.inputLongestTask, 0),
        'mount ms': fmt(ready.mountMs, 0),
        ...frameCells({ ...mine, longestTask: mine.gestureLongestTask }),
        'fast frame work p95 ms': fmt(p95(mine.fastWork), 2),
        'to full ms': fmt(mine.toFullMs, 0),
        'label place p95 ms': fmt(p95(lab.placeMs), 1),
        'labels placed': `${min(lab.placed)}–${max(lab.placed)}`,
        'longest task (labels) ms': fmt(lab.longestTask, 0),
      });

      // 2. Baselines on the same graph and positions.
      if (!baselinesWanted) continue;
      const input: GraphInput = spec.n
        ? syntheticGraph(spec.n, 4, 1)
        : graphInputFromDataset(shippedDataset());
      const positions = Array.from(
        computeLayout(layoutGraphOf(buildGraph(input)), { mode: 'force', seed: 1 }).positions,
      );
      const baselines: [string, string][] = [['naive canvas', 'naive']];
      if (spec.n <= SIGMA_MAX_NODES) baselines.push(['sigma.js 3', 'sigma']);
      for (const [label, file] of baselines) {
        const bp = await newPage(`${base}${file}.html${spec.query}`);
        const init = await bp.evaluate(
          (p) =>
            (
              window as unknown as {
                __bench: { init(p: number[]): Promise<{ firstDrawMs: number }> };
              }
            ).__bench.init(p),
          positions,
        );
        const g = await bp.evaluate(
          (ms) =>
            (
              window as unknown as { __bench: { gesture(ms: number): Promise<Gesture> } }
            ).__bench.gesture(ms),
          BASELINE_MAX_MS,
        );
        await bp.close();
        p95s[`${file}-${spec.label}`] = p95(g.intervals);
        addRow({
          case: name,
          graph: `${spec.label} (${spec.n || ready.n} nodes)`,
          renderer: label,
          'first draw ms': fmt(init.firstDrawMs, 0),
          ...frameCells(g),
        });
      }
    }
  } finally {
    await server.close();
  }
  addSummary(
    `bench: p95 frame ms 1k=${fmt(p95s['1k'])}, 5k=${fmt(p95s['5k'])}, 20k=${fmt(p95s['20k'])} ` +
      `(naive canvas 20k=${fmt(p95s['naive-20k'])}, sigma 5k=${fmt(p95s['sigma-5k'])}); ` +
      `longest main-thread task input→first frame ms ${inputTasks.join(', ')} (0 = none ≥ 50 ms); ` +
      `label placement p95 ms ${labelTimes.join(', ')} (labels on)`,
  );
}
