/**
 * The bad-input corpus (tests/fixtures/bad-inputs/, see its README): every file must produce its
 * expected issue (code and field), and hostile names must come through verbatim. Decisions are
 * left unconfirmed (no swap, no reprojection, no place chosen), as before the user answers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_CODES } from '../../../src/lib/import/issues';
import { MAX_FEATURES, MAX_FILE_BYTES } from '../../../src/lib/import/limits';
import { expectTexts, file, runImport } from './helpers';

const dir = 'tests/fixtures/bad-inputs/';
const expected = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<
  string,
  { code: string | null; field?: string; name?: string; note: string }
>;
const unconfirmed = () => ({ swap: false, crs: null, choices: {} });

describe('bad-input corpus', () => {
  it('has at least 40 files, each with an expectation', () => {
    const files = readdirSync(dir).filter(
      (f) => !['expected.json', 'README.md', 'generate.ts'].includes(f),
    );
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s → %j', async (name, exp) => {
    const bytes = new Uint8Array(readFileSync(`${dir}${name}`));
    const r = await runImport([file(name, bytes)], unconfirmed);
    for (const i of r.issues) {
      expect(IMPORT_ISSUE_CODES).toContain(i.code);
      expect(i.file.startsWith(name)).toBe(true);
      expectTexts(i);
    }
    if (exp.code) {
      const hit = r.issues.find((i) => i.code === exp.code && i.field === exp.field);
      expect(hit, JSON.stringify(r.issues.map((i) => [i.code, i.field]))).toBeDefined();
    } else {
      expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
    if (exp.name) {
      const names = [...(r.data?.projects.features ?? []), ...(r.data?.actors.features ?? [])].map(
        (f) => f.properties.name,
      );
      expect(names).toContain(exp.name);
    }
    // Every row or feature is either imported or reported.
    const imported = (r.counts.projects ?? 0) + (r.counts.actors ?? 0) + r.counts.relations;
    expect(imported + r.issues.filter((i) => i.severity === 'error').length).toBeGreaterThan(0);
  });

  it('pollutes no prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over 50 MB before parsing it (generated at run time)', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20);
    big.set(new TextEncoder().encode('name,lat,lon\n'));
    const r = await runImport([file('big.csv', big)]);
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([['too-large', '(file)']]);
    expect(r.data).toBeNull();
  });

  it('refuses more than 100,000 rows (generated at run time)', async () => {
    const rows = ['name,lat,lon'];
    for (let i = 0; i <= MAX_FEATURES; i++) rows.push(`P${i},50.${i % 1000},10.5`);
    const r = await runImport([file('many.csv', rows.join('\n'))]);
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([['too-many-features', '(file)']]);
  });

  it('refuses a GeoJSON of more than 100,000 features', async () => {
    const f =
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[10.5,50.5]},"properties":{"name":"x"}}';
    const text = `{"type":"FeatureCollection","features":[${Array(MAX_FEATURES + 1)
      .fill(f)
      .join(',')}]}`;
    const r = await runImport([file('many.geojson', text)]);
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([['too-many-features', 'features']]);
  });
});
