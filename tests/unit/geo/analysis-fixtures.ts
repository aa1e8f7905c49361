/**
 * In/out fixtures for the regional analysis (Turf's test style), in tests/fixtures/geo-analysis
 * (a folder of its own, so the map builders' runner over tests/fixtures/geo does not see them).
 * Each directory is one case named `<analysis>-<what it pins>`; `in.geojson` is the input,
 * `out.geojson` the reviewed expected output (numbers rounded to 3 decimals).
 * `REGEN=1 npx vitest run tests/unit/geo` rewrites out.geojson; on a mismatch an
 * out-changed.geojson is written next to the original for review.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../fixtures/geo-analysis');
const REGEN = process.env.REGEN === '1';

export const round = (v: unknown): unknown =>
  typeof v === 'number'
    ? Math.round(v * 1000) / 1000
    : Array.isArray(v)
      ? v.map(round)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]))
        : v;

/** Declare one test per fixture directory starting with `prefix`. */
export function fixtureCases<I>(prefix: string, run: (input: I) => unknown): void {
  const cases = readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith(prefix))
    .map((d) => d.name)
    .sort();
  it(`has ${prefix}* fixtures`, () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('fixture %s', (name) => {
    const dir = join(ROOT, name);
    const input = JSON.parse(readFileSync(join(dir, 'in.geojson'), 'utf8')) as I;
    const before = JSON.stringify(input);
    const actual = round(run(input));
    expect(JSON.stringify(input), 'input not mutated').toBe(before);
    const outFile = join(dir, 'out.geojson');
    const changed = join(dir, 'out-changed.geojson');
    const text = JSON.stringify(actual, null, 2) + '\n';
    if (REGEN) writeFileSync(outFile, text);
    expect(existsSync(outFile), `${outFile} missing: run with REGEN=1`).toBe(true);
    const expected = JSON.parse(readFileSync(outFile, 'utf8'));
    if (JSON.stringify(expected) !== JSON.stringify(actual)) writeFileSync(changed, text);
    else if (existsSync(changed)) rmSync(changed);
    expect(actual).toEqual(expected);
  });
}
