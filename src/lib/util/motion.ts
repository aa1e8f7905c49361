/**
 * The reader's `prefers-reduced-motion`, read one way across the app: Svelte's
 * `prefersReducedMotion` (a `MediaQuery`; reactive where it is read, e.g. paint transitions).
 * Camera moves read it with {@link reducedMotionNow}, which does not make the calling effect
 * depend on it: changing the setting must not replay a flight.
 *
 * https://svelte.dev/docs/svelte/svelte-motion#prefersReducedMotion
 */
import { untrack } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';

export { prefersReducedMotion };

/** Whether the reader prefers reduced motion now (not a dependency of the caller's effect). */
export const reducedMotionNow = (): boolean => untrack(() => prefersReducedMotion.current);
