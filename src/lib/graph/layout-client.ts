/**
 * The main thread's side of the layout worker, with the same async shape as
 * calling `computeLayout` locally (flowmap.gl's local/worker providers).
 *
 * Each request gets an id. Only the newest request counts: when a new one is
 * made while an older one is still running, the older promise rejects with a
 * {@link StaleLayoutError} and any reply that still arrives for it is dropped.
 * Because a simulation in the worker is one synchronous loop that cannot read
 * a "cancel" message, a superseded run is stopped by terminating the worker
 * and starting a fresh one (when the client owns a worker factory).
 */
import type { LayoutGraph } from './model';
import type { LayoutMode } from './layout';
import type { TimedLayoutResult, WorkerReply, WorkerRequest } from './messages';

/** The slice of `Worker` the client uses (a real Worker, or a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export class StaleLayoutError extends Error {
  constructor(readonly id: number) {
    super(`layout request ${id} was superseded`);
    this.name = 'StaleLayoutError';
  }
}

export interface ClientLayoutOptions {
  mode: LayoutMode;
  seed?: number;
  ticks?: number;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

interface Pending {
  id: number;
  resolve(result: TimedLayoutResult): void;
  reject(error: Error): void;
  onProgress?: (fraction: number) => void;
}

export function createLayoutWorker(): WorkerLike {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

export class LayoutClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private pending: Pending | null = null;

  /** @param factory creates the worker (again, after a superseded run was terminated). */
  constructor(private readonly factory: () => WorkerLike = createLayoutWorker) {}

  /** Lays out `graph` in the worker. Rejects with {@link StaleLayoutError} when superseded. */
  layout(graph: LayoutGraph, options: ClientLayoutOptions): Promise<TimedLayoutResult> {
    if (this.pending) this.supersede();
    const id = this.nextId++;
    return new Promise<TimedLayoutResult>((resolve, reject) => {
      const pending: Pending = { id, resolve, reject, onProgress: options.onProgress };
      this.pending = pending;
      options.signal?.addEventListener('abort', () => {
        if (this.pending?.id === id) this.supersede();
      });
      this.ensureWorker().postMessage({
        id,
        name: 'layout',
        params: { graph, mode: options.mode, seed: options.seed ?? 1, ticks: options.ticks },
      });
    });
  }

  /** Id of the request in flight, or null. */
  get busy(): number | null {
    return this.pending?.id ?? null;
  }

  dispose(): void {
    if (this.pending) this.supersede();
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.factory();
    w.onmessage = (e) => this.receive(e.data);
    w.onerror = (e) => {
      const p = this.pending;
      this.pending = null;
      p?.reject(new Error(e.message || 'layout worker failed'));
    };
    this.worker = w;
    return w;
  }

  private supersede(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    // The running simulation cannot be interrupted; a new worker is cheaper than waiting.
    this.worker?.terminate();
    this.worker = null;
    p.reject(new StaleLayoutError(p.id));
  }

  private receive(reply: WorkerReply): void {
    const p = this.pending;
    if (!p || reply.id !== p.id) return; // stale: an older request's late reply
    if (reply.type === 'progress') {
      p.onProgress?.(reply.fraction);
      return;
    }
    this.pending = null;
    if (reply.type === 'result') p.resolve(reply.result);
    else {
      const err = new Error(reply.message);
      err.name = reply.name;
      p.reject(err);
    }
  }
}
