/**
 * Property-based fuzzing of the CSV and GeoJSON importers (fast-check, 1,000 runs each).
 * Properties: the importer never throws, and every input row or feature is either imported
 * or named by an error issue.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseFiles, finalizeDraft } from '../../../src/lib/import/pipeline';
import { expectTexts, file, gazetteer } from './helpers';

const RUNS = 1000;
const unconfirmed = { swap: false, crs: null, choices: {} };

async function run(name: string, content: string) {
  const draft = await analyseFiles([file(name, content)], async () => gazetteer());
  return finalizeDraft(draft, unconfirmed, gazetteer());
}

/** Cell text with the characters that matter to CSV and to our readers. */
const cell = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      'a',
      'ß',
      'ü',
      ' ',
      ',',
      ';',
      '\t',
      '"',
      '\n',
      '\r',
      '.',
      '1',
      '9',
      '-',
      'e',
      '<',
      '>',
    ),
    maxLength: 12,
  }),
  fc.double().map(String),
  fc.double({ min: 5, max: 56, noNaN: true }).map((d) => String(d).replace('.', ',')),
  fc.constantFrom(
    '',
    'NaN',
    'Infinity',
    '49,8917',
    '10.8869',
    'Bamberg',
    'Frankfurt',
    '__proto__',
    '<script>x</script>',
  ),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const quoteCell = (s: string, sep: string) =>
  /["\n\r]/.test(s) || s.includes(sep) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;

describe('CSV importer (fuzz)', () => {
  it('never throws and imports or reports every row', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 1, maxLength: 12 }),
        async (sep, rows) => {
          const header = ['name', 'lat', 'lon', 'ort'].join(sep);
          const lines = rows.map((r) => r.map((c) => quoteCell(c, sep)).join(sep));
          const text = [header, ...lines].join('\r\n');
          const out = await run('fuzz.csv', text);
          // Row numbers: the header is line 1; a row starts after the line breaks before it.
          let line = 2;
          const starts: number[] = [];
          for (const l of lines) {
            starts.push(line);
            line += (l.match(/\r\n|\r|\n/g) ?? []).length + 1;
          }
          const imported = new Set(out.importedRefs.map((r) => r.row));
          const reported = new Set(
            out.issues.filter((i) => i.severity === 'error').map((i) => i.row),
          );
          // A row of empty cells is no record: skipped, like a blank line.
          starts.forEach((row, k) => {
            if (rows[k].every((c) => c.trim() === '')) return;
            expect(imported.has(row) || reported.has(row), `row ${row}: ${lines[k]}`).toBe(true);
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({
          unit: fc.constantFrom(
            'a',
            ',',
            ';',
            '"',
            '\n',
            '\r',
            '\t',
            '1',
            '.',
            'ä',
            '\u0000',
            '\ufeff',
          ),
          maxLength: 200,
        }),
        async (text) => {
          const out = await run('raw.csv', text);
          for (const i of out.issues) expectTexts(i);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

const coord = fc.oneof(
  fc.double(),
  fc.double({ min: 5.8, max: 15, noNaN: true }),
  fc.double({ min: 47.3, max: 55, noNaN: true }),
  fc.integer({ min: 200_000, max: 7_000_000 }),
  fc.constant(null),
  fc.string({ maxLength: 4 }),
);
const props = fc.oneof(
  fc.record(
    {
      name: fc.oneof(
        fc.string({ maxLength: 10 }),
        fc.constantFrom('Bamberg', 'Halle', '<img src=x onerror=alert(1)>'),
      ),
    },
    { requiredKeys: [] },
  ),
  fc.dictionary(
    fc.constantFrom('name', 'id', 'typ', 'kind', 'land', 'ags', 'url', 'projekt', '__proto__', 'x'),
    fc.jsonValue({ maxDepth: 2 }),
  ),
  fc.constant(null),
);
const geometry = fc.oneof(
  fc.record({
    type: fc.constant('Point'),
    coordinates: fc.array(coord, { minLength: 0, maxLength: 3 }),
  }),
  fc.record({
    type: fc.constantFrom('LineString', 'Polygon', 'MultiPolygon', 'MultiPoint', 'Foo'),
    coordinates: fc.jsonValue({ maxDepth: 4 }),
  }),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
);
const feature = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ type: fc.constant('Feature'), geometry, properties: props }),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

describe('GeoJSON importer (fuzz)', () => {
  it('never throws and imports or reports every feature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(feature, { minLength: 1, maxLength: 10 }), async (features) => {
        const text = JSON.stringify({ type: 'FeatureCollection', features });
        const out = await run('fuzz.geojson', text);
        const index = (s: string | undefined) =>
          s ? /^features\[(\d+)\]/.exec(s)?.[1] : undefined;
        const imported = new Set(out.importedRefs.map((r) => index(r.feature)));
        const reported = new Set(
          out.issues.filter((i) => i.severity === 'error').map((i) => index(i.feature)),
        );
        features.forEach((_, k) =>
          expect(
            imported.has(String(k)) || reported.has(String(k)),
            `feature ${k}: ${JSON.stringify(features[k])}`,
          ).toBe(true),
        );
      }),
      { numRuns: RUNS },
    );
  });
});
