/**
 * What went wrong when the browser's storage (IndexedDB) refused a read or a write, in terms a
 * user can act on. Pure: classifies the DOMException the browser threw.
 *
 * - `quota`: the browser's storage for this site is full (`QuotaExceededError`).
 * - `unavailable`: storage cannot be used at all: private browsing in some browsers, storage
 *   disabled by settings or policy (`InvalidStateError`, `SecurityError`, `NotAllowedError`,
 *   `UnknownError` when the backing store cannot be opened).
 * - `blocked`: another tab keeps an older version of the database open, so it cannot be
 *   upgraded.
 * - `unknown`: anything else (the browser's own message is kept).
 *
 * @see https://developer.mozilla.org/en-US/docs/Web/API/IDBTransaction/error
 * @see https://developer.mozilla.org/en-US/docs/Web/API/Storage_API/Storage_quotas_and_eviction_criteria
 */

export type StorageProblem = 'quota' | 'unavailable' | 'blocked' | 'unknown';

/** A storage operation failed; `problem` says why in terms of what the user can do. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    readonly detail: string,
  ) {
    super(`storage ${problem}: ${detail}`);
    this.name = 'StorageError';
  }
}

/** Classify whatever a storage call threw. */
export function storageProblem(e: unknown): StorageProblem {
  if (e instanceof StorageError) return e.problem;
  const name = (e as { name?: unknown })?.name;
  const code = (e as { code?: unknown })?.code;
  const inner = (e as { inner?: unknown; error?: unknown })?.error;
  if (name === 'QuotaExceededError' || code === 22 || code === 1014) return 'quota';
  // A transaction aborted because of the quota reports AbortError with the reason in .error.
  if (name === 'AbortError' && inner) return storageProblem(inner);
  if (name === 'BlockedError') return 'blocked';
  if (
    name === 'InvalidStateError' ||
    name === 'SecurityError' ||
    name === 'NotAllowedError' ||
    name === 'UnknownError'
  )
    return 'unavailable';
  return 'unknown';
}

/** A {@link StorageError} for whatever a storage call threw. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const detail =
    e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)
      ? `${(e as { name?: string }).name ?? 'Error'}: ${String((e as { message: unknown }).message)}`
      : String(e);
  return new StorageError(storageProblem(e), detail);
}
