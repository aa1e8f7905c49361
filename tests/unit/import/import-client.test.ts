import { describe, expect, it } from 'vitest';
import {
  ImportCancelled,
  ImportClient,
  type WorkerLike,
} from '../../../src/lib/import/import-client';
import type { ImportReply, ImportRequest } from '../../../src/lib/import/messages';

class FakeWorker implements WorkerLike {
  posted: ImportRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(m: ImportRequest): void {
    this.posted.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(r: ImportReply): void {
    this.onmessage?.({ data: r } as MessageEvent<ImportReply>);
  }
}

const decisions = { swap: true, crs: null, choices: {} };

describe('ImportClient', () => {
  it('forwards progress and resolves with the result of its own request', async () => {
    const workers: FakeWorker[] = [];
    const client = new ImportClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const seen: [string, number][] = [];
    const p = client.finalize(decisions, true, (phase, f) => seen.push([phase, f]));
    const id = workers[0].posted[0].id;
    workers[0].reply({ id, type: 'progress', phase: 'build', fraction: 0.5 });
    workers[0].reply({ id: id + 99, type: 'result', result: { stale: true } as never });
    workers[0].reply({ id, type: 'result', result: { ok: 1 } as never });
    await expect(p).resolves.toEqual({ ok: 1 });
    expect(seen).toEqual([['build', 0.5]]);
  });

  it('a new request supersedes the old one: it rejects, the worker is replaced, late replies are dropped', async () => {
    const workers: FakeWorker[] = [];
    const client = new ImportClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const first = client.finalize(decisions);
    const firstId = workers[0].posted[0].id;
    const second = client.finalize(decisions);
    await expect(first).rejects.toBeInstanceOf(ImportCancelled);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    workers[0].reply({ id: firstId, type: 'result', result: { late: true } as never });
    const secondId = workers[1].posted[0].id;
    workers[1].reply({ id: secondId, type: 'result', result: { fresh: true } as never });
    await expect(second).resolves.toEqual({ fresh: true });
  });

  it('cancel() rejects the request in flight and terminates the worker; errors reject', async () => {
    const workers: FakeWorker[] = [];
    const client = new ImportClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const p = client.finalize(decisions);
    client.cancel();
    await expect(p).rejects.toBeInstanceOf(ImportCancelled);
    expect(workers[0].terminated).toBe(true);
    const q = client.finalize(decisions);
    workers[1].reply({ id: workers[1].posted[0].id, type: 'error', message: 'boom' });
    await expect(q).rejects.toThrow('boom');
  });

  it('sends plain decisions (no proxies) to the worker', () => {
    const w = new FakeWorker();
    const client = new ImportClient(() => w);
    const choices = { 3: 1 };
    void client.finalize({ swap: false, crs: 'EPSG:25832', choices }).catch(() => {});
    const sent = w.posted[0] as Extract<ImportRequest, { name: 'finalize' }>;
    expect(sent.params.decisions).toEqual({ swap: false, crs: 'EPSG:25832', choices: { 3: 1 } });
    expect(sent.params.decisions.choices).not.toBe(choices);
    client.dispose();
  });
});
