/**
 * Main-thread side of full-quality rendering. Frames are drawn in the render
 * worker when the browser has OffscreenCanvas; otherwise on the main thread
 * into a detached canvas, with the same pure functions. Only the newest
 * request matters: while one frame is being drawn, later requests collapse
 * into one that is sent when it returns (a latest-wins queue of length one).
 */
import { drawScene, type DrawOptions, type Scene } from './render';
import type { RenderReply, RenderRequest } from './render-messages';

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
  private inFlight: Job | null = null;
  private queued: Job | null = null;
  private nextId = 1;
  private disposed = false;

  constructor(private readonly onframe: (frame: RenderedFrame) => void) {
    if (typeof OffscreenCanvas !== 'undefined' && typeof Worker !== 'undefined') {
      try {
        this.worker = new Worker(new URL('./render.worker.ts', import.meta.url), {
          type: 'module',
        });
        this.worker.onmessage = (e: MessageEvent<RenderReply>) => this.receive(e.data);
      } catch {
        this.worker = null;
      }
    }
  }

  get usesWorker(): boolean {
    return this.worker !== null;
  }

  setScene(scene: Scene): void {
    this.scene = scene;
    this.post({ id: this.nextId++, name: 'scene', params: scene });
  }

  /** Asks for a frame; `positions` replaces the scene's positions from now on. */
  render(options: DrawOptions, positions?: Float32Array): void {
    if (positions && this.scene) this.scene = { ...this.scene, positions };
    const job: Job = { options, positions };
    if (this.inFlight) {
      // Keep the newest options, but never lose a position update.
      this.queued = { options, positions: positions ?? this.queued?.positions };
      return;
    }
    this.start(job);
  }

  dispose(): void {
    this.disposed = true;
    this.worker?.terminate();
    this.worker = null;
  }

  private start(job: Job): void {
    this.inFlight = job;
    const id = this.nextId++;
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
      this.finish(c, performance.now() - t0);
    });
  }

  private post(msg: RenderRequest, transfer: Transferable[] = []): void {
    this.worker?.postMessage(msg, transfer);
  }

  private receive(reply: RenderReply): void {
    if (reply.type === 'error') {
      console.warn('graph render worker:', reply.message);
      this.inFlight = null;
      return;
    }
    this.finish(reply.bitmap, reply.ms);
  }

  private finish(raster: Raster, ms: number): void {
    const job = this.inFlight;
    this.inFlight = null;
    if (this.disposed || !job) return;
    const next = this.queued;
    this.queued = null;
    this.onframe({ raster, options: job.options, ms, latest: !next });
    if (next) this.start(next);
  }
}
