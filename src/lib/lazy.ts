/**
 * Code that loads on first use: each feature is a dynamic `import()` (its own chunk, see
 * `npm run size`), started at most once; its chunks are fetched ahead into the HTTP cache
 * when the browser is idle after the first map, so a later click waits for no network. A
 * failed load (e.g. a network error before the service worker has the chunk) is not kept: the
 * next `load()` tries again.
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
 * In the next idle period ({@link idle}), asks the browser to fetch `urls` into its HTTP cache
 * at its lowest priority (`<link rel="prefetch">`, as the chunks of a later `import()`): no
 * parsing, no evaluation, nothing to fail (an error only leaves the load to first use).
 *
 * https://developer.mozilla.org/en-US/docs/Web/HTML/Attributes/rel/prefetch
 */
export function prefetchWhenIdle(urls: readonly string[]): void {
  if (urls.length === 0) return;
  void idle().then(() => {
    for (const href of urls) {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = href;
      document.head.append(link);
    }
  });
}
