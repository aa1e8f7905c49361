/**
 * Committed snapshots in Observable Plot's style (`test/plot-snapshot.js`): the
 * expected output lives in tests/fixtures as a reviewable file; on a mismatch the
 * actual output is written next to it as `<name>-changed.<ext>` and the test
 * fails; `REGEN=1` rewrites the expected file. Numbers are rounded by the caller.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export function expectSnapshot(path: string, actual: string): void {
  const changed = path.replace(/(\.[a-z]+)$/, '-changed$1');
  if (process.env.REGEN === '1' || !existsSync(path)) {
    writeFileSync(path, actual);
    rmSync(changed, { force: true });
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `snapshot ${path} changed: see ${changed} (REGEN=1 accepts it)`).toBe(expected);
}

/** Rounds every number in a JSON-like value to 3 decimals. */
export const round3 = (v: unknown): unknown =>
  typeof v === 'number'
    ? Math.round(v * 1000) / 1000
    : Array.isArray(v) || ArrayBuffer.isView(v)
      ? Array.from(v as ArrayLike<unknown>, round3)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round3(x)]))
        : v;
