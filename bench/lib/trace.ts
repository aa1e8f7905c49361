/**
 * Main-thread traces for bench cases, through the Chrome DevTools Protocol (`Tracing` domain,
 * the data DevTools' Performance panel records): what the long tasks were made of — script,
 * style, layout, paint, garbage collection, IndexedDB, message serialisation — which a
 * JavaScript CPU profile lumps together as "(program)".
 *
 * @see https://chromedevtools.github.io/devtools-protocol/tot/Tracing/
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; type?: string } };
}

export interface Tracer {
  /** Writes the trace to `file` and prints a summary of the tasks over `limit` ms (default 200). */
  stop(file: string, limit?: number): Promise<void>;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'IndexedDB',
  'gpu',
  'disabled-by-default-v8.gc',
  // JavaScript samples (ProfileChunk events), so a long task's script is named by function.
  'disabled-by-default-v8.cpu_profiler',
].join(',');

/** Records a trace of `categories` on `page`; `stop()` ends it and gives its events. */
async function record(
  page: Page,
  categories: string[],
): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const v of e.value as unknown as TraceEvent[]) events.push(v);
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories },
  });
  return {
    async stop() {
      const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      return events;
    },
  };
}

export async function startTrace(page: Page): Promise<Tracer> {
  // TRACE_NO_SAMPLES=1: no JavaScript samples (their overhead inflates the tasks' CPU time).
  const trace = await record(
    page,
    CATEGORIES.split(',').filter(
      (c) => !process.env.TRACE_NO_SAMPLES || !c.includes('cpu_profiler'),
    ),
  );
  return {
    async stop(file, limit) {
      const events = await trace.stop();
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ traceEvents: events }));
      console.log(`  trace: ${file}`);
      for (const line of summarizeTrace(events, limit)) console.log(`    ${line}`);
    },
  };
}

/**
 * Long main-thread tasks (over `limit` ms) and, over all of them, the self time of each event
 * name nested inside (function calls named by their function), largest first.
 */
export function summarizeTrace(events: TraceEvent[], limit = 200, top = 30): string[] {
  const threadName = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const main = new Set([...threadName].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (!main.has(k) || e.ph !== 'X' || e.dur === undefined) continue;
    (byThread.get(k) ?? byThread.set(k, []).get(k)!).push(e);
  }
  const self = new Map<string, number>();
  const tasks: number[] = [];
  /** Per long task: ms the main thread waited for the GPU process (software compositing reads each WebGL frame back). */
  const gpuWait: number[] = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    // Walk nested complete events with a stack; attribute self time inside long tasks.
    const stack: { e: TraceEvent; child: number }[] = [];
    let inLong = false;
    const close = (upTo: number) => {
      while (
        stack.length &&
        stack[stack.length - 1].e.ts + (stack[stack.length - 1].e.dur ?? 0) <= upTo
      ) {
        const top = stack.pop()!;
        if (inLong && top.e.name === 'CommandBufferProxyImpl::WaitForGetOffset')
          gpuWait[gpuWait.length - 1] += (top.e.dur ?? 0) / 1000;
        if (inLong) {
          const name = labelOf(top.e);
          self.set(name, (self.get(name) ?? 0) + ((top.e.dur ?? 0) - top.child) / 1000);
        }
        if (stack.length) stack[stack.length - 1].child += top.e.dur ?? 0;
        else inLong = false;
      }
    };
    for (const e of list) {
      close(e.ts);
      if (!stack.length) {
        if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
        inLong = (e.dur ?? 0) / 1000 > limit;
        if (inLong) {
          tasks.push((e.dur ?? 0) / 1000);
          gpuWait.push(0);
        }
      }
      stack.push({ e, child: 0 });
    }
    close(Infinity);
  }
  const order = tasks.map((_, i) => i).sort((a, b) => tasks[b] - tasks[a]);
  const lines = [
    `${tasks.length} tasks over ${limit} ms: ${order
      .slice(0, 12)
      .map((i) => tasks[i].toFixed(0))
      .join(', ')} ms`,
    `  of which waiting for the GPU process: ${order
      .slice(0, 12)
      .map((i) => gpuWait[i].toFixed(0))
      .join(', ')} ms`,
    'self time inside them:',
  ];
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`${v.toFixed(0).padStart(7)} ms  ${k}`);
  return lines;
}

function labelOf(e: TraceEvent): string {
  const d = e.args?.data;
  if (e.name === 'FunctionCall' && d?.functionName)
    return `FunctionCall ${d.functionName} ${(d.url ?? '').split('/').pop()}`;
  if (e.name === 'EventDispatch' && d?.type) return `EventDispatch ${d.type}`;
  return e.name;
}

/** A main-thread task as the light trace saw it: wall time and the thread's own CPU time (ms). */
export interface TaskTime {
  wall: number;
  cpu: number;
}

export interface TaskClock {
  /** Top-level main-thread tasks over `minMs` wall time, in order. */
  stop(minMs?: number): Promise<TaskTime[]>;
}

/**
 * A light trace (category `toplevel` only: one event per task, no sampling) of a page's
 * main-thread tasks with their thread CPU time (`tdur`). On an overloaded machine a task's
 * wall time includes the time the thread was runnable but not running; its CPU time does
 * not, so the two together tell the app's work from the machine's load.
 */
export async function startTaskClock(page: Page): Promise<TaskClock> {
  const trace = await record(page, ['toplevel']);
  return {
    async stop(minMs = 50) {
      return mainThreadTasks(await trace.stop(), minMs);
    },
  };
}

/** Top-level `RunTask`s of the renderer main threads in `events` over `minMs` (pure). */
export function mainThreadTasks(events: readonly TraceEvent[], minMs: number): TaskTime[] {
  const main = new Set<string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      main.add(`${e.pid}:${e.tid}`);
  const tasks = events
    .filter(
      (e) =>
        main.has(`${e.pid}:${e.tid}`) &&
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        e.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TaskTime[] = [];
  const end = new Map<string, number>();
  for (const e of tasks) {
    const k = `${e.pid}:${e.tid}`;
    // Nested RunTasks (a task run inside another) belong to the outer one.
    if (e.ts < (end.get(k) ?? -Infinity)) continue;
    end.set(k, e.ts + (e.dur ?? 0));
    if ((e.dur ?? 0) / 1000 > minMs)
      out.push({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 });
  }
  return out;
}
