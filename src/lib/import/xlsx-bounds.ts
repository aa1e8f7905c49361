/**
 * Bounds of an XLSX workbook, checked before the workbook is parsed. read-excel-file builds
 * every sheet as a dense rectangle (empty rows and cells included), so a 1.6 KB file whose
 * only cell sits at XFD1048576 would make it allocate 17 billion cells. Here, first the zip
 * limits (`zip.ts`), then each sheet's declared `<dimension ref>` and every `<row r>` and
 * `<c r>` are held to the sheet limits in `limits.ts`, streaming the sheet's XML through
 * saxen, the XML parser read-excel-file itself uses. The first breach stops the scan.
 *
 * @see https://learn.microsoft.com/en-us/dotnet/api/documentformat.openxml.spreadsheet.sheetdimension
 * @see https://github.com/nikku/saxen#streaming-mode
 */
import { max } from 'd3';
import { Parser } from 'saxen';
import { issue, quote, type ImportIssue, type IssueText } from './issues';
import {
  MAX_SHEET_CELLS,
  MAX_SHEET_COLUMNS,
  MAX_SHEET_ROWS,
  MAX_ZIP_ENTRIES,
  MAX_ZIP_ENTRY_BYTES,
  MAX_ZIP_RATIO,
  MAX_ZIP_TOTAL_BYTES,
  formatMb,
} from './limits';
import { checkZipEntries, listZip, readZipEntry, type ZipProblem } from './zip';

/** The rectangle a sheet spans, from A1: last row and last column (1-based). */
export interface SheetExtent {
  rows: number;
  columns: number;
}

/** Parse a cell reference (`XFD1048576`) into 1-based row and column; null if it is none. */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** Whether an extent is within the sheet limits. */
export function withinSheetLimits(e: SheetExtent): boolean {
  return (
    e.rows <= MAX_SHEET_ROWS &&
    e.columns <= MAX_SHEET_COLUMNS &&
    e.rows * e.columns <= MAX_SHEET_CELLS
  );
}

/** What a sheet scan found: the declared extent (if any) and the first breach of the limits. */
export interface SheetScan {
  declared?: { ref: string; extent: SheetExtent };
  /** The cell or row reference that first broke the limits, with the extent it implies. */
  breach?: { ref: string; extent: SheetExtent; declared: boolean };
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Stream a worksheet's XML and stop at the first reference beyond the sheet limits.
 * Rows without `r` follow the previous row; cells without `r` follow the previous cell.
 */
export function scanSheet(xml: Uint8Array, chunkBytes = 1 << 20): SheetScan {
  const out: SheetScan = {};
  const parser = new Parser();
  let row = 0;
  let column = 0;
  let maxRow = 0;
  let maxColumn = 0;
  const breach = (ref: string, declared: boolean, extent: SheetExtent) => {
    out.breach = { ref, extent, declared };
    parser.stop();
  };
  parser.on('openTag', (name, attrs) => {
    const tag = localName(name);
    if (tag !== 'dimension' && tag !== 'row' && tag !== 'c') return;
    const a = attrs() as Record<string, string | undefined>;
    if (tag === 'dimension') {
      const ref = a.ref ?? '';
      const corners = ref.split(':').map(parseCellRef);
      const last = corners[corners.length - 1];
      if (!last || corners.some((c) => !c)) return;
      const extent = {
        rows: max(corners, (c) => c!.row)!,
        columns: max(corners, (c) => c!.column)!,
      };
      out.declared = { ref, extent };
      if (!withinSheetLimits(extent)) breach(ref, true, extent);
      return;
    }
    if (tag === 'row') {
      const r = Number(a.r);
      row = Number.isInteger(r) && r > 0 ? r : row + 1;
      column = 0;
    } else {
      const ref = a.r === undefined ? null : parseCellRef(a.r);
      if (ref) {
        row = Math.max(row, ref.row);
        column = ref.column;
      } else column++;
    }
    if (row > maxRow) maxRow = row;
    if (column > maxColumn) maxColumn = column;
    const extent = { rows: maxRow, columns: maxColumn };
    if (!withinSheetLimits(extent))
      breach(tag === 'c' && a.r ? a.r : `${tag === 'row' ? 'row' : 'c'} ${row}`, false, extent);
  });
  // Malformed XML is read-excel-file's to report; the scan only bounds what it finds.
  parser.on('error', () => parser.stop());
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < xml.length && !out.breach; i += chunkBytes) {
    const end = Math.min(xml.length, i + chunkBytes);
    parser.write(decoder.decode(xml.subarray(i, end), { stream: end < xml.length }));
  }
  return out;
}

