/**
 * The header finder: table cases (Destatis, merged headers, Excel's sep= line) and fast-check
 * properties (title lines above, a numbering row under and footnotes below a table never
 * change what is found).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTable, type GridRow } from '../../../src/lib/import/header-finder';

const grid = (rows: (string | number)[][]): GridRow[] =>
  rows.map((cells, i) => ({ row: i + 1, cells: cells.map(String) }));

describe('findTable', () => {
  it('skips a title and a source line, finds the header and the rows', () => {
    const t = findTable(
      grid([
        ['Kooperationspartner 2024'],
        ['Quelle: eigene Erhebung'],
        [],
        ['Name', 'Typ', 'lat', 'lon'],
        ['Bamberg', 'Kommune', '49.89', '10.88'],
      ]),
    )!;
    expect(t.headerRows).toEqual([4]);
    expect(t.columns.map((c) => c.label)).toEqual(['Name', 'Typ', 'lat', 'lon']);
    expect(t.rows.map((r) => r.row)).toEqual([5]);
    expect(t.skipped).toEqual([
      { row: 1, reason: 'above' },
      { row: 2, reason: 'above' },
    ]);
  });

  it('joins a two-row header (merged cells), carrying the top over its gap, drops footnote marks', () => {
    const t = findTable(
      grid([
        ['Gemeinden nach Fläche'],
        ['Satz-art', 'Amtlicher Regionalschlüssel (ARS)', '', 'Gemeindename', 'Fläche km2 1)'],
        ['', 'Land', 'RB', '', ''],
        [1, 2, 3, 4, 5],
        ['60', '05', '9', 'Arnsberg, Stadt', '193,44'],
        ['1) Stand der Fläche: 31.12.2023'],
        ['© Statistisches Bundesamt (Destatis), 2024'],
      ]),
    )!;
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.columns.map((c) => c.label)).toEqual([
      'Satz-art',
      'Amtlicher Regionalschlüssel (ARS) – Land',
      'Amtlicher Regionalschlüssel (ARS) – RB',
      'Gemeindename',
      'Fläche km2',
    ]);
    expect(t.rows.map((r) => r.row)).toEqual([5]);
    expect(t.skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, 'above'],
      [4, 'numbering'],
      [6, 'footnote'],
      [7, 'footnote'],
    ]);
  });

  it('a table of numbers only has no header; a one-column list needs a field word', () => {
    expect(findTable(grid([['Bamberg', 49.89, 10.88]]))).toBeNull();
    expect(findTable(grid([['Statistisches Bundesamt'], ['Gebietsstand']]))).toBeNull();
    const words = (s: string) => s === 'name';
    expect(findTable(grid([['name'], ['Atlantis']]), words)?.rows).toHaveLength(1);
  });

  it('keeps rows that only have a name (to be looked up) at the end', () => {
    const t = findTable(
      grid([
        ['name', 'lat', 'lon'],
        ['Bamberg', 49.9, 10.9],
        ['Stadtwerke Bamberg'],
        ['Forchheim'],
      ]),
    )!;
    expect(t.rows.map((r) => r.cells[0])).toEqual(['Bamberg', 'Stadtwerke Bamberg', 'Forchheim']);
  });

  it('does not change its input', () => {
    const g = grid([['Titel'], ['a', 'b'], ['1', '2']]);
    const before = JSON.stringify(g);
    findTable(g);
    expect(JSON.stringify(g)).toBe(before);
  });
});

/** Header words: distinct, letters only, never numbers. */
// Three columns at least: a numbering row „1, 2“ under two columns cannot be told from data.
const header = fc.uniqueArray(fc.stringMatching(/^[A-Za-zÄÖÜäöüß][a-zäöüß ]{1,11}[a-z]$/), {
  minLength: 3,
  maxLength: 8,
});
const textCell = fc.stringMatching(/^[A-Za-zäöü][a-zäöü ]{0,14}$/);
const numberCell = fc.double({ min: -1000, max: 1000, noNaN: true }).map((d) => d.toFixed(4));

/** A header and data rows: each row's first cell text (a name), the second a number. */
const table = header.chain((h) =>
  fc
    .array(
      fc.tuple(
        textCell,
        numberCell,
        fc.array(fc.oneof(textCell, numberCell), {
          minLength: h.length - 2,
          maxLength: h.length - 2,
        }),
      ),
      { minLength: 1, maxLength: 15 },
    )
    .map((rows) => ({ header: h, rows: rows.map(([a, b, rest]) => [a, b, ...rest]) })),
);
const title = fc.stringMatching(/^[A-Z][a-zäöü ]{3,30}$/);
const footnote = fc
  .tuple(fc.constantFrom('1)', '2)', '*', 'Quelle:', '©'), fc.stringMatching(/^[a-z ]{0,30}$/))
  .map(([m, t]) => `${m} ${t}`);

describe('findTable (properties)', () => {
  it('titles above, a numbering row under the header and footnotes below change nothing', () => {
    fc.assert(
      fc.property(
        table,
        fc.array(title, { maxLength: 4 }),
        fc.boolean(),
        fc.array(footnote, { maxLength: 3 }),
        (t, titles, numbering, notes) => {
          const rows: string[][] = [
            ...titles.map((x) => [x]),
            t.header,
            ...(numbering ? [t.header.map((_, i) => String(i + 1))] : []),
            ...t.rows,
            ...(notes.length ? [[]] : []),
            ...notes.map((n) => [n]),
          ];
          const found = findTable(grid(rows))!;
          expect(found.columns.map((c) => c.label)).toEqual(
            t.header.map((h) => h.replace(/\s+/g, ' ').trim()),
          );
          expect(found.rows.map((r) => r.cells)).toEqual(t.rows);
          expect(found.headerRows).toEqual([titles.length + 1]);
        },
      ),
    );
  });

  it('is total on any grid, and what it finds is inside the grid and in order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.string({ maxLength: 6 }), numberCell, fc.constant('')), {
            maxLength: 6,
          }),
          { maxLength: 30 },
        ),
        (cells) => {
          const g = grid(cells);
          const found = findTable(g);
          if (!found) return;
          const last = found.headerRows[found.headerRows.length - 1];
          for (const r of found.rows) expect(r.row).toBeGreaterThan(last);
          expect(found.rows.every((r, i) => i === 0 || r.row > found.rows[i - 1].row)).toBe(true);
          expect(found.columns.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('finding again on what it found gives the same table', () => {
    fc.assert(
      fc.property(table, fc.array(title, { maxLength: 3 }), (t, titles) => {
        const first = findTable(grid([...titles.map((x) => [x]), t.header, ...t.rows]))!;
        const again = findTable(
          grid([first.columns.map((c) => c.label), ...first.rows.map((r) => r.cells)]),
        )!;
        expect(again.columns).toEqual(first.columns);
        expect(again.rows.map((r) => r.cells)).toEqual(first.rows.map((r) => r.cells));
      }),
    );
  });
});
