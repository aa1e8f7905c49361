/** A typed result: loaders return this instead of throwing for user-facing problems. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

/**
 * A problem loading a file, with enough detail to name it to the user:
 * which file, and for a shape problem which feature and field, and what was expected.
 */
export interface LoadError {
  file: string;
  code: 'network' | 'http' | 'json' | 'shape';
  detail: string;
  feature?: string;
  field?: string;
  expected?: string;
}
