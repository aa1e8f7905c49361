/**
 * The request bookkeeping both graph worker clients share (layout and render):
 * every request gets an id, replies are matched by id, and only the newest
 * request counts — flowmap.gl's provider idea of one async interface whatever
 * runs behind it, with MapLibre's habit of dropping stale worker replies.
 *
 * Two policies for a request made while another is in flight:
 * - `replace` (layout): the one in flight is superseded at once — its promise
 *   rejects with {@link StaleRequestError} and `onSupersede` runs (the layout
 *   client terminates the busy worker, whose loop cannot be interrupted);
 * - `queue` (render): the one in flight finishes; the new one waits, and a
 *   newer one still replaces it in the wait (merged by `merge`, so a position
 *   update is never lost). A queue of length one: latest wins.
 */

export class StaleRequestError extends Error {
  constructor(readonly id: number) {
    super(`request ${id} was superseded`);
    this.name = 'StaleRequestError';
  }
}

interface Entry<J, R, U> {
  id: number;
  job: J;
  resolve(result: R): void;
  reject(error: Error): void;
  onUpdate?: (update: U) => void;
}

export interface LatestRequestsOptions<J> {
  policy: 'replace' | 'queue';
  /** Sends job `id` to wherever it runs (a worker, or a local call that replies later). */
  send(id: number, job: J): void;
  /** Runs when a request in flight is superseded (`replace`) or everything is cancelled. */
  onSupersede?(id: number): void;
  /** `queue`: combines a waiting job with a newer one. Default: the newer one. */
  merge?(older: J, newer: J): J;
}

export class LatestRequests<J, R, U = never> {
  #nextId = 1;
  #inFlight: Entry<J, R, U> | null = null;
  #waiting: Entry<J, R, U> | null = null;

  constructor(private readonly o: LatestRequestsOptions<J>) {}

  /** Id of the request in flight, or null. */
  get inFlight(): number | null {
    return this.#inFlight?.id ?? null;
  }

  /** A newer request waits behind the one in flight (`queue`). */
  get hasWaiting(): boolean {
    return this.#waiting !== null;
  }

  /** Makes a request; resolves with its reply, or rejects with {@link StaleRequestError} when superseded. */
  request(job: J, onUpdate?: (update: U) => void): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const entry: Entry<J, R, U> = { id: this.#nextId++, job, resolve, reject, onUpdate };
      if (!this.#inFlight) return this.#start(entry);
      if (this.o.policy === 'replace') {
        this.#supersedeInFlight();
        return this.#start(entry);
      }
      const older = this.#waiting;
      if (older) {
        entry.job = this.o.merge ? this.o.merge(older.job, job) : job;
        older.reject(new StaleRequestError(older.id));
      }
      this.#waiting = entry;
    });
  }

  /** The reply to request `id`. Returns false (and does nothing) for a stale or unknown id. */
  resolve(id: number, result: R): boolean {
    const e = this.#take(id);
    if (!e) return false;
    e.resolve(result);
    return true;
  }

  /** A failure of request `id`; false for a stale or unknown id. */
  reject(id: number, error: Error): boolean {
    const e = this.#take(id);
    if (!e) return false;
    e.reject(error);
    return true;
  }

  /** An intermediate report (progress, a provisional frame) for request `id`; false when stale. */
  update(id: number, update: U): boolean {
    const e = this.#inFlight;
    if (!e || e.id !== id) return false;
    e.onUpdate?.(update);
    return true;
  }

  /** Fails the request in flight with `error` whatever its id (e.g. the worker crashed). */
  failInFlight(error: Error): void {
    const e = this.#inFlight;
    if (e) this.reject(e.id, error);
  }

  /** Supersedes everything open (dispose, or an abort). */
  cancel(): void {
    const w = this.#waiting;
    this.#waiting = null;
    w?.reject(new StaleRequestError(w.id));
    this.#supersedeInFlight();
  }

  #start(entry: Entry<J, R, U>): void {
    this.#inFlight = entry;
    this.o.send(entry.id, entry.job);
  }

  #supersedeInFlight(): void {
    const e = this.#inFlight;
    if (!e) return;
    this.#inFlight = null;
    this.o.onSupersede?.(e.id);
    e.reject(new StaleRequestError(e.id));
  }

  /** Ends the request in flight if it is `id`, and starts the waiting one. */
  #take(id: number): Entry<J, R, U> | null {
    const e = this.#inFlight;
    if (!e || e.id !== id) return null;
    this.#inFlight = null;
    const next = this.#waiting;
    this.#waiting = null;
    if (next) this.#start(next);
    return e;
  }
}
