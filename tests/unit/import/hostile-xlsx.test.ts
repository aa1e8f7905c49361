/**
 * Issue 18, resource exhaustion through XLSX: zip limits and sheet bounds are checked before
 * read-excel-file builds a sheet (tests/fixtures/hostile/sparse-max.xlsx and generated
 * workbooks of the same kinds).
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  MAX_SHEET_CELLS,
  MAX_SHEET_COLUMNS,
  MAX_SHEET_ROWS,
  MAX_ZIP_ENTRY_BYTES,
} from '../../../src/lib/import/limits';
import { parseCellRef, scanSheet, withinSheetLimits } from '../../../src/lib/import/xlsx-bounds';
import { readXlsxSheets } from '../../../src/lib/import/xlsx';
import { checkZipEntries, listZip } from '../../../src/lib/import/zip';
import { file, issueText, runImport } from './helpers';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal workbook (the parts Excel needs) with one or more sheets of raw XML. */
function workbook(sheets: Record<string, string>, level: 0 | 9 = 9): Uint8Array {
  const names = Object.keys(sheets);
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${R}"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
  names.forEach((n, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = [strToU8(sheets[n]), { level }];
  });
  return zipSync(files, { level });
}

const sheet = (body: string, dimension?: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}">${dimension ? `<dimension ref="${dimension}"/>` : ''}<sheetData>${body}</sheetData></worksheet>`;
const header = `<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>lat</t></is></c><c r="C1" t="inlineStr"><is><t>lon</t></is></c></row>`;
const okRow = (r: number) =>
  `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Ort ${r}</t></is></c><c r="B${r}"><v>50.1</v></c><c r="C${r}"><v>10.2</v></c></row>`;

/** Set the declared inflated size of every central-directory entry named `name`. */
function forgeInflatedSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const enc = new TextEncoder().encode(name);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const len = view.getUint16(i + 28, true);
    const entry = out.subarray(i + 46, i + 46 + len);
    if (len === enc.length && entry.every((b, k) => b === enc[k]))
      view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('sheet bounds', () => {
  it.each([
    ['A1', { row: 1, column: 1 }],
    ['XFD1048576', { row: 1048576, column: 16384 }],
    ['$AB$12', { row: 12, column: 28 }],
    ['1A', null],
    ['', null],
  ])('parseCellRef(%j)', (ref, want) => expect(parseCellRef(ref)).toEqual(want));

  it('limits rows, columns and the rectangle', () => {
    expect(withinSheetLimits({ rows: MAX_SHEET_ROWS, columns: 20 })).toBe(true);
    expect(withinSheetLimits({ rows: MAX_SHEET_ROWS + 1, columns: 1 })).toBe(false);
    expect(withinSheetLimits({ rows: 1, columns: MAX_SHEET_COLUMNS + 1 })).toBe(false);
    expect(withinSheetLimits({ rows: 100_000, columns: MAX_SHEET_CELLS / 100_000 + 1 })).toBe(
      false,
    );
  });

  it('stops at the first reference beyond the limits, with or without r attributes', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(scanSheet(enc(sheet(header + okRow(2)))).breach).toBeUndefined();
    expect(scanSheet(enc(sheet(header, 'A1:C2'))).declared?.extent).toEqual({
      rows: 2,
      columns: 3,
    });
    expect(scanSheet(enc(sheet(`<row r="1048576"/>`))).breach?.extent.rows).toBe(1048576);
    // Cells without r count along the row.
    const wide = `<row>${'<c><v>1</v></c>'.repeat(MAX_SHEET_COLUMNS + 1)}</row>`;
    expect(scanSheet(enc(sheet(wide))).breach?.extent.columns).toBe(MAX_SHEET_COLUMNS + 1);
    // Split across chunks anywhere, prefixed tags.
    const prefixed = `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="ZZ9"/></x:row></x:sheetData></x:worksheet>`;
    expect(scanSheet(enc(prefixed), 7).breach?.ref).toBe('ZZ9');
  });
});

