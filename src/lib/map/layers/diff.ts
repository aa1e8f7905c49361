/**
 * Diff two style-property objects (paint or layout) by value, so a layer component
 * only calls `setPaintProperty`/`setLayoutProperty` for keys that really changed.
 * Pure; values are compared by their JSON form (style values are plain JSON).
 */
export function changedKeys(
  prev: Record<string, unknown> | undefined,
  next: Record<string, unknown> | undefined,
): string[] {
  const a = prev ?? {};
  const b = next ?? {};
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** Plain JSON copy of a (possibly reactive) style value, safe to hand to MapLibre. */
export const snapshotJSON = <T>(v: T): T =>
  v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
