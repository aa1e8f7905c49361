/**
 * Layout worker: adapts messages to `computeLayout` and nothing else. Runs
 * off the main thread so a long simulation never blocks input or drawing.
 */
import { computeLayout, provisionalLayout } from './layout';
import { staticLabelOrder } from './labels';
import { buildGraph, layoutGraphOf } from './model';
import { syntheticGraph } from './synthetic';
import type { WorkerReply, WorkerRequest } from './messages';

// Warm-up: the first simulation in a fresh worker runs partly in V8's
// interpreter until the hot loops are optimised, which made the real dataset's
// first layout ~2× slower than later ones. The view creates this worker when it
// mounts, while the dataset is still loading, so a small throw-away layout here
// costs the user nothing. (The bench reports wall time request→result too, so
// this cannot hide any cost.)
computeLayout(layoutGraphOf(buildGraph(syntheticGraph(300, 2, 1))), { mode: 'force', ticks: 40 });

const post = (reply: WorkerReply, transfer: Transferable[] = []): void =>
  (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, params } = event.data;
  try {
    const labelOrder = staticLabelOrder(params.graph);
    if (params.provisional) {
      const positions = provisionalLayout(params.graph);
      post({ id, type: 'provisional', positions, labelOrder }, [positions.buffer]);
    }
    const t0 = performance.now();
    const result = computeLayout(params.graph, {
      mode: params.mode,
      seed: params.seed,
      ticks: params.ticks,
      onProgress: (fraction) => post({ id, type: 'progress', fraction }),
    });
    const ms = performance.now() - t0;
    post({ id, type: 'result', result: { ...result, ms, labelOrder } }, [
      result.positions.buffer,
      labelOrder.order.buffer,
    ]);
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    post({ id, type: 'error', message: err.message, name: err.name });
  }
};