describe('XLSX refused before memory is spent', () => {
  it('sparse-max.xlsx (1.6 KB, XFD1048576): refused naming the sheet and its declared size', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/hostile/sparse-max.xlsx'));
    expect(bytes.length).toBeLessThan(2048);
    const r = await runImport([file('sparse-max.xlsx', bytes)]);
    expect(r.data).toBeNull();
    expect(r.issues).toHaveLength(1);
    const [i] = r.issues;
    expect(i).toMatchObject({ code: 'sheet-limit', severity: 'error', field: '(sheet)' });
    expect(i.file).toBe('sparse-max.xlsx › Knoten');
    expect(issueText(i, 'de')).toContain('„Knoten“');
    expect(issueText(i, 'de')).toContain('A1:XFD1048576');
    expect(issueText(i, 'de')).toContain('1.048.576 Zeilen × 16.384 Spalten');
    expect(issueText(i, 'en')).toContain('1,048,576 rows × 16,384 columns');
  });

  it.each([
    [
      'a cell far out, no dimension',
      sheet(header + `<row r="9"><c r="XFD9" t="inlineStr"><is><t>x</t></is></c></row>`),
    ],
    [
      'a last row far down, no dimension',
      sheet(header + `<row r="1048576"><c r="A1048576"><v>1</v></c></row>`),
    ],
    [
      'a small dimension that lies',
      sheet(header + `<row r="500000"><c r="A500000"><v>1</v></c></row>`, 'A1:C3'),
    ],
    ['a declared dimension only', sheet(header, 'A1:ZZ200000')],
    [
      'a rectangle of too many cells',
      sheet(header + `<row r="100000"><c r="BZ100000"><v>1</v></c></row>`),
    ],
  ])('%s: refused (sheet-limit)', async (_, xml) => {
    const r = await readXlsxSheets('w.xlsx', workbook({ Blatt: xml }));
    expect(r.sheets).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.file])).toEqual([['sheet-limit', 'w.xlsx › Blatt']]);
  });

  it('the second sheet is named when it is the one too large', async () => {
    const r = await readXlsxSheets(
      'w.xlsx',
      workbook({ Knoten: sheet(header + okRow(2)), Kanten: sheet('', 'A1:XFD1048576') }),
    );
    expect(r.issues.map((i) => i.file)).toEqual(['w.xlsx › Kanten']);
  });

  it('a workbook within the limits still reads', async () => {
    const r = await readXlsxSheets(
      'ok.xlsx',
      workbook({ Knoten: sheet(header + okRow(2), 'A1:C2') }),
    );
    expect(r.issues).toEqual([]);
    expect(r.sheets[0].rows).toHaveLength(2); // the header and one row
  });

  it('a zip bomb (ratio over 100) is refused from the central directory', async () => {
    // 8 MB of spaces inside a cell compress about 1,000-fold.
    const bomb = workbook({
      Knoten: sheet(header + okRow(2)).replace('Ort 2', `Ort${' '.repeat(8 << 20)}`),
    });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const r = await readXlsxSheets('bomb.xlsx', bomb);
    expect(r.issues.map((i) => i.code)).toEqual(['zip-limit']);
    expect(issueText(r.issues[0], 'de')).toContain('Zip-Bombe');
    expect(issueText(r.issues[0], 'de')).toContain('xl/worksheets/sheet1.xml');
  });

  it('a declared inflated size of 3.5 GiB is refused without inflating', async () => {
    const forged = forgeInflatedSize(
      workbook({ Knoten: sheet(header + okRow(2)) }),
      'xl/worksheets/sheet1.xml',
      3.5 * 2 ** 30,
    );
    const listed = listZip(forged);
    expect(listed.ok && checkZipEntries(listed.entries)).toMatchObject({ kind: 'entry-size' });
    const r = await readXlsxSheets('declared.xlsx', forged);
    expect(r.issues.map((i) => i.code)).toEqual(['zip-limit']);
    expect(issueText(r.issues[0], 'en')).toContain(
      `at most ${(MAX_ZIP_ENTRY_BYTES / 2 ** 20).toFixed(1)} MB`,
    );
  });

  it('an entry that declares less than it holds inflates no further than declared', async () => {
    const body = sheet(header + Array.from({ length: 50 }, (_, i) => okRow(i + 2)).join(''));
    const lying = forgeInflatedSize(workbook({ Knoten: body }), 'xl/worksheets/sheet1.xml', 200);
    const r = await readXlsxSheets('lying.xlsx', lying);
    // Truncated XML: whatever the reader says, it is an issue, not a crash or a large allocation.
    expect(r.sheets.flatMap((t) => t.rows).length).toBeLessThan(51);
  });

  it('a forged entry count stops the directory walk', () => {
    const zip = workbook({ Knoten: sheet(header) });
    const out = zip.slice();
    const view = new DataView(out.buffer);
    const eocd = out.length - 22;
    expect(view.getUint32(eocd, true)).toBe(0x06054b50);
    view.setUint16(eocd + 8, 0xffff, true);
    view.setUint16(eocd + 10, 0xffff, true);
    const listed = listZip(out);
    // Either fflate stops at the garbage or our entry cap does: never a 65,535-step walk of garbage.
    if (listed.ok) expect(listed.entries.length).toBeLessThanOrEqual(10_000);
    else expect(['entries', 'invalid']).toContain(listed.problem.kind);
  });

  it('a zip that is no workbook says so', async () => {
    const r = await readXlsxSheets('x.zip', zipSync({ 'a.txt': strToU8('hallo') }));
    expect(r.sheets).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(['xlsx-read']);
  });
});