/** Worksheets of a workbook in tab order: name and entry path in the zip. */
export function workbookSheets(
  read: (path: string) => string | null,
): { name: string; path: string }[] {
  const attrsOf = (xml: string | null, tag: string): Record<string, string>[] => {
    const list: Record<string, string>[] = [];
    if (!xml) return list;
    const p = new Parser();
    p.on('openTag', (name, attrs, decode) => {
      if (localName(name) !== tag) return;
      const raw = attrs() as Record<string, string>;
      const a: Record<string, string> = Object.create(null);
      for (const [k, v] of Object.entries(raw)) a[localName(k)] = decode(v);
      list.push(a);
    });
    p.on('error', () => p.stop());
    p.parse(xml);
    return list;
  };
  const resolve = (base: string, target: string) => {
    if (target.startsWith('/')) return target.slice(1);
    const parts = base.split('/').slice(0, -1);
    for (const seg of target.split('/')) {
      if (seg === '..') parts.pop();
      else if (seg !== '.') parts.push(seg);
    }
    return parts.join('/');
  };
  const root = attrsOf(read('_rels/.rels'), 'Relationship').find((r) =>
    (r.Type ?? '').endsWith('/officeDocument'),
  );
  const workbook = root?.Target ? resolve('', root.Target) : 'xl/workbook.xml';
  const dir = workbook.split('/').slice(0, -1).join('/');
  const rels = new Map(
    attrsOf(read(`${dir}/_rels/${workbook.split('/').pop()}.rels`), 'Relationship').map((r) => [
      r.Id,
      r.Target,
    ]),
  );
  return attrsOf(read(workbook), 'sheet').flatMap((s) => {
    const target = rels.get(s.id);
    return target ? [{ name: s.name ?? '', path: resolve(workbook, target) }] : [];
  });
}

/**
 * A zip problem as an issue (workbooks, and every other zipped format: ODS, KMZ, Shapefile).
 * @param what `workbook` for XLSX/ODS (a damaged one is an `xlsx-read`), `archive` otherwise
 */
export function zipIssue(
  file: string,
  p: ZipProblem,
  what: 'workbook' | 'archive' = 'workbook',
): ImportIssue {
  const message: IssueText =
    p.kind === 'entries'
      ? { key: 'issue.zip.entries', params: { max: MAX_ZIP_ENTRIES } }
      : p.kind === 'entry-size'
        ? {
            key: 'issue.zip.entrySize',
            params: {
              entry: quote(p.entry),
              size: formatMb(p.inflated),
              max: formatMb(MAX_ZIP_ENTRY_BYTES),
            },
          }
        : p.kind === 'total-size'
          ? {
              key: 'issue.zip.totalSize',
              params: { size: formatMb(p.inflated), max: formatMb(MAX_ZIP_TOTAL_BYTES) },
            }
          : p.kind === 'ratio'
            ? {
                key: 'issue.zip.ratio',
                params: {
                  entry: quote(p.entry),
                  ratio: Math.round(p.inflated / Math.max(1, p.compressed)),
                  size: formatMb(p.inflated),
                  compressed: p.compressed,
                  max: MAX_ZIP_RATIO,
                },
              }
            : {
                key: what === 'workbook' ? 'issue.xlsx.notZip' : 'issue.zip.read',
                params: { detail: p.detail },
              };
  return issue(
    p.kind === 'invalid' ? (what === 'workbook' ? 'xlsx-read' : 'zip-read') : 'zip-limit',
    { file },
    '(file)',
    message,
    {
      key:
        p.kind === 'invalid'
          ? what === 'workbook'
            ? 'hint.xlsx.read'
            : 'hint.zip.read'
          : 'hint.zip.limit',
    },
  );
}

function sheetIssue(file: string, sheet: string, b: NonNullable<SheetScan['breach']>): ImportIssue {
  const { rows, columns } = b.extent;
  return issue(
    'sheet-limit',
    { file: `${file} › ${sheet}` },
    '(sheet)',
    {
      key: b.declared ? 'issue.sheet.limitDeclared' : 'issue.sheet.limitReaches',
      params: {
        sheet: quote(sheet),
        ref: b.ref,
        rows,
        columns,
        maxRows: MAX_SHEET_ROWS,
        maxColumns: MAX_SHEET_COLUMNS,
        maxCells: MAX_SHEET_CELLS,
      },
    },
    { key: 'hint.sheet.limit' },
  );
}

/**
 * Check a workbook's zip limits and sheet bounds before it is parsed.
 * @returns error issues (empty when the workbook may be parsed)
 */
export function checkWorkbookBounds(file: string, bytes: Uint8Array): ImportIssue[] {
  const listed = listZip(bytes);
  if (!listed.ok) return [zipIssue(file, listed.problem)];
  const problem = checkZipEntries(listed.entries);
  if (problem) return [zipIssue(file, problem)];
  const names = new Set(listed.entries.map((e) => e.name));
  const readText = (path: string) => {
    if (!names.has(path)) return null;
    const data = readZipEntry(bytes, path);
    return data ? new TextDecoder().decode(data) : null;
  };
  let sheets: { name: string; path: string }[];
  try {
    sheets = workbookSheets(readText);
  } catch {
    return []; // read-excel-file reports a broken workbook in its own words
  }
  for (const s of sheets) {
    if (!names.has(s.path)) continue;
    let xml: Uint8Array | null;
    try {
      xml = readZipEntry(bytes, s.path);
    } catch {
      return [];
    }
    const scan = xml ? scanSheet(xml) : {};
    if (scan.breach) return [sheetIssue(file, s.name, scan.breach)];
  }
  return [];
}
