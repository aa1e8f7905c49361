/**
 * A typed load state around one asynchronous loader (the basemap, the dataset, the
 * gazetteer): views read `state` and render loading, error or ready; they never fetch.
 * `load()` starts the load once and shares it; after an error the next `load()` (a "try
 * again" button) starts a fresh one. Loaders return a {@link Result} for user-facing
 * problems; a thrown error is a bug and is rethrown.
 */
import { ok, type Result } from '../data/result';

export type LoadState<T, E> =
  | { readonly state: 'idle' }
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: E }
  | { readonly state: 'ready'; readonly value: T };

export class Loader<T, E> {
  /** Where the load stands; replaced whole on every change. */
  state: LoadState<T, E> = $state.raw({ state: 'idle' });
  readonly #run: () => Promise<Result<T, E>>;
  #pending: Promise<Result<T, E>> | null = null;

  /** @param run does the loading; called once per `load()` that finds nothing loaded or under way */
  constructor(run: () => Promise<Result<T, E>>) {
    this.#run = run;
  }

  /** The loaded value, or null. */
  get value(): T | null {
    return this.state.state === 'ready' ? this.state.value : null;
  }

  /**
   * Starts loading unless the value is there or a load is under way, and resolves with the
   * result. A failed load is not kept: the next call tries again.
   */
  load(): Promise<Result<T, E>> {
    const s = this.state;
    if (s.state === 'ready') return Promise.resolve(ok(s.value));
    if (this.#pending) return this.#pending;
    this.state = { state: 'loading' };
    const pending = this.#run().then(
      (r) => {
        this.#pending = null;
        this.state = r.ok ? { state: 'ready', value: r.value } : { state: 'error', error: r.error };
        return r;
      },
      (e: unknown) => {
        this.#pending = null;
        this.state = { state: 'idle' };
        throw e;
      },
    );
    this.#pending = pending;
    return pending;
  }
}
