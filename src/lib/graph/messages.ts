/**
 * The layout worker's message contract, one entry per request name:
 * `{ name: [params, result] }`, as MapLibre's `actor_messages.ts` declares its
 * worker calls. Both `layout.worker.ts` and `layout-client.ts` type their
 * `postMessage` calls against it, so the two sides cannot drift apart.
 */
import type { LayoutGraph } from './model';
import type { LayoutMode, LayoutResult } from './layout';

export interface LayoutParams {
  graph: LayoutGraph;
  mode: LayoutMode;
  seed: number;
  ticks?: number;
  /** Post a provisional (geographic) frame before the simulation runs. */
  provisional?: boolean;
}

/** A layout result plus the worker's own timing of `computeLayout`. */
/** The graph-wide label order (`staticLabelOrder`), computed in the worker so the main thread never sorts 20,000 nodes. */
export interface LabelOrder {
  order: Uint32Array;
  /** Length of the important head of `order` (projects, shared partners). */
  important: number;
}

export interface TimedLayoutResult extends LayoutResult {
  labelOrder: LabelOrder;
  /** Milliseconds the worker spent in `computeLayout`. */
  ms: number;
}

export type LayoutMessages = {
  layout: [LayoutParams, TimedLayoutResult];
};

export type MessageName = keyof LayoutMessages;

/** Main thread → worker. */
export type WorkerRequest = {
  [N in MessageName]: { id: number; name: N; params: LayoutMessages[N][0] };
}[MessageName];

/** Worker → main thread: at most one provisional frame, progress reports, then exactly one result or error per request id. */
export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'provisional'; positions: Float32Array; labelOrder: LabelOrder }
  | { id: number; type: 'result'; result: LayoutMessages[MessageName][1] }
  | { id: number; type: 'error'; message: string; name: string };
