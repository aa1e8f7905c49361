/**
 * XLSX workbooks → grids of cell text, one per worksheet, through read-excel-file (maintained,
 * no eval, works in a worker). Which sheets are hidden is read from `xl/workbook.xml`
 * (`state="hidden"`), which read-excel-file does not report. Finding the table in each grid is
 * `header-finder.ts`'s job. Cell values become strings; numbers keep full precision (an AGS
 * stored as a number comes out as `7316000` and is repaired by the key normaliser).
 *
 * @see https://gitlab.com/catamphetamine/read-excel-file
 */
import readXlsxFile from 'read-excel-file/universal';
import type { GridRow } from './header-finder';
import { issue, type ImportIssue } from './issues';
import { checkWorkbookBounds } from './xlsx-bounds';
import { parseXml } from './readers/xml';
import { readZipEntry } from './zip';

function cellText(c: unknown): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c);
}

export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  rows: GridRow[];
}

/** Names of hidden sheets, from `xl/workbook.xml`; empty when it cannot be read. */
function hiddenSheets(bytes: Uint8Array): Set<string> {
  const out = new Set<string>();
  try {
    const xml = readZipEntry(bytes, 'xl/workbook.xml');
    if (!xml) return out;
    const parsed = parseXml(new TextDecoder().decode(xml));
    if (!parsed.ok) return out;
    const sheets = parsed.doc.getElementsByTagName('sheet');
    for (let i = 0; i < sheets.length; i++) {
      const state = sheets[i].getAttribute('state');
      if (state === 'hidden' || state === 'veryHidden')
        out.add(sheets[i].getAttribute('name') ?? '');
    }
  } catch {
    // Not readable here: read-excel-file reports the damage.
  }
  return out;
}

export async function readXlsxSheets(
  file: string,
  bytes: Uint8Array,
): Promise<{ sheets: WorkbookSheet[]; issues: ImportIssue[] }> {
  // Zip limits and sheet bounds first: the reader below builds every sheet as a dense grid.
  const bounds = checkWorkbookBounds(file, bytes);
  if (bounds.length > 0) return { sheets: [], issues: bounds };
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
        { key: 'issue.xlsx.read', params: { detail: e instanceof Error ? e.message : String(e) } },
        { key: 'hint.xlsx.read' },
      ),
    );
    return { sheets: [], issues };
  }
  const hidden = hiddenSheets(bytes);
  return {
    sheets: sheets.map(({ sheet, data }) => ({
      name: sheet,
      hidden: hidden.has(sheet),
      rows: data.map((r, i) => ({ row: i + 1, cells: r.map(cellText) })),
    })),
    issues,
  };
}
