/**
 * The main thread's side of the import worker. One request at a time: a new request, or
 * `cancel()`, supersedes the one in flight; its promise rejects with {@link ImportCancelled}
 * and replies that still arrive for it are dropped. Cancelling terminates the worker (parsing
 * is one synchronous loop that cannot read a cancel message); the next request starts a fresh
 * one, and re-analyses if needed.
 */
import type { Decisions } from './locate';
import type { Mapping } from './mapping/guess';
import type { DraftView, ImportMessages, ImportReply, ImportRequest } from './messages';
import type { Outcome, Remembered } from './pipeline';

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

export type ProgressListener = (phase: string, fraction: number) => void;

export interface WorkerLike {
  postMessage(message: ImportRequest): void;
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export function createImportWorker(): WorkerLike {
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

interface Pending {
  id: number;
  resolve(result: unknown): void;
  reject(error: Error): void;
  onProgress?: ProgressListener;
}

export class ImportClient {
  private worker: WorkerLike | null = null;
  private pending: Pending | null = null;
  private nextId = 1;

  constructor(private readonly factory: () => WorkerLike = createImportWorker) {}

  /**
   * Read, map and locate files in the worker.
   * @param remembered the user's earlier mappings by header signature
   */
  analyse(
    files: readonly File[],
    remembered: Remembered = {},
    onProgress?: ProgressListener,
  ): Promise<DraftView> {
    return this.request(
      'analyse',
      { files: files.map((f) => ({ name: f.name, blob: f })), remembered: $plain(remembered) },
      onProgress,
    );
  }

  /** Map the files of the last `analyse` again with the user's mappings (one per sheet). */
  remap(mappings: readonly Mapping[], onProgress?: ProgressListener): Promise<DraftView> {
    return this.request(
      'remap',
      { mappings: mappings.map((m) => ({ role: m.role, fields: [...m.fields] })) },
      onProgress,
    );
  }

  /** Apply decisions to the draft and build the package. */
  finalize(
    decisions: Decisions,
    extendBuiltin = true,
    onProgress?: ProgressListener,
  ): Promise<Outcome> {
    return this.request(
      'finalize',
      { decisions: plainDecisions(decisions), extendBuiltin },
      onProgress,
    );
  }

  /** Stop whatever runs. The draft is lost with the worker. */
  cancel(): void {
    if (!this.pending) return;
    this.pending.reject(new ImportCancelled());
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private request<N extends keyof ImportMessages>(
    name: N,
    params: ImportMessages[N][0],
    onProgress?: ProgressListener,
  ): Promise<ImportMessages[N][1]> {
    this.cancel();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending = { id, resolve: resolve as (r: unknown) => void, reject, onProgress };
      const worker = this.ensureWorker();
      worker.postMessage({ id, name, params } as ImportRequest);
    });
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.factory();
    w.onmessage = (event) => {
      const reply = event.data;
      const p = this.pending;
      if (!p || reply.id !== p.id) return; // stale
      if (reply.type === 'progress') p.onProgress?.(reply.phase, reply.fraction);
      else {
        this.pending = null;
        if (reply.type === 'result') p.resolve(reply.result);
        else p.reject(new Error(reply.message));
      }
    };
    w.onerror = (event) => {
      const p = this.pending;
      this.pending = null;
      p?.reject(new Error(event.message || 'import worker failed'));
      this.worker?.terminate();
      this.worker = null;
    };
    this.worker = w;
    return w;
  }
}

/** A plain copy of JSON-like data (reactive proxies cannot be structured-cloned). */
function $plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Decisions may come from reactive state: send a plain copy (structured clone rejects proxies). */
function plainDecisions(d: Decisions): Decisions {
  return { swap: d.swap, crs: d.crs, choices: { ...d.choices } };
}
