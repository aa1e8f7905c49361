/**
 * A grid of cells (a CSV file, a worksheet) → a sheet, through `findTable`: rows above the
 * header, a numbering row and footnotes are skipped with a note; a header over two rows is
 * joined with a note naming the columns; rows with more cells than the header are refused.
 */
import { MAX_SCAN, findTable, type GridRow } from '../header-finder';
import { isFieldWord } from '../mapping/fields';
import { issue, quote, type ImportIssue } from '../issues';
import type { FileFormat, Sheet } from '../sheet';
import { cleanText } from '../text';

/** Rows normalised for finding the header: those it is looked for in, and the 20 it compares with. */
const HEADER_SCAN_ROWS = MAX_SCAN + 21;

/** Spreadsheet column letter of a 0-based index: 0 → A, 27 → AB. */
export function columnLetter(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Row numbers as a short text: „1–3, 7“. */
export function rowRanges(rows: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    out.push(j > i ? `${rows[i]}–${rows[j]}` : String(rows[i]));
    i = j;
  }
  return out.slice(0, 6).join(', ') + (out.length > 6 ? ', …' : '');
}

/**
 * Find the table in a grid and turn it into a sheet. Returns null (with an issue) when no row
 * looks like a header, or when there are no data rows.
 * @param file the name used in messages (`book.xlsx › Partner` for a sheet of a workbook)
 */
export function gridToSheet(
  file: string,
  format: FileFormat,
  sheetName: string | undefined,
  grid: readonly GridRow[],
): { sheet: Sheet | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const at = { file };
  // The header is found in normalised text (text.ts), silently: invisible characters in a
  // column name only hide it. Data rows stay as read; the mapping stage normalises them once,
  // with a warning per value (the top rows are put back as read below).
  const scanned = grid.slice(0, HEADER_SCAN_ROWS);
  const cleanTop = scanned.map((r) => ({
    row: r.row,
    cells: r.cells.map((c) => cleanText(c).text),
  }));
  const asRead = new Map(scanned.map((r) => [r.row, r.cells]));
  const found = findTable(
    grid.length > HEADER_SCAN_ROWS ? cleanTop.concat(grid.slice(HEADER_SCAN_ROWS)) : cleanTop,
    isFieldWord,
  );
  if (!found) {
    issues.push(
      issue(
        'header-missing',
        at,
        '(header)',
        { key: 'issue.header.missing' },
        { key: 'hint.header.missing' },
      ),
    );
    return { sheet: null, issues };
  }
  const headerAt = { file, row: found.headerRows[0] };
  const above = found.skipped.filter((s) => s.reason === 'above').map((s) => s.row);
  if (above.length > 0)
    issues.push(
      issue(
        'rows-skipped',
        headerAt,
        '(header)',
        {
          key: 'issue.header.above',
          params: { rows: rowRanges(above), header: found.headerRows.join('–') },
        },
        { key: 'hint.header.above' },
        'warning',
      ),
    );
  if (found.headerRows.length === 2) {
    const [top] = found.headerRows;
    const topRow = grid.find((r) => r.row === top)?.cells ?? [];
    const joined = found.columns
      .map((c, i) => (!topRow[i]?.trim() && c.parts.length > 0 ? i : -1))
      .filter((i) => i >= 0);
    const cols = joined.map(columnLetter).join(', ');
    issues.push(
      issue(
        'header-merged',
        headerAt,
        cols || '(header)',
        {
          key: 'issue.header.merged',
          params: { rows: found.headerRows.join(' + '), columns: cols },
        },
        { key: 'hint.header.merged' },
        'warning',
      ),
    );
  }
  const tail = found.skipped.filter((s) => s.reason !== 'above').map((s) => s.row);
  if (tail.length > 0)
    issues.push(
      issue(
        'rows-skipped',
        at,
        '(rows)',
        { key: 'issue.rows.notData', params: { rows: rowRanges(tail) } },
        { key: 'hint.rows.notData' },
        'warning',
      ),
    );
  const width = found.columns.length;
  const rows: Sheet['rows'] = [];
  for (const { row, cells: seen } of found.rows) {
    const cells = asRead.get(row) ?? seen;
    const extra = cells.slice(width).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      issues.push(
        issue(
          'csv-columns',
          { file, row },
          columnLetter(width),
          { key: 'issue.row.tooWide', params: { cells: cells.length, width } },
          { key: 'hint.row.tooWide' },
        ),
      );
      continue;
    }
    rows.push({
      ref: { file, row },
      // As read: the mapping stage normalises (and trims) each value once (text.ts).
      cells: Array.from({ length: width }, (_, i) => cells[i] ?? ''),
    });
  }
  const unnamed = found.columns
    .map((c, i) => (c.label ? -1 : i))
    .filter((i) => i >= 0 && rows.some((r) => r.cells[i].trim() !== ''));
  for (const i of unnamed) found.columns[i] = { label: columnLetter(i), parts: [] };
  if (rows.length === 0 && issues.every((x) => x.severity !== 'error'))
    issues.push(
      issue('empty', at, '(file)', { key: 'issue.table.noRows' }, { key: 'hint.table.noRows' }),
    );
  return {
    sheet: {
      file,
      format,
      ...(sheetName ? { sheet: sheetName } : {}),
      columns: found.columns,
      headerRows: found.headerRows,
      rows,
    },
    issues,
  };
}

/** A sheet left out on purpose (hidden, or named „(ignore)“ as Kumu's convention has it). */
export function skippedSheetIssue(
  file: string,
  name: string,
  why: 'hidden' | 'ignore',
): ImportIssue {
  return issue(
    'rows-skipped',
    { file },
    name,
    {
      key: why === 'hidden' ? 'issue.sheet.hidden' : 'issue.sheet.ignore',
      params: { sheet: quote(name) },
    },
    { key: 'hint.sheet.skipped' },
    'warning',
  );
}
