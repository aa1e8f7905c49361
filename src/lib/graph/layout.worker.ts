/**
 * Layout worker: adapts messages to `computeLayout` and nothing else. Runs
 * off the main thread so a long simulation never blocks input or drawing.
 */
import { computeLayout } from './layout';
import type { WorkerReply, WorkerRequest } from './messages';

const post = (reply: WorkerReply, transfer: Transferable[] = []): void =>
  (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, params } = event.data;
  try {
    const t0 = performance.now();
    const result = computeLayout(params.graph, {
      mode: params.mode,
      seed: params.seed,
      ticks: params.ticks,
      onProgress: (fraction) => post({ id, type: 'progress', fraction }),
    });
    const ms = performance.now() - t0;
    post({ id, type: 'result', result: { ...result, ms } }, [result.positions.buffer]);
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    post({ id, type: 'error', message: err.message, name: err.name });
  }
};
