/**
 * Main-thread side of full-quality rendering. Frames are drawn in the render
 * worker when the browser has OffscreenCanvas; otherwise on the main thread
 * into a detached canvas, with the same pure functions. Requests go through
 * {@link LatestRequests} with the `queue` policy (shared with the layout
 * client): while one frame is being drawn, later requests collapse into one
 * that is sent when it returns, and no position update is lost on the way.
 */
import { drawScene, type DrawOptions, type Scene } from './render';
import type { RenderReply, RenderRequest } from './render-messages';
import { LatestRequests, StaleRequestError } from './latest-request';

export type Raster = ImageBitmap | HTMLCanvasElement;

export interface RenderedFrame {
  raster: Raster;
  options: DrawOptions;
  /** Milliseconds spent drawing (in the worker or on the main thread). */
  ms: number;
  /** No newer request was waiting when this frame came back. */
  latest: boolean;
}

interface Job {
  positions?: Float32Array;
  options: DrawOptions;
}

export class RenderClient {
  private worker: Worker | null = null;
  private scene: Scene | null = null;
  private nextSceneId = -1;
  private disposed = false;
  private readonly requests: LatestRequests<Job, RenderedFrame>;

  /** Frames are drawn in a worker (OffscreenCanvas exists and the worker could be created). */
  private wantWorker = typeof OffscreenCanvas !== 'undefined' && typeof Worker !== 'undefined';

  constructor(private readonly onframe: (frame: RenderedFrame) => void) {
    this.requests = new LatestRequests<Job, RenderedFrame>({
      policy: 'queue',
      send: (id, job) => this.start(id, job),
      // Keep the newest options, but never lose a position update.
      merge: (older, newer) => ({
        options: newer.options,
        positions: newer.positions ?? older.positions,
      }),
    });
  }

  get usesWorker(): boolean {
    return this.wantWorker;
  }

  /**
   * Creates the worker now rather than with the first scene (the view calls it in a task
   * of its own after mounting, so neither the mount nor the first scene pays for it).
   */
  prepare(): void {
    if (this.worker || !this.wantWorker || this.disposed) return;
    try {
      this.worker = new Worker(new URL('./render.worker.ts', import.meta.url), {
        type: 'module',
      });
      this.worker.onmessage = (e: MessageEvent<RenderReply>) => this.receive(e.data);
    } catch {
      this.wantWorker = false;
    }
  }

  setScene(scene: Scene): void {
    this.scene = scene;
    // Scene messages need no reply; negative ids keep them apart from frames.
    this.post({ id: this.nextSceneId--, name: 'scene', params: scene });
  }

  /** Asks for a frame; `positions` replaces the scene's positions from now on. */
  render(options: DrawOptions, positions?: Float32Array): void {
    if (positions && this.scene) this.scene = { ...this.scene, positions };
    this.requests.request({ options, positions }).then(
      (frame) => this.onframe(frame),
      (e: unknown) => {
        if (!(e instanceof StaleRequestError)) console.warn('graph render:', e);
      },
    );
  }

  /** Drops every frame asked for and not yet delivered: none of them reaches `onframe`. */
  cancel(): void {
    this.requests.cancel();
  }

  dispose(): void {
    this.disposed = true;
    this.requests.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private start(id: number, job: Job): void {
    this.prepare();
    if (this.worker) {
      // Copy: the main thread keeps its positions for hit-testing and labels.
      const positions = job.positions ? job.positions.slice() : undefined;
      this.post(
        { id, name: 'render', params: { options: job.options, positions } },
        positions ? [positions.buffer] : [],
      );
      return;
    }
    // Fallback: draw here, in a microtask so callers never re-enter.
    queueMicrotask(() => {
      if (this.disposed || !this.scene) return;
      const o = job.options;
      const c = document.createElement('canvas');
      c.width = Math.max(1, Math.round(o.width * o.dpr));
      c.height = Math.max(1, Math.round(o.height * o.dpr));
      const ctx = c.getContext('2d');
      const t0 = performance.now();
      if (ctx) drawScene(ctx, this.scene, o);
      this.finish(id, job, c, performance.now() - t0);
    });
  }

  private jobs = new Map<number, Job>();

  private post(msg: RenderRequest, transfer: Transferable[] = []): void {
    this.prepare();
    if (msg.name === 'render') this.jobs.set(msg.id, { options: msg.params.options });
    this.worker?.postMessage(msg, transfer);
  }

  private receive(reply: RenderReply): void {
    const job = this.jobs.get(reply.id);
    this.jobs.delete(reply.id);
    if (reply.type === 'error') {
      this.requests.reject(reply.id, new Error(reply.message));
      return;
    }
    if (job) this.finish(reply.id, job, reply.bitmap, reply.ms);
  }

  private finish(id: number, job: Job, raster: Raster, ms: number): void {
    if (this.disposed) return;
    const latest = !this.requests.hasWaiting;
    this.requests.resolve(id, { raster, options: job.options, ms, latest });
  }
}
