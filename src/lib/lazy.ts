/**
 * Code that loads on first use: each feature is a dynamic `import()` (its own chunk, see
 * `npm run size`), started at most once, and fetched ahead when the browser is idle after the
 * first map, so a later click rarely waits. A failed load (e.g. a network error before the
 * service worker has the chunk) is not kept: the next `load()` tries again.
 *
 * https://vite.dev/guide/features#dynamic-import
 */
export interface LazyModule<T> {
  /** The module, once loaded; null before. */
  readonly loaded: T | null;
  /** Loads the module (once) and resolves with it. */
  load(): Promise<T>;
}

export function lazy<T>(importer: () => Promise<T>): LazyModule<T> {
  let pending: Promise<T> | null = null;
  const mod: { loaded: T | null; load(): Promise<T> } = {
    loaded: null,
    load() {
      pending ??= importer().then(
        (m) => (mod.loaded = m),
        (e: unknown) => {
          pending = null;
          throw e;
        },
      );
      return pending;
    },
  };
  return mod;
}

/**
 * Resolves in the next idle period of the main thread (`requestIdleCallback`, at the latest
 * after `timeoutMs`), or after a short timer where there is none (Safari before 2025).
 */
export function idle(timeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 200);
  });
}

/**
 * Loads `modules` one after another, each in its own idle period, so prefetching never
 * competes with what the user is doing. Failures are ignored (the module loads on use).
 */
export function prefetchWhenIdle(modules: readonly LazyModule<unknown>[]): void {
  const queue = [...modules];
  const next = () => {
    const m = queue.shift();
    if (!m) return;
    void idle().then(() => m.load().then(next, next));
  };
  next();
}
