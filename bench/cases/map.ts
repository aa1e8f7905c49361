/**
 * Map benchmark (issue 4). Builds bench/map/ (the app's MapView + ProjectLayers with the
 * official-area basemap layers on (Kreis and Gemeinde borders and names, issue 13), and a
 * bare-MapLibre baseline) with Vite, serves it, and drives headless Chromium:
 *   - synthetic, seeded: 11,000 actor points + 50,000 relation lines;
 *   - scripted pan and zoom: median and p95 frame time, ours vs baseline → ratio (the two
 *     maps take turns along the same path, see MAP_BENCH_ROUNDS);
 *   - filter change → next `idle`, and → settled (ours swaps its point sources after the
 *     first idle so that clusters recount): ours (AppState filters) vs baseline
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
import { pushAll } from '../../src/lib/util/arrays.ts';

export const name = 'map';

/** Frames in the scripted gesture (software GL in CI is slow: keep it modest). */
const FRAMES = Number(process.env.MAP_BENCH_FRAMES ?? 48);
/** Turns the two synthetic maps take, each drawing FRAMES / ROUNDS frames per turn. */
const ROUNDS = Number(process.env.MAP_BENCH_ROUNDS ?? 8);

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
  synthetic: {
    /** The measured (second) pass. */
    ours: Frames;
    baseline: Frames;
    ratioMedian: number;
    ratioP95: number;
    /** The first pass, while tiles, glyphs and cluster indexes are made. */
    cold: { ratioMedian: number; ratioP95: number };
  };
  filterToIdle: {
    synthetic: { ours: FilterTimes; baseline: FilterTimes };
    real: { ours: FilterTimes };
  };
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
// The gesture moves t from `from` to `to` (0 → 1 is the whole path) in `frames` steps.
// Frame k's callback jumps the camera; MapLibre draws that in frame k + 1, whose cost shows
// as the gap between the starts of frames k + 1 and k + 2. So `frames` jumps give `frames`
// gaps, from the third callback on.
const PAN_ZOOM = `({ frames, from, to }) => new Promise((resolve) => {
  const map = window.__map;
  const times = [];
  let i = 0;
  let last = 0;
  const step = (now) => {
    if (i >= 2) times.push(now - last);
    last = now;
    if (i === frames + 1) return resolve(times);
    if (i < frames) {
      const t = from + ((to - from) * (i + 1)) / frames;
      map.jumpTo({
        center: [7 + 7 * t, 48 + 5 * Math.sin(t * Math.PI)],
        zoom: 5.5 + 3.5 * Math.sin(t * Math.PI * 2) ** 2,
      });
    }
    i++;
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})`;

// One filter change, timed from the change to the first `idle` (the filtered map is drawn
// and the map has nothing left to do) and to `settled`: the last `idle` before 400 ms of
// quiet. They differ in ours: after the first idle the point sources are swapped so that
// clusters recount and labels reflow (ProjectLayers), which ends in a second idle.
const FILTER = `({ mode, staffel }) => new Promise((resolve) => {
  const map = window.__map;
  let first = null;
  let last = null;
  let timer = null;
  const done = () => {
    map.off('idle', onIdle);
    map.off('render', onRender);
    resolve({ first, settled: last });
  };
  const onIdle = () => {
    const t = performance.now() - t0;
    if (first === null) first = t;
    last = t;
    clearTimeout(timer);
    timer = setTimeout(done, 400);
  };
  const onRender = () => clearTimeout(timer);
  map.on('idle', onIdle);
  map.on('render', onRender);
  const t0 = performance.now();
  if (mode === 'ours') window.__app.setFilters({ ...window.__app.filters, staffel });
  else {
    const f = staffel.length ? ['==', ['get', 'staffel'], staffel[0]] : null;
    map.setFilter('lines', f);
    map.setFilter('nodes', f);
  }
  map.triggerRepaint();
})`;

/** Resolves after `ms` without a rendered frame: nothing left from the previous step. */
const QUIET = `(ms) => new Promise((resolve) => {
  const map = window.__map;
  let timer = setTimeout(finish, ms);
  function finish() { map.off('render', reset); resolve(); }
  function reset() { clearTimeout(timer); timer = setTimeout(finish, ms); }
  map.on('render', reset);
})`;

/** Waits until the map has loaded every tile and drawn no frame for 300 ms. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction('window.__map.loaded() && window.__map.areTilesLoaded()', null, {
    timeout: 120_000,
  });
  await page.evaluate(`(${QUIET})(300)`);
}

/**
 * Scripted pan + zoom over the part `from`–`to` of the path, one camera step per animation
 * frame; returns frame intervals (ms).
 */
async function panZoom(page: Page, frames: number, from = 0, to = 1): Promise<number[]> {
  const arg = JSON.stringify({ frames, from, to });
  return page.evaluate(`(${PAN_ZOOM})(${arg})`) as Promise<number[]>;
}

interface FilterTimes {
  /** Median ms from a filter change to the next `idle`. */
  idle: number;
  /** Median ms from a filter change to the last `idle` before the map stays quiet. */
  settled: number;
}

/**
 * Filter change → idle, median of `n` alternating changes (on, off, on …). The map is quiet
 * before each change, as it is when a person clicks the next checkbox.
 */
