/**
 * XLSX workbooks → tables, through read-excel-file (maintained, no eval, works in a worker).
 * Every sheet with a header row becomes a table: a node sheet and an edge sheet in one
 * workbook import together. Cell values become strings; numbers keep full precision.
 *
 * @see https://gitlab.com/catamphetamine/read-excel-file
 */
import readXlsxFile from 'read-excel-file/universal';
import { issue, type ImportIssue } from './issues';
import { MAX_FEATURES } from './limits';
import type { Table } from './records';
import { checkWorkbookBounds } from './xlsx-bounds';

function cellText(c: unknown): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c);
}

export async function readXlsxTables(
  file: string,
  bytes: Uint8Array,
): Promise<{ tables: Table[]; issues: ImportIssue[] }> {
  // Zip limits and sheet bounds first: the reader below builds every sheet as a dense grid.
  const bounds = checkWorkbookBounds(file, bytes);
  if (bounds.length > 0) return { tables: [], issues: bounds };
  const issues: ImportIssue[] = [];
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    sheets = (await readXlsxFile(buffer)) as { sheet: string; data: unknown[][] }[];
  } catch (e) {
    issues.push(
      issue(
        'xlsx-read',
        { file },
        '(file)',
        {
          de: `Die Arbeitsmappe kann nicht gelesen werden (${e instanceof Error ? e.message : String(e)}).`,
          en: `The workbook cannot be read (${e instanceof Error ? e.message : String(e)}).`,
        },
        {
          de: 'Als .xlsx (Excel 2007+) speichern; .xls und passwortgeschützte Dateien gehen nicht.',
          en: 'Save as .xlsx (Excel 2007+); .xls and password-protected files do not work.',
        },
      ),
    );
    return { tables: [], issues };
  }
  const tables: Table[] = [];
  for (const { sheet, data } of sheets) {
    // The first non-empty row is the header.
    const start = data.findIndex((r) => r.some((c) => cellText(c).trim() !== ''));
    if (start < 0) continue;
    const sheetFile = sheets.length > 1 ? `${file} › ${sheet}` : file;
    if (data.length - start - 1 > MAX_FEATURES) {
      issues.push(
        issue(
          'too-many-features',
          { file: sheetFile },
          '(sheet)',
          {
            de: `Das Blatt hat ${data.length - start - 1} Zeilen; höchstens ${MAX_FEATURES} werden gelesen.`,
            en: `The sheet has ${data.length - start - 1} rows; at most ${MAX_FEATURES} can be read.`,
          },
          { de: 'Die Tabelle aufteilen.', en: 'Split the table.' },
        ),
      );
      continue;
    }
    tables.push({
      file: sheetFile,
      sheet,
      header: data[start].map(cellText),
      headerRow: start + 1,
      rows: data
        .slice(start + 1)
        .map((r, i) => ({ row: start + 2 + i, cells: r.map(cellText) }))
        .filter((r) => r.cells.some((c) => c.trim() !== '')),
    });
  }
  if (tables.length === 0)
    issues.push(
      issue(
        'empty',
        { file },
        '(file)',
        { de: 'Die Arbeitsmappe enthält keine Daten.', en: 'The workbook holds no data.' },
        { de: 'Vorlage herunterladen und ausfüllen.', en: 'Download the template and fill it in.' },
      ),
    );
  return { tables, issues };
}
