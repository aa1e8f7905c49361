/**
 * Runs a generator in slices of at most `budgetMs` on the current thread,
 * yielding to the event loop between slices, so a long computation on the
 * main thread never becomes one long task (https://web.dev/articles/optimize-long-tasks).
 * The generator decides where it may be paused (each `yield`); the driver
 * decides when, by the clock.
 */

export interface SliceOptions {
  /** Longest run between two yields to the event loop, in ms. Default 8. */
  budgetMs?: number;
  /** Stops the run; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** How to yield (tests pass their own). Default: a macrotask via MessageChannel, else setTimeout. */
  yieldToHost?: () => Promise<void>;
  /** Clock (tests pass their own). Default `performance.now`. */
  now?: () => number;
}

/** A fresh macrotask: MessageChannel is not clamped to 4 ms like nested setTimeout. */
export function macrotask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/**
 * Drives `steps` to completion and resolves with its return value. The first
 * slice runs synchronously, so a small job finishes without ever yielding.
 */
export async function runSliced<T>(
  steps: Generator<void, T, void>,
  options: SliceOptions = {},
): Promise<T> {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const yieldToHost = options.yieldToHost ?? macrotask;
  const { signal } = options;
  for (;;) {
    signal?.throwIfAborted();
    const t0 = now();
    let r = steps.next();
    while (!r.done && now() - t0 < budget) r = steps.next();
    if (r.done) return r.value;
    await yieldToHost();
  }
}

/** Drives `steps` to completion on this thread at once (the synchronous twin of {@link runSliced}). */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** Loop iterations between two pauses in the time-sliced builders (`*Steps` generators). */
export const STEP_CHUNK = 4000;
