import { describe, expect, it } from 'vitest';
import {
  LayoutClient,
  StaleLayoutError,
  type WorkerLike,
} from '../../../src/lib/graph/layout-client';
import type {
  TimedLayoutResult,
  WorkerReply,
  WorkerRequest,
} from '../../../src/lib/graph/messages';
import { buildGraph, layoutGraphOf } from '../../../src/lib/graph/model';

/** A worker stand-in that records requests and lets the test answer them by hand. */
class FakeWorker implements WorkerLike {
  requests: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  postMessage(message: WorkerRequest): void {
    this.requests.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: WorkerReply): void {
    this.onmessage?.({ data } as MessageEvent<WorkerReply>);
  }
}

const graph = layoutGraphOf(
  buildGraph({ nodes: [{ id: 'a', type: 'Kommune', kind: 'member' }], edges: [] }),
);
const result = (x: number): TimedLayoutResult => ({
  mode: 'force',
  positions: new Float32Array([x, 0]),
  ticks: 1,
  converged: true,
  labels: [],
  ms: 1,
  labelOrder: { order: new Uint32Array([0]), important: 0 },
});

function setup() {
  const workers: FakeWorker[] = [];
  const client = new LayoutClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

describe('LayoutClient', () => {
  it('resolves with the worker result and forwards progress', async () => {
    const { client, workers } = setup();
    const progress: number[] = [];
    const p = client.layout(graph, { mode: 'force', onProgress: (f) => progress.push(f) });
    const { id } = workers[0].requests[0];
    workers[0].reply({ id, type: 'progress', fraction: 0.4 });
    workers[0].reply({ id, type: 'result', result: result(7) });
    expect((await p).positions[0]).toBe(7);
    expect(progress).toEqual([0.4]);
    expect(client.busy).toBeNull();
  });

  it('drops a stale result: the superseded request rejects, its late reply is ignored', async () => {
    const { client, workers } = setup();
    const first = client.layout(graph, { mode: 'force' });
    const firstId = workers[0].requests[0].id;
    const second = client.layout(graph, { mode: 'geo' });
    await expect(first).rejects.toBeInstanceOf(StaleLayoutError);
    // The busy worker was terminated and a fresh one took the new request.
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    const secondId = workers[1].requests[0].id;
    expect(secondId).not.toBe(firstId);
    // A late reply for the first id (even on the new worker) must not resolve the second.
    workers[1].reply({ id: firstId, type: 'result', result: result(1) });
    workers[1].reply({ id: secondId, type: 'result', result: result(2) });
    expect((await second).positions[0]).toBe(2);
  });

  it('an aborted request rejects as stale', async () => {
    const { client } = setup();
    const ac = new AbortController();
    const p = client.layout(graph, { mode: 'force', signal: ac.signal });
    ac.abort();
    await expect(p).rejects.toBeInstanceOf(StaleLayoutError);
  });

  it('cancel (a graph too large to lay out) stops the run in flight; the client stays usable', async () => {
    const { client, workers } = setup();
    const p = client.layout(graph, { mode: 'force' });
    const staleId = workers[0].requests[0].id;
    client.cancel();
    await expect(p).rejects.toBeInstanceOf(StaleLayoutError);
    expect(workers[0].terminated).toBe(true);
    expect(client.busy).toBeNull();
    const next = client.layout(graph, { mode: 'geo' });
    workers[1].reply({ id: staleId, type: 'result', result: result(1) });
    workers[1].reply({ id: workers[1].requests[0].id, type: 'result', result: result(3) });
    expect((await next).positions[0]).toBe(3);
  });

  it('a worker error rejects with its name and message', async () => {
    const { client, workers } = setup();
    const p = client.layout(graph, { mode: 'type' });
    const { id } = workers[0].requests[0];
    workers[0].reply({ id, type: 'error', name: 'LayoutTooLargeError', message: 'too big' });
    await expect(p).rejects.toMatchObject({ name: 'LayoutTooLargeError', message: 'too big' });
  });
});
