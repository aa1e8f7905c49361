/**
 * Array helpers that hold for any length. Spreading an array into a call (`a.push(...b)`,
 * `Math.max(...b)`, `String.fromCharCode(...b)`) passes every element as an argument on the
 * stack; V8 throws "Maximum call stack size exceeded" from roughly 65,000–125,000 arguments,
 * depending on the engine and the stack already in use, so an import of 66,000 rows failed in
 * Chromium. ESLint forbids such spreads (`no-restricted-syntax` in eslint.config.js); use these
 * or d3's `min`, `max` and `extent` instead.
 */

/**
 * Append every item of `items` to `target` (in place) and return `target`.
 * @example pushAll(issues, more) // instead of issues.push(...more)
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
