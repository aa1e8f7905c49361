/**
 * A seeded linear congruential generator with d3's constants (d3-force's own
 * `lcg.js`), returning numbers in [0, 1). Same seed → same sequence, in every
 * thread and browser.
 */
export function lcg(seed = 1): () => number {
  const a = 1664525;
  const c = 1013904223;
  const m = 4294967296; // 2^32
  let s = seed >>> 0;
  return () => (s = (a * s + c) % m) / m;
}
