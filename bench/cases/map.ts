/**
 * Map benchmark (issue 4). Builds bench/map/ (the app's MapView + ProjectLayers, and a
 * bare-MapLibre baseline) with Vite, serves it, and drives headless Chromium:
 *   - synthetic, seeded: 11,000 actor points + 50,000 relation lines;
 *   - scripted pan and zoom: median and p95 frame time, ours vs baseline → ratio;
 *   - filter change → next `idle`: ours (AppState filters → feature-state) vs baseline
 *     (setFilter), on the synthetic and on the real dataset.
 * Run through bench/run.ts (`npm run bench -- map`). Figures are printed; targets are
 * reported, not asserted.
 */
import { build, preview, type InlineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { sharedBrowser } from '../lib/browser.ts';
import { addRow, addSummary, fmt } from '../lib/table.ts';
import { median, p95 } from '../lib/stats.ts';

export const name = 'map';

/** Frames in the scripted gesture (software GL in CI is slow: keep it modest). */
const FRAMES = Number(process.env.MAP_BENCH_FRAMES ?? 30);

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Built page (ignored by git, next to the graph case's output). */
const OUT = join(ROOT, 'bench/results/dist-map');

const CONFIG: InlineConfig = {
  configFile: false,
  root: join(ROOT, 'bench/map'),
  base: './',
  plugins: [svelte({ configFile: join(ROOT, 'svelte.config.js') })],
  define: { __TEST_HANDLES__: 'true' },
  logLevel: 'warn',
  build: {
    outDir: OUT,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 3000,
  },
  worker: { format: 'es' },
};

export interface MapBenchResult {
  synthetic: { ours: Frames; baseline: Frames; ratioMedian: number; ratioP95: number };
  filterToIdle: { synthetic: { ours: number; baseline: number }; real: { ours: number } };
}
interface Frames {
  median: number;
  p95: number;
  frames: number;
}

async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction('window.__ready === true', null, { timeout: 120_000 });
  await page.waitForFunction(
    `(() => { const m = window.__map; if (!m || !m.isStyleLoaded()) return false;
      const l = m.getLayer('mpsc-projects-circle') || m.getLayer('nodes');
      return !!l && m.loaded() && m.areTilesLoaded(); })()`,
    null,
    { timeout: 120_000 },
  );
}

// Page scripts are strings: tsx/esbuild would wrap named functions in a `__name` helper
// that does not exist in the page.
const PAN_ZOOM = `(frames) => new Promise((resolve) => {
  const map = window.__map;
  const times = [];
  let i = 0;
  let last = performance.now();
  const step = (now) => {
    if (i > 0) times.push(now - last);
    last = now;
    if (i >= frames) return resolve(times);
    const t = i / frames;
    map.jumpTo({
      center: [7 + 7 * t, 48 + 5 * Math.sin(t * Math.PI)],
      zoom: 5.5 + 3.5 * Math.sin(t * Math.PI * 2) ** 2,
    });
    i++;
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})`;

const FILTER = `({ mode, staffel }) => new Promise((resolve) => {
  const map = window.__map;
  const t0 = performance.now();
  map.once('idle', () => resolve(performance.now() - t0));
  if (mode === 'ours') window.__app.setFilters({ ...window.__app.filters, staffel });
  else {
    const f = staffel.length ? ['==', ['get', 'staffel'], staffel[0]] : null;
    map.setFilter('lines', f);
    map.setFilter('nodes', f);
  }
  map.triggerRepaint();
})`;

/** Scripted pan + zoom, one camera step per animation frame; returns frame intervals (ms). */
async function panZoom(page: Page, frames = 240): Promise<number[]> {
  return page.evaluate(`(${PAN_ZOOM})(${frames})`) as Promise<number[]>;
}

/** Time from a filter change to the next `idle` (ms), median of `n` alternating changes. */
async function filterToIdle(page: Page, mode: 'ours' | 'baseline', n = 7): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const staffel = i % 2 === 0 ? [2020] : [];
    out.push((await page.evaluate(`(${FILTER})(${JSON.stringify({ mode, staffel })})`)) as number);
  }
  return median(out);
}

export async function measure(): Promise<MapBenchResult> {
  await build(CONFIG);
  const server = await preview({ ...CONFIG, preview: { port: 4199, strictPort: false } });
  const base = server.resolvedUrls?.local[0] ?? 'http://localhost:4199/';
  const browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  try {
    const one = async (mode: 'ours' | 'baseline', data: 'synthetic' | 'real') => {
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[map ${mode}/${data}] pageerror: ${e.message}`));
      const t0 = performance.now();
      const lap = (what: string) =>
        console.log(
          `  map ${mode}/${data}: ${what} after ${fmt((performance.now() - t0) / 1000)} s`,
        );
      await openPage(page, `${base}?mode=${mode}&data=${data}&seed=1`);
      lap('loaded');
      await panZoom(page, 10); // warm-up: shaders, tiles
      const frames = data === 'synthetic' ? await panZoom(page, FRAMES) : [];
      lap(`${frames.length} frames`);
      const fti = await filterToIdle(page, mode);
      lap('filter→idle');
      await page.close();
      return { frames, fti };
    };
    const ours = await one('ours', 'synthetic');
    const bl = await one('baseline', 'synthetic');
    const real = await one('ours', 'real');
    const f = (xs: number[]): Frames => ({ median: median(xs), p95: p95(xs), frames: xs.length });
    const o = f(ours.frames);
    const b = f(bl.frames);
    return {
      synthetic: {
        ours: o,
        baseline: b,
        ratioMedian: o.median / b.median,
        ratioP95: o.p95 / b.p95,
      },
      filterToIdle: {
        synthetic: { ours: ours.fti, baseline: bl.fti },
        real: { ours: real.fti },
      },
    };
  } finally {
    await context.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}

/** Entry point for bench/run.ts: rows in the shared table plus one summary line. */
export async function run(): Promise<void> {
  const r = await measure();
  for (const [renderer, fr, fti] of [
    ['ours', r.synthetic.ours, r.filterToIdle.synthetic.ours],
    ['maplibre-bare', r.synthetic.baseline, r.filterToIdle.synthetic.baseline],
  ] as const)
    addRow({
      case: 'map',
      graph: '11k pts/50k lines',
      renderer,
      'frame median ms': fmt(fr.median),
      'frame p95 ms': fmt(fr.p95),
      'filter→idle ms': fmt(fti),
    });
  addRow({
    case: 'map',
    graph: 'real',
    renderer: 'ours',
    'frame median ms': null,
    'frame p95 ms': null,
    'filter→idle ms': fmt(r.filterToIdle.real.ours),
  });
  addSummary(summary(r));
}

function summary(r: MapBenchResult): string {
  return (
    `map: ours/bare-MapLibre frame-time ratio median ${fmt(r.synthetic.ratioMedian, 2)}, ` +
    `p95 ${fmt(r.synthetic.ratioP95, 2)} (target ≤ 1.2); filter→idle on the real dataset ` +
    `${fmt(r.filterToIdle.real.ours)} ms (target ≤ 50 ms)`
  );
}