async function filterToIdle(page: Page, mode: 'ours' | 'baseline', n = 7): Promise<FilterTimes> {
  const idle: number[] = [];
  const settled: number[] = [];
  await page.evaluate(`(${QUIET})(400)`);
  for (let i = 0; i < n; i++) {
    const staffel = i % 2 === 0 ? [2020] : [];
    const r = (await page.evaluate(`(${FILTER})(${JSON.stringify({ mode, staffel })})`)) as {
      first: number;
      settled: number;
    };
    idle.push(r.first);
    settled.push(r.settled);
  }
  return { idle: median(idle), settled: median(settled) };
}

export async function measure(): Promise<MapBenchResult> {
  await build(CONFIG);
  const server = await preview({ ...CONFIG, preview: { port: 4199, strictPort: false } });
  const base = server.resolvedUrls?.local[0] ?? 'http://localhost:4199/';
  const browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  try {
    const open = async (mode: 'ours' | 'baseline', data: 'synthetic' | 'real') => {
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[map ${mode}/${data}] pageerror: ${e.message}`));
      const t0 = performance.now();
      await openPage(page, `${base}?mode=${mode}&data=${data}&seed=1`);
      console.log(`  map ${mode}/${data}: loaded after ${fmt((performance.now() - t0) / 1000)} s`);
      await panZoom(page, 10); // warm-up: shaders, tiles
      return page;
    };
    // Both synthetic maps stay open and take turns along the same path, one stretch of it
    // each, so that a slow spell of this shared machine falls on both, not on whichever ran
    // first.
    const pages = {
      ours: await open('ours', 'synthetic'),
      baseline: await open('baseline', 'synthetic'),
    };
    const burst = Math.max(2, Math.round(FRAMES / ROUNDS));
    const pass = async (name: string): Promise<Record<'ours' | 'baseline', number[]>> => {
      const frames: Record<'ours' | 'baseline', number[]> = { ours: [], baseline: [] };
      for (let round = 0; round < ROUNDS; round++) {
        const order =
          round % 2 === 0 ? (['ours', 'baseline'] as const) : (['baseline', 'ours'] as const);
        const [from, to] = [round / ROUNDS, (round + 1) / ROUNDS];
        const turn: Record<string, number[]> = {};
        for (const mode of order) {
          // Chromium runs a background tab's animation frames at 1 Hz: bring this one forward.
          await pages[mode].bringToFront();
          turn[mode] = await panZoom(pages[mode], burst, from, to);
          pushAll(frames[mode], turn[mode]);
          await settle(pages[mode]); // its tiles load now, not during the other's turn
        }
        const ms = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
        console.log(`  ${name} ${round + 1}: ours ${ms(turn.ours)} | bare ${ms(turn.baseline)}`);
      }
      return frames;
    };
    // First pass: every tile, glyph and cluster index is made on the way. Second pass, the
    // measured one: the same path again, as when a presenter pans back and forth.
    const cold = await pass('cold');
    const frames = await pass('warm');
    console.log(`  map synthetic: 2 passes of ${ROUNDS} turns of ${burst} frames each`);
    await pages.ours.bringToFront();
    const ftiOurs = await filterToIdle(pages.ours, 'ours');
    await pages.baseline.bringToFront();
    const ftiBaseline = await filterToIdle(pages.baseline, 'baseline');
    await Promise.all([pages.ours.close(), pages.baseline.close()]);
    const realPage = await open('ours', 'real');
    const ftiReal = await filterToIdle(realPage, 'ours');
    await realPage.close();
    const ours = { frames: frames.ours, fti: ftiOurs };
    const bl = { frames: frames.baseline, fti: ftiBaseline };
    const real = { fti: ftiReal };
    const f = (xs: number[]): Frames => ({ median: median(xs), p95: p95(xs), frames: xs.length });
    const o = f(ours.frames);
    const b = f(bl.frames);
    const co = f(cold.ours);
    const cb = f(cold.baseline);
    return {
      synthetic: {
        ours: o,
        baseline: b,
        ratioMedian: o.median / b.median,
        ratioP95: o.p95 / b.p95,
        cold: { ratioMedian: co.median / cb.median, ratioP95: co.p95 / cb.p95 },
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
      'filter→idle ms': fmt(fti.idle),
      'filter→settled ms': fmt(fti.settled),
    });
  addRow({
    case: 'map',
    graph: 'real',
    renderer: 'ours',
    'frame median ms': null,
    'frame p95 ms': null,
    'filter→idle ms': fmt(r.filterToIdle.real.ours.idle),
    'filter→settled ms': fmt(r.filterToIdle.real.ours.settled),
  });
  addSummary(summary(r));
}

function summary(r: MapBenchResult): string {
  return (
    `map (with Kreis/Gemeinde layers): ours/bare-MapLibre frame-time ratio median ${fmt(r.synthetic.ratioMedian, 2)}, ` +
    `p95 ${fmt(r.synthetic.ratioP95, 2)} (target ≤ 1.2; first pass while tiles are made: ` +
    `median ${fmt(r.synthetic.cold.ratioMedian, 2)}, p95 ${fmt(r.synthetic.cold.ratioP95, 2)}); ` +
    `filter→idle on the real dataset ` +
    `${fmt(r.filterToIdle.real.ours.idle)} ms (target ≤ 50 ms), settled with clusters ` +
    `recounted ${fmt(r.filterToIdle.real.ours.settled)} ms`
  );
}
