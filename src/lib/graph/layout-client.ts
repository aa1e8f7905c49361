/**
 * Main-thread side of the layout worker, with the same async API as
 * calling `computeLayout` locally (flowmap.gl's local/worker providers).
 *
 * Requests go through {@link LatestRequests} with the `replace` policy: only
 * the newest request counts; an older one still running rejects with a
 * {@link StaleLayoutError} and any reply that still arrives for it is dropped.
 * Because a simulation in the worker is one synchronous loop that cannot read
 * a "cancel" message, a superseded run is stopped by terminating the worker
 * and starting a fresh one (when the client owns a worker factory).
 */
import type { LayoutGraph } from './model';
import type { LayoutMode } from './layout';
import type { LabelOrder, TimedLayoutResult, WorkerReply, WorkerRequest } from './messages';
import { LatestRequests, StaleRequestError } from './latest-request';

/** The slice of `Worker` the client uses (a real Worker, or a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** A superseded layout request (the shared {@link StaleRequestError}). */
export { StaleRequestError as StaleLayoutError };

export interface ClientLayoutOptions {
  mode: LayoutMode;
  seed?: number;
  ticks?: number;
  onProgress?: (fraction: number) => void;
  /** Called once with provisional (geographic) positions and the label order before the layout runs. */
  onProvisional?: (positions: Float32Array, labelOrder: LabelOrder) => void;
  signal?: AbortSignal;
}

type Update =
  | { type: 'progress'; fraction: number }
  | { type: 'provisional'; positions: Float32Array; labelOrder: LabelOrder };

interface Job {
  graph: LayoutGraph;
  options: ClientLayoutOptions;
}

export function createLayoutWorker(): WorkerLike {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

export class LayoutClient {
  private worker: WorkerLike | null = null;
  private readonly requests: LatestRequests<Job, TimedLayoutResult, Update>;

  /** @param factory creates the worker (again, after a superseded run was terminated). */
  constructor(private readonly factory: () => WorkerLike = createLayoutWorker) {
    this.requests = new LatestRequests<Job, TimedLayoutResult, Update>({
      policy: 'replace',
      send: (id, { graph, options }) =>
        this.ensureWorker().postMessage({
          id,
          name: 'layout',
          params: {
            graph,
            mode: options.mode,
            seed: options.seed ?? 1,
            ticks: options.ticks,
            provisional: !!options.onProvisional,
          },
        }),
      // The running simulation cannot be interrupted; a new worker is cheaper than waiting.
      onSupersede: () => {
        this.worker?.terminate();
        this.worker = null;
      },
    });
  }

  /** Lays out `graph` in the worker. Rejects with {@link StaleLayoutError} when superseded. */
  layout(graph: LayoutGraph, options: ClientLayoutOptions): Promise<TimedLayoutResult> {
    const promise = this.requests.request({ graph, options }, (u) => {
      if (u.type === 'progress') options.onProgress?.(u.fraction);
      else options.onProvisional?.(u.positions, u.labelOrder);
    });
    const id = this.requests.inFlight;
    options.signal?.addEventListener('abort', () => {
      if (this.requests.inFlight === id) this.requests.cancel();
    });
    return promise;
  }

  /**
   * Starts the worker before the first request, so its warm-up runs while the caller still
   * builds the graph, and the first request's task does not pay for creating it.
   */
  prepare(): void {
    this.ensureWorker();
  }

  /** Id of the request in flight, or null. */
  get busy(): number | null {
    return this.requests.inFlight;
  }

  /** Stops the layout in flight, if any (it rejects with {@link StaleLayoutError}); the client stays usable. */
  cancel(): void {
    this.requests.cancel();
  }

  dispose(): void {
    this.requests.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.factory();
    w.onmessage = (e) => this.receive(e.data);
    w.onerror = (e) => this.requests.failInFlight(new Error(e.message || 'layout worker failed'));
    this.worker = w;
    return w;
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'progress')
      this.requests.update(reply.id, { type: 'progress', fraction: reply.fraction });
    else if (reply.type === 'provisional')
      this.requests.update(reply.id, {
        type: 'provisional',
        positions: reply.positions,
        labelOrder: reply.labelOrder,
      });
    else if (reply.type === 'result') this.requests.resolve(reply.id, reply.result);
    else {
      const err = new Error(reply.message);
      err.name = reply.name;
      this.requests.reject(reply.id, err);
    }
  }
}
