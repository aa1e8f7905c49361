import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BOM,
  csvCell,
  exportFileName,
  guardFormula,
  toCsv,
  unguardFormula,
} from '../../../src/lib/export/csv';

/** A small RFC 4180 reader, to check that whatever we write reads back unchanged. */
function readCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('toCsv', () => {
  it('German Excel: BOM, semicolons, CRLF, decimal comma', () => {
    const out = toCsv(
      [
        ['a', 'b'],
        ['x', 51.5],
      ],
      { excel: true },
    );
    expect(out.startsWith(BOM)).toBe(true);
    expect(out).toBe(`${BOM}a;b\r\nx;51,5\r\n`);
  });

  it('default: commas, no BOM', () => {
    const out = toCsv([
      ['a', 'b'],
      ['x', 51.5],
    ]);
    expect(out.charCodeAt(0)).not.toBe(0xfeff);
    expect(out).toBe('a,b\r\nx,51.5\r\n');
  });

  it.each([
    ['separator ;', 'a;b', ';', '"a;b"'],
    ['comma in excel mode is plain', 'a,b', ';', 'a,b'],
    ['comma in default mode', 'a,b', ',', '"a,b"'],
    ['quote', 'sagt "hallo"', ';', '"sagt ""hallo"""'],
    ['line feed', 'a\nb', ';', '"a\nb"'],
    ['carriage return', 'a\r\nb', ';', '"a\r\nb"'],
    ['null', null, ';', ''],
    ['umlauts untouched', 'Großpösna', ';', 'Großpösna'],
  ])('quotes %s', (_n, value, sep, expected) => {
    expect(csvCell(value, sep, sep === ';')).toBe(expected);
  });

  it('neutralises formulas in both variants but keeps negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")', ';', true)).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-12,5', ';', true)).toBe('-12,5');
    expect(csvCell('=1', ',', false)).toBe("'=1");
    expect(csvCell('@SUM(1+1)', ',', false)).toBe("'@SUM(1+1)");
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1+1', "'+1+1"],
    ['-1+1', "'-1+1"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\n=1+1', "'\n=1+1"],
    [' =1+1', "' =1+1"],
    ['\u00a0=1+1', "'\u00a0=1+1"],
    ['\uff1d1+1', "'\uff1d1+1"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["'=1", "''=1"],
    ['-2', '-2'],
    ['+49 30 123', "'+49 30 123"],
    ["'Text", "'Text"],
    ['Bamberg', 'Bamberg'],
  ])('guardFormula(%j) = %j and back', (raw, guarded) => {
    expect(guardFormula(raw)).toBe(guarded);
    expect(unguardFormula(guarded)).toBe(raw);
  });

  it('reads back every table unchanged (both variants)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.string({
              unit: fc.constantFrom(
                'a',
                'ä',
                ';',
                ',',
                '"',
                '\n',
                '\r',
                ' ',
                'x',
                '=',
                '+',
                '-',
                '@',
                "'",
                '\t',
              ),
            }),
            { minLength: 1, maxLength: 4 },
          ),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        fc.boolean(),
        (rows, excel) => {
          // Formula-like cells are guarded on purpose; the importer takes the guard off.
          const text = toCsv(rows, { excel });
          const body = excel ? text.slice(1) : text;
          expect(readCsv(body, excel ? ';' : ',').map((r) => r.map(unguardFormula))).toEqual(rows);
        },
      ),
    );
  });
});

describe('exportFileName', () => {
  it('is ASCII, dated and keeps the extension', () => {
    expect(exportFileName('Auswahl Größe', 'csv', new Date('2024-05-01T10:00:00Z'))).toBe(
      'auswahl-grosse-2024-05-01.csv',
    );
  });
});
