/**
 * Lookups in constant tables by keys that come from data. `table[key]` on a plain object
 * finds `Object.prototype`'s members too: a type spelled `constructor` found the Object
 * function and the row was dropped with "received Function". Tables keyed by data are `Map`s
 * or go through {@link own}.
 */

/**
 * The table's own entry for `key`, never an inherited one (`constructor`, `toString`,
 * `__proto__`, `hasOwnProperty` …).
 * @returns the value, or undefined when the table has no own entry `key`
 */
export function own<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
