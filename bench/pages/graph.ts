/**
 * Bench page for the app's NetworkGraph: `?n=1000` mounts it on a seeded
 * synthetic graph, `?real=1` on the shipped dataset. Exposes `window.__bench`.
 */
import { flushSync, mount } from 'svelte';
import GraphBench from './GraphBench.svelte';
import { syntheticGraph } from '../../src/lib/graph/synthetic';
import { loadDataset } from '../../src/lib/data/load-dataset';
import { gestureSteps, longestTask, params, runGesture, type GestureResult } from './common';

interface Handle {
  gestureTo(k: number, x: number, y: number): void;
  view(): { k: number; x: number; y: number };
  settled(): boolean;
  labelMs(): number;
  labelRuns(): number;
  labels(): string[];
}
type Frame = { quality: 'fast' | 'full'; ms: number; at: number };

const frames: Frame[] = [];
let layoutInfo: {
  ms: number;
  wallMs: number;
  ticks: number;
  converged: boolean;
  n: number;
  at: number;
} | null = null;
let dataMs = 0;

async function setup() {
  const n = Number(params.get('n') ?? 0);
  const input = n ? syntheticGraph(n, 4, 1) : null;
  // The host and its contexts first (the app creates them at start), then a task
  // boundary, so neither the synthetic graph's generation nor the host (bench set-up)
  // is counted as part of mounting the view.
  const host = mount(GraphBench, {
    target: document.getElementById('app')!,
    props: {
      onlayout: (info: Omit<NonNullable<typeof layoutInfo>, 'at'>) =>
        (layoutInfo = { ...info, at: performance.now() }),
      onframe: (f: Frame) => frames.push(f),
    },
  });
  flushSync();
  await new Promise((r) => setTimeout(r, 0));
  const m0 = performance.now();
  performance.mark('bench:input');
  // As in App.svelte: the view mounts first; the real dataset arrives later.
  host.show(input);
  flushSync();
  let mounted = performance.now();
  const mountMs = mounted - m0;
  // From the graph's input arriving (mount with a synthetic graph, or the
  // dataset handed over) to its first full frame: every main-thread task of
  // the model build, scene, layout hand-off and first draw lies in here.
  let inputAt = m0;
  if (!n) {
    const loaded = await loadDataset();
    if (!loaded.ok) throw new Error('dataset did not load');
    const d0 = performance.now();
    inputAt = d0;
    performance.mark('bench:input');
    host.setDataset(loaded.dataset);
    flushSync();
    mounted = performance.now();
    dataMs = mounted - d0;
  }
  // Wait for the layout and then its first full-quality frame.
  await new Promise<void>((resolve) => {
    const poll = (): void => {
      if (layoutInfo && frames.some((f) => f.quality === 'full' && f.at > layoutInfo!.at))
        resolve();
      else setTimeout(poll, 20);
    };
    poll();
  });
  const firstFull = frames.find((f) => f.quality === 'full' && f.at > layoutInfo!.at)!;
  performance.mark('bench:first-full', { startTime: firstFull.at });
  return {
    n: layoutInfo!.n,
    mountMs: mountMs + dataMs,
    layoutMs: layoutInfo!.ms,
    layoutWallMs: layoutInfo!.wallMs,
    ticks: layoutInfo!.ticks,
    converged: layoutInfo!.converged,
    /** Longest main-thread task that started between mounting (layout requested) and the first full frame. */
    layoutLongestTask: longestTask(mounted, firstFull.at),
    /** Longest main-thread task from the input arriving (mount included) to the first full frame. */
    inputLongestTask: longestTask(inputAt, firstFull.at),
    firstFullMs: firstFull.at - layoutInfo!.at,
  };
}

async function gesture(
  maxMs: number,
): Promise<GestureResult & { fastWork: number[]; toFullMs: number; gestureLongestTask: number }> {
  const h = (window as unknown as { __graph: Handle }).__graph;
  const el = document.getElementById('app')!;
  const steps = gestureSteps(h.view(), el.clientWidth, el.clientHeight);
  const before = frames.length;
  const r = await runGesture(steps, (t) => h.gestureTo(t.k, t.x, t.y), maxMs);
  const fastWork = frames
    .slice(before)
    .filter((f) => f.quality === 'fast')
    .map((f) => f.ms);
  // Time until a full-quality frame for the final view is on screen.
  const full = await new Promise<Frame>((resolve) => {
    const poll = (): void => {
      const f = frames.find((x, i) => i >= before && x.quality === 'full' && x.at > r.tLast);
      if (f) resolve(f);
      else setTimeout(poll, 5);
    };
    poll();
  });
  const end = performance.now();
  return {
    ...r,
    fastWork,
    toFullMs: full.at - r.tLast,
    gestureLongestTask: longestTask(r.t0, end),
  };
}

/**
 * Label placement at `count` zoom levels: each step moves the camera as a
 * gesture would and waits until the view has settled and placed its labels
 * (in the settle task, after the frames). Returns each placement's time, the
 * labels placed, and the longest main-thread task in the whole run.
 */
async function labels(
  count: number,
): Promise<{ placeMs: number[]; placed: number[]; longestTask: number }> {
  const h = (window as unknown as { __graph: Handle }).__graph;
  const placeMs: number[] = [];
  const placed: number[] = [];
  const t0 = performance.now();
  const start = h.view();
  const el = document.getElementById('app')!;
  for (let i = 0; i < count; i++) {
    const f = Math.pow(1.6, i - count / 2);
    const cx = el.clientWidth / 2;
    const cy = el.clientHeight / 2;
    h.gestureTo(start.k * f, cx - (cx - start.x) * f, cy - (cy - start.y) * f);
    const before = h.labelRuns();
    await new Promise<void>((resolve) => {
      const poll = (): void => {
        // A new placement has run once the view is settled again. (Not "labelMs changed":
        // two placements can take the same, coarsened, time, and the wait never ended.)
        if (h.settled() && h.labelRuns() !== before) resolve();
        else setTimeout(poll, 10);
      };
      setTimeout(poll, 10);
    });
    placeMs.push(h.labelMs());
    placed.push(h.labels().length);
  }
  return { placeMs, placed, longestTask: longestTask(t0, performance.now()) };
}

// Started by the bench (`ready()`) once the page is loaded and Playwright's own script is
// injected (its first `evaluate`), so neither lies inside the measured input→first frame.
let started: ReturnType<typeof setup> | null = null;
const ready = (): ReturnType<typeof setup> => (started ??= setup());
(window as unknown as { __bench: unknown }).__bench = { ready, gesture, labels };
