/**
 * Start-up benchmark (issue 17): how soon a first visitor sees the map with the model
 * projects, against a bare MapLibre page with the same basemap style and points
 * (bench/startup/), in the same run, five times each (STARTUP_BENCH_RUNS), alternating which
 * goes first, figures as medians: on a loaded 2-core machine single visits vary by 2×.
 *
 * - **First map frame with the project points**, from navigation start: the User Timing mark
 *   `atlas:projects-drawn` that the app and the bare page set the same way
 *   (src/lib/map/startup-marks.ts). Ratio of medians, target ≤ 1.3.
 * - **Start-up JavaScript**: gzip size (level 9, as `npm run size`) of every script the page
 *   requested before that frame, MapLibre's own modules (main and worker) apart from the
 *   app's. Target: the app's share ≤ 120 KiB.
 * - **Longest main-thread task until ready** (Long Tasks API): the app is ready when the map
 *   has drawn the whole dataset (`atlas:map-ready`) and the network its first full frame
 *   (`atlas:graph-drawn`); the bare page when its map is idle. Target ≤ 1.2× the bare page's.
 *
 * Each visit's line also gives the longest task before the projects' frame and after it;
 * `STARTUP_TASKS=1` adds every long task (`start:duration`, ms) and the app's `atlas:` marks.
 *
 * Each visit is a first visit: a fresh browser context (empty HTTP cache, no service worker).
 * The app is the production build in dist/ (`npm run bench` builds it first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { max } from 'd3';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';
import { STARTUP_MARKS } from '../../src/lib/map/startup-marks.ts';
import { sharedBrowser } from '../lib/browser.ts';
import { startTrace, type Tracer } from '../lib/trace.ts';
import { median } from '../lib/stats.ts';
import { addRow, addSummary, fmt } from '../lib/table.ts';

export const name = 'startup';

const RUNS = Number(process.env.STARTUP_BENCH_RUNS ?? 5);
/** STARTUP_PROFILE=<dir>: a DevTools trace of every measured visit (slower; for finding causes). */
const LIST_TASKS = !!process.env.STARTUP_TASKS;
const PROFILE_DIR = process.env.STARTUP_PROFILE;
const VIEWPORT = { width: 1400, height: 900 };
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const APP_DIR = join(ROOT, 'dist');
const BARE_DIR = join(ROOT, 'bench/results/dist-startup');

