/**
 * Issue 18, property tests (fast-check, fixed seed from fast-check.setup.ts): any workbook the
 * generators make — random sheets, references, dimensions, sizes, broken zips — either imports
 * or yields issues, never an uncaught error; the same for whatever a stored dataset or proposal
 * record may hold when read back from IndexedDB.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_CODES } from '../../../src/lib/import/issues';
import { analyseFiles, finalizeDraft } from '../../../src/lib/import/pipeline';
import { isProposal } from '../../../src/lib/proposals/types';
import { rawJson, summarizeStored } from '../../../src/lib/state/stored-records';
import { file, gazetteer } from './helpers';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const colLetters = fc.integer({ min: 1, max: 20_000 }).map((n) => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
});
const cellRef = fc
  .tuple(colLetters, fc.integer({ min: 1, max: 2_000_000 }))
  .map(([c, r]) => `${c}${r}`);
const text = fc.string({
  unit: fc.constantFrom('a', 'Ä', ' ', '<', '&', '"', '1', '\u202E', '=', ','),
  maxLength: 8,
});
const cell = fc.record({
  ref: fc.option(cellRef, { nil: undefined }),
  value: fc.oneof(text, fc.double({ noNaN: false }).map(String)),
  inline: fc.boolean(),
});
const row = fc.record({
  r: fc.option(fc.integer({ min: 1, max: 2_000_000 }), { nil: undefined }),
  cells: fc.array(cell, { maxLength: 5 }),
});
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const sheetXml = fc
  .record({
    dimension: fc.option(
      fc.oneof(
        cellRef,
        fc.tuple(cellRef, cellRef).map(([a, b]) => `${a}:${b}`),
        text,
      ),
      {
        nil: undefined,
      },
    ),
    header: fc.constantFrom('name,lat,lon', 'source,target', 'x,y', ''),
    rows: fc.array(row, { maxLength: 6 }),
  })
  .map(({ dimension, header, rows }) => {
    const head = header
      ? `<row r="1">${header
          .split(',')
          .map(
            (h, i) =>
              `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`,
          )
          .join('')}</row>`
      : '';
    const body = rows
      .map(
        (r) =>
          `<row${r.r ? ` r="${r.r}"` : ''}>${r.cells
            .map((c) =>
              c.inline
                ? `<c${c.ref ? ` r="${c.ref}"` : ''} t="inlineStr"><is><t>${esc(c.value)}</t></is></c>`
                : `<c${c.ref ? ` r="${c.ref}"` : ''}><v>${esc(c.value)}</v></c>`,
            )
            .join('')}</row>`,
      )
      .join('');
    return `<?xml version="1.0"?><worksheet xmlns="${NS}">${dimension !== undefined ? `<dimension ref="${esc(dimension)}"/>` : ''}<sheetData>${head}${body}</sheetData></worksheet>`;
  });

function workbook(sheets: string[]): Uint8Array {
  return zipSync({
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    '[Content_Types].xml': strToU8(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${NS}" xmlns:r="${R}"><sheets>${sheets.map((_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
    ...Object.fromEntries(sheets.map((s, i) => [`xl/worksheets/sheet${i + 1}.xml`, strToU8(s)])),
  });
}

/** Damage a zip: flip, cut or overwrite bytes. */
const damage = fc.oneof(
  fc.constant((b: Uint8Array) => b),
  fc
    .integer({ min: 0, max: 4000 })
    .map((n) => (b: Uint8Array) => b.slice(0, Math.min(n, b.length))),
  fc
    .tuple(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 255 }))
    .map(([i, v]) => (b: Uint8Array) => {
      const c = b.slice();
      if (c.length) c[i % c.length] = v;
      return c;
    }),
);

describe('any generated workbook imports or yields issues', () => {
  it('never throws; every issue is a known code naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(sheetXml, { minLength: 1, maxLength: 3 }),
        damage,
        async (sheets, hurt) => {
          const bytes = hurt(workbook(sheets));
          const draft = await analyseFiles([file('fuzz.xlsx', bytes)], async () => gazetteer());
          const out = finalizeDraft(draft, { swap: false, crs: null, choices: {} }, gazetteer());
          for (const i of out.issues) {
            expect(IMPORT_ISSUE_CODES).toContain(i.code);
            expect(i.file.startsWith('fuzz.xlsx')).toBe(true);
          }
          expect(out.data !== null || out.issues.length > 0).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('any stored record is checked, never thrown on', () => {
  const anything = fc.oneof(
    fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
    }),
    fc.record({
      id: fc.oneof(fc.constant('k'), fc.string()),
      name: fc.oneof(fc.string(), fc.integer()),
      files: fc.oneof(fc.array(fc.string()), fc.constant(null)),
      createdAt: fc.string(),
      updatedAt: fc.string(),
      data: fc.anything({ maxDepth: 3 }),
    }),
  );

  it('a dataset record is summarised or described as damaged; its raw JSON always parses', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const s = summarizeStored('k', value);
        if (s.ok) expect(s.summary.id).toBe('k');
        else expect(typeof s.detail).toBe('string');
        expect(() => JSON.parse(rawJson(value))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('a proposal record is a proposal or not, never an exception', () => {
    fc.assert(
      fc.property(anything, (value) => {
        expect(typeof isProposal(value)).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