const BARE_CONFIG: InlineConfig = {
  configFile: false,
  root: join(ROOT, 'bench/startup'),
  base: './',
  plugins: [svelte({ configFile: join(ROOT, 'svelte.config.js') })],
  logLevel: 'warn',
  build: {
    outDir: BARE_DIR,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 3000,
    // MapLibre in a chunk of its own, named as in the app, so its size is told apart.
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  worker: { format: 'es' },
};

/** One visit's figures. */
export interface Visit {
  /** ms from navigation start to the first frame with the project points. */
  drawn: number;
  /** ms from navigation start to ready (see the module comment). */
  ready: number;
  /** Longest task (ms) before ready; 0 if none reached 50 ms. */
  longestTask: number;
  /** Longest task (ms) that started before the projects' frame, and after it (until ready). */
  longestBefore: number;
  longestAfter: number;
  /** Every long task until ready, as `start:duration` (ms), and the `atlas:` marks. */
  timeline: string;
  /** Sum of long-task time (ms) before ready. */
  longTasks: number;
  /** gzip bytes of scripts requested before the first frame: MapLibre's, the app's. */
  jsAtDrawn: { maplibre: number; app: number };
  /** The same for every script requested before ready. */
  jsAtReady: { maplibre: number; app: number };
}

export interface StartupResult {
  app: Visit[];
  bare: Visit[];
}

// Runs in the page before any of its scripts (a string: tsx would add helpers to a function).
const OBSERVE_LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
})()`;

const isMaplibre = (file: string) => /^maplibre/i.test(file);
const gzipCache = new Map<string, number>();
function gzipBytes(dir: string, url: string): number {
  const file = join(dir, decodeURIComponent(new URL(url).pathname));
  let n = gzipCache.get(file);
  if (n === undefined) {
    n = existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
    gzipCache.set(file, n);
  }
  return n;
}

async function visit(
  browser: Browser,
  url: string,
  dir: string,
  readyMarks: readonly string[],
  traceFile?: string,
): Promise<Visit & { mapRect: { x: number; y: number; w: number; h: number } }> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page: Page = await context.newPage();
    await page.addInitScript(OBSERVE_LONG_TASKS);
    // Scripts, including those of workers (Playwright reports a worker's requests on its page).
    const scripts: { url: string; at: number }[] = [];
    page.on('request', (r) => {
      if (/\.m?js(\?|$)/.test(r.url())) scripts.push({ url: r.url(), at: Date.now() });
    });
    page.on('pageerror', (e) => console.error(`  [startup] pageerror: ${e.message}`));
    const tracer: Tracer | null = PROFILE_DIR && traceFile ? await startTrace(page) : null;
    await page.goto(url);
    const marks = [STARTUP_MARKS.projectsDrawn, ...readyMarks];
    await page.waitForFunction(
      (names) => names.every((n) => performance.getEntriesByName(n, 'mark').length > 0),
      marks,
      { timeout: 300_000 },
    );
    if (tracer) await tracer.stop(join(PROFILE_DIR ?? '', traceFile ?? ''), 50);
    const r = (await page.evaluate(`(() => {
      const at = (n) => performance.getEntriesByName(n, 'mark')[0].startTime;
      const drawn = at(${JSON.stringify(STARTUP_MARKS.projectsDrawn)});
      const ready = Math.max(...${JSON.stringify(readyMarks)}.map(at));
      const canvas = document.querySelector('canvas.maplibregl-canvas').getBoundingClientRect();
      const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('atlas:'))
        .map((m) => m.name.slice(6) + '@' + Math.round(m.startTime)).join(' ');
      return { origin: performance.timeOrigin, drawn, ready, tasks: window.__longTasks, marks,
        mapRect: { x: canvas.left, y: canvas.top, w: canvas.width, h: canvas.height } };
    })()`)) as {
      origin: number;
      drawn: number;
      ready: number;
      tasks: [number, number][];
      marks: string;
      mapRect: { x: number; y: number; w: number; h: number };
    };
    const before = (t: number) => r.tasks.filter(([start]) => start < t).map(([, d]) => d);
    const js = (until: number) => {
      const out = { maplibre: 0, app: 0 };
      const seen = new Set<string>();
      for (const s of scripts) {
        if (s.at > r.origin + until || seen.has(s.url)) continue;
        seen.add(s.url);
        const file = new URL(s.url).pathname.split('/').pop() ?? '';
        out[isMaplibre(file) ? 'maplibre' : 'app'] += gzipBytes(dir, s.url);
      }
      return out;
    };
    const tasks = before(r.ready);
    const after = r.tasks.filter(([t]) => t >= r.drawn && t < r.ready).map(([, d]) => d);
    return {
      drawn: r.drawn,
      ready: r.ready,
      longestTask: max(tasks) ?? 0,
      longestBefore: max(before(r.drawn)) ?? 0,
      longestAfter: max(after) ?? 0,
      timeline:
        r.tasks
          .filter(([t]) => t < r.ready)
          .map(([t, d]) => `${Math.round(t)}:${Math.round(d)}`)
          .join(' ') + ` | ${r.marks}`,
      longTasks: tasks.reduce((a, b) => a + b, 0),
      jsAtDrawn: js(r.drawn),
      jsAtReady: js(r.ready),
      mapRect: r.mapRect,
    };
  } finally {
    await context.close();
  }
}

export async function measure(): Promise<StartupResult> {
  if (!existsSync(join(APP_DIR, 'index.html')))
    throw new Error('No app build in dist/. Run "npm run build" first (npm run bench does).');
  await build(BARE_CONFIG);
  const servers: PreviewServer[] = [];
  const serve = async (config: InlineConfig) => {
    const s = await preview({ ...config, preview: { port: 4230, host: '127.0.0.1' } });
    servers.push(s);
    return s.resolvedUrls?.local[0] ?? '';
  };
  try {
    const appUrl = await serve({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
    const bareBase = await serve(BARE_CONFIG);
    const browser = await sharedBrowser();
    const app = (trace?: string) =>
      visit(browser, appUrl, APP_DIR, [STARTUP_MARKS.mapReady, STARTUP_MARKS.graphDrawn], trace);
    // A first, unmeasured visit of each: the servers and the disk cache warm up, and the
    // bare map takes the place and size of the app's map pane.
    const { mapRect } = await app();
    const q = new URLSearchParams(
      Object.entries(mapRect).map(([k, v]) => [k, String(Math.round(v))]),
    );
    const bareUrl = `${bareBase}?${q}`;
    const bare = (trace?: string) =>
      visit(browser, bareUrl, BARE_DIR, [STARTUP_MARKS.mapReady], trace);
    await bare();
    const out: StartupResult = { app: [], bare: [] };
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
      for (const who of order) {
        const trace = `startup-${who}-${i + 1}.trace.json`;
        const v = who === 'app' ? await app(trace) : await bare(trace);
        out[who].push(v);
        console.log(
          `  startup ${who} ${i + 1}: projects drawn ${fmt(v.drawn, 0)} ms, ready ${fmt(v.ready, 0)} ms, ` +
            `longest task ${fmt(v.longestTask, 0)} ms (before the frame ${fmt(v.longestBefore, 0)}, ` +
            `after ${fmt(v.longestAfter, 0)}), JS at first frame ${kib(v.jsAtDrawn.app)} KiB app + ` +
            `${kib(v.jsAtDrawn.maplibre)} KiB MapLibre (gzip)`,
        );
        if (LIST_TASKS) console.log(`    long tasks ${v.timeline}`);
      }
    }
    return out;
  } finally {
    for (const s of servers) await new Promise<void>((r) => s.httpServer.close(() => r()));
  }
}

const kib = (bytes: number) => fmt(bytes / 1024, 1);

export interface StartupSummary {
  drawn: { app: number; bare: number; ratio: number };
  longestTask: { app: number; bare: number; ratio: number };
  /** KiB gzip, medians over the visits. */
  js: { appAtDrawn: number; maplibreAtDrawn: number; appAtReady: number };
  ready: { app: number; bare: number };
}

export function summarise(r: StartupResult): StartupSummary {
  const m = (vs: Visit[], f: (v: Visit) => number) => median(vs.map(f));
  const drawn = { app: m(r.app, (v) => v.drawn), bare: m(r.bare, (v) => v.drawn) };
  const longest = { app: m(r.app, (v) => v.longestTask), bare: m(r.bare, (v) => v.longestTask) };
  return {
    drawn: { ...drawn, ratio: drawn.app / drawn.bare },
    longestTask: { ...longest, ratio: longest.app / longest.bare },
    js: {
      appAtDrawn: m(r.app, (v) => v.jsAtDrawn.app) / 1024,
      maplibreAtDrawn: m(r.app, (v) => v.jsAtDrawn.maplibre) / 1024,
      appAtReady: m(r.app, (v) => v.jsAtReady.app) / 1024,
    },
    ready: { app: m(r.app, (v) => v.ready), bare: m(r.bare, (v) => v.ready) },
  };
}

/** Entry point for bench/run.ts. */
export async function run(): Promise<void> {
  const r = await measure();
  const s = summarise(r);
  for (const who of ['app', 'bare'] as const) {
    const vs = r[who];
    addRow({
      case: 'startup',
      graph: 'real',
      renderer: who === 'app' ? 'ours' : 'maplibre-bare',
      'projects drawn ms': fmt(median(vs.map((v) => v.drawn)), 0),
      'ready ms': fmt(median(vs.map((v) => v.ready)), 0),
      'longest task ms': fmt(median(vs.map((v) => v.longestTask)), 0),
      'long tasks ms': fmt(median(vs.map((v) => v.longTasks)), 0),
      'JS gzip KiB (app+MapLibre)': `${kib(median(vs.map((v) => v.jsAtDrawn.app)))}+${kib(median(vs.map((v) => v.jsAtDrawn.maplibre)))}`,
    });
  }
  addSummary(
    `startup: first map frame with the projects ${fmt(s.drawn.app, 0)} ms, bare MapLibre ` +
      `${fmt(s.drawn.bare, 0)} ms (medians of ${RUNS}) → ratio ${fmt(s.drawn.ratio, 2)} (target ≤ 1.3)`,
  );
  addSummary(
    `startup: JavaScript before that frame ${fmt(s.js.appAtDrawn)} KiB gzip over MapLibre's ` +
      `${fmt(s.js.maplibreAtDrawn)} KiB (target ≤ 120); ${fmt(s.js.appAtReady)} KiB by ready`,
  );
  addSummary(
    `startup: longest main-thread task until ready ${fmt(s.longestTask.app, 0)} ms, bare MapLibre ` +
      `${fmt(s.longestTask.bare, 0)} ms → ${fmt(s.longestTask.ratio, 2)}× (target ≤ 1.2×); ` +
      `ready after ${fmt(s.ready.app, 0)} ms (bare ${fmt(s.ready.bare, 0)} ms)`,
  );
}
