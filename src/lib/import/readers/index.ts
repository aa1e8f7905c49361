/**
 * Stage 1 of an import: bytes → sheets. One reader per format, chosen by `detectFormat`
 * (content and name together). A new format is a new reader here and nothing else.
 *
 * Readers never throw for bad input: every problem is an issue naming the file and, where the
 * format has them, the row (tables), `features[i]` (GeoJSON) or the element (KML, GEXF, GraphML).
 */
import { pushAll } from '../../util/arrays';
import { parseCsv } from '../csv';
import { decodeText, type TextEncodingName } from '../encoding';
import { issue, type ImportIssue } from '../issues';
import { MAX_FEATURES, MAX_FILE_BYTES, formatMb } from '../limits';
import { bundleName, bundleToRaw, looksLikeBundle } from '../package';
import type { RawDataPackage } from '../../data/load';
import { safeJsonParse } from '../safe-json';
import type { FileFormat, Sheet } from '../sheet';
import { readXlsxSheets } from '../xlsx';
import { detectFormat } from './detect';
import { isGeoJsonSeq, looksLikeGeoJson, readGeoJson, readGeoJsonSeq } from './geojson';
import { readGraphText } from './graph';
import { readKmlText } from './kml';
import { looksLikeKumu, readKumu } from './kumu';
import { readOds } from './ods';
import { readShapefileZip } from './shapefile';
import { gridToSheet, skippedSheetIssue } from './table';
import { zipIssue } from '../xlsx-bounds';
import { readZipEntries } from '../zip';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  /** Size in bytes when `bytes` were not read because the file is too large. */
  size?: number;
}

export interface FileSummary {
  name: string;
  format: FileFormat;
  encoding?: TextEncodingName;
  separator?: string;
  /** Rows, features or elements read (before anything is left out). */
  records: number;
}

export interface FileRead {
  summary: FileSummary;
  sheets: Sheet[];
  bundle?: { raw: RawDataPackage; name?: string };
  issues: ImportIssue[];
}

const fileIssue = (
  code: ImportIssue['code'],
  file: string,
  message: ImportIssue['message'],
  hint: ImportIssue['hint'],
  severity: 'error' | 'warning' = 'error',
) => issue(code, { file }, '(file)', message, hint, severity);

/** Text of a file, with a warning when it was not UTF-8. */
function text(f: ImportFile, summary: FileSummary, issues: ImportIssue[]): string {
  const decoded = decodeText(f.bytes);
  summary.encoding = decoded.encoding;
  if (decoded.encoding === 'windows-1252')
    issues.push(
      fileIssue(
        'encoding',
        f.name,
        { key: 'issue.encoding.cp1252' },
        { key: 'hint.encoding.utf8' },
        'warning',
      ),
    );
  return decoded.text;
}

function readCsv(f: ImportFile, summary: FileSummary, issues: ImportIssue[]): Sheet[] {
  const csv = parseCsv(text(f, summary, issues));
  summary.separator = csv.separator;
  let rows = csv.rows;
  if (csv.unterminatedQuoteAt !== undefined) {
    const at = csv.unterminatedQuoteAt;
    issues.push(
      issue(
        'csv-quote',
        { file: f.name, row: at },
        '(row)',
        { key: 'issue.csv.quote', params: { row: at } },
        { key: 'hint.csv.quote' },
      ),
    );
    rows = rows.filter((r) => r.line < at);
  }
  if (rows.length === 0) {
    issues.push(
      fileIssue('empty', f.name, { key: 'issue.file.noRows' }, { key: 'hint.table.noRows' }),
    );
    return [];
  }
  if (rows.length - 1 > MAX_FEATURES) {
    issues.push(
      fileIssue(
        'too-many-features',
        f.name,
        { key: 'issue.limit.rows', params: { count: rows.length - 1, max: MAX_FEATURES } },
        { key: 'hint.limit.split' },
      ),
    );
    return [];
  }
  summary.records = rows.length;
  const r = gridToSheet(
    f.name,
    'csv',
    undefined,
    rows.map((x) => ({ row: x.line, cells: x.cells })),
  );
  pushAll(issues, r.issues);
  if (r.sheet) summary.records = r.sheet.rows.length;
  return r.sheet ? [r.sheet] : [];
}

/** Worksheets (XLSX, ODS) → sheets; hidden and „(ignore)“ sheets are skipped with a note. */
function sheetsOfWorkbook(
  file: string,
  format: FileFormat,
  workbook: readonly { name: string; hidden: boolean; rows: { row: number; cells: string[] }[] }[],
  summary: FileSummary,
  issues: ImportIssue[],
): Sheet[] {
  const out: Sheet[] = [];
  const used = workbook.filter((s) => s.rows.some((r) => r.cells.some((c) => c.trim() !== '')));
  for (const s of used) {
    if (s.hidden || /\(ignore\)/i.test(s.name)) {
      issues.push(skippedSheetIssue(file, s.name, s.hidden ? 'hidden' : 'ignore'));
      continue;
    }
    const name = used.length > 1 ? `${file} › ${s.name}` : file;
    if (s.rows.length - 1 > MAX_FEATURES) {
      issues.push(
        issue(
          'too-many-features',
          { file: name },
          '(sheet)',
          { key: 'issue.limit.rows', params: { count: s.rows.length - 1, max: MAX_FEATURES } },
          { key: 'hint.limit.split' },
        ),
      );
      continue;
    }
    const r = gridToSheet(name, format, s.name, s.rows);
    // A cover sheet (title lines only, no header) is not an error when another sheet has data.
    if (!r.sheet && used.length > 1) {
      issues.push(
        issue(
          'rows-skipped',
          { file: name },
          '(sheet)',
          { key: 'issue.sheet.noTable', params: { sheet: s.name } },
          { key: 'hint.sheet.skipped' },
          'warning',
        ),
      );
      continue;
    }
    pushAll(issues, r.issues);
    if (r.sheet) {
      summary.records += r.sheet.rows.length;
      out.push(r.sheet);
    }
  }
  if (out.length === 0 && !issues.some((i) => i.severity === 'error'))
    issues.push(
      fileIssue('empty', file, { key: 'issue.workbook.empty' }, { key: 'hint.workbook.empty' }),
    );
  return out;
}

function readJson(
  f: ImportFile,
  summary: FileSummary,
  issues: ImportIssue[],
): Omit<FileRead, 'summary' | 'issues'> {
  const t = text(f, summary, issues);
  if (isGeoJsonSeq(f.name, t)) {
    const g = readGeoJsonSeq(f.name, t);
    summary.records = g.count;
    pushAll(issues, g.issues);
    return { sheets: g.sheets };
  }
  const parsed = safeJsonParse(t);
  if (!parsed.ok) {
    issues.push(
      issue(
        parsed.code,
        { file: f.name, ...(parsed.line ? { row: parsed.line } : {}) },
        '(file)',
        parsed.code === 'json-depth'
          ? { key: 'issue.json.depth' }
          : {
              key: parsed.line ? 'issue.json.syntaxAt' : 'issue.json.syntax',
              params: { line: parsed.line ?? 0, column: parsed.column ?? 0, detail: parsed.detail },
            },
        { key: parsed.code === 'json-depth' ? 'hint.json.depth' : 'hint.json.syntax' },
      ),
    );
    return { sheets: [] };
  }
  if (looksLikeBundle(parsed.value) && !looksLikeGeoJson(parsed.value)) {
    summary.format = 'bundle';
    const raw = bundleToRaw(parsed.value as Record<string, unknown>);
    const count = (['projects', 'actors'] as const).reduce(
      (n, k) => n + ((raw[k] as { features?: unknown[] } | undefined)?.features?.length ?? 0),
      0,
    );
    if (count > MAX_FEATURES) {
      issues.push(
        issue(
          'too-many-features',
          { file: f.name },
          'projects, actors',
          { key: 'issue.limit.nodes', params: { count, max: MAX_FEATURES } },
          { key: 'hint.limit.split' },
        ),
      );
      return { sheets: [] };
    }
    summary.records = count + (Array.isArray(raw.relations) ? raw.relations.length : 0);
    return { sheets: [], bundle: { raw, name: bundleName(parsed.value) } };
  }
  if (looksLikeKumu(parsed.value)) {
    summary.format = 'kumu';
    const k = readKumu(f.name, parsed.value as Record<string, unknown>);
    summary.records = k.count;
    pushAll(issues, k.issues);
    return { sheets: k.sheets };
  }
  const g = readGeoJson(f.name, parsed.value);
  summary.records = g.count;
  pushAll(issues, g.issues);
  return { sheets: g.sheets };
}

/** Read one file. Never throws for bad input. */
export async function readFile(f: ImportFile): Promise<FileRead> {
  const issues: ImportIssue[] = [];
  const size = f.size ?? f.bytes.length;
  const summary: FileSummary = { name: f.name, format: 'unknown', records: 0 };
  const done = (rest: Omit<FileRead, 'summary' | 'issues'> = { sheets: [] }): FileRead => ({
    summary,
    issues,
    ...rest,
  });
  if (size > MAX_FILE_BYTES) {
    issues.push(
      fileIssue(
        'too-large',
        f.name,
        {
          key: 'issue.limit.file',
          params: { size: formatMb(size), max: formatMb(MAX_FILE_BYTES) },
        },
        { key: 'hint.limit.file' },
      ),
    );
    return done();
  }
  if (f.bytes.length === 0) {
    issues.push(
      fileIssue('empty', f.name, { key: 'issue.file.empty' }, { key: 'hint.file.empty' }),
    );
    return done();
  }
  const detected = detectFormat(f.name, f.bytes);
  summary.format = detected.format;
  switch (detected.format) {
    case 'unknown':
    case 'unsupported':
      issues.push(
        fileIssue(
          'unknown-format',
          f.name,
          detected.what
            ? { key: 'issue.format.unsupported', params: { what: detected.what } }
            : { key: 'issue.format.unknown' },
          { key: 'hint.format.supported' },
        ),
      );
      return done();
    case 'csv':
      return done({ sheets: readCsv(f, summary, issues) });
    case 'geojson':
      return done(readJson(f, summary, issues));
    case 'xlsx': {
      const wb = await readXlsxSheets(f.name, f.bytes);
      pushAll(issues, wb.issues);
      return done({
        sheets: wb.sheets.length
          ? sheetsOfWorkbook(f.name, 'xlsx', wb.sheets, summary, issues)
          : [],
      });
    }
    case 'ods': {
      const ods = readOds(f.bytes);
      if (!ods.ok) {
        issues.push(
          'problem' in ods
            ? zipIssue(f.name, ods.problem, ods.problem.kind === 'invalid' ? 'archive' : 'workbook')
            : fileIssue(
                'xlsx-read',
                f.name,
                { key: 'issue.ods.read', params: { detail: ods.detail } },
                { key: 'hint.xlsx.read' },
              ),
        );
        return done();
      }
      return done({ sheets: sheetsOfWorkbook(f.name, 'ods', ods.sheets, summary, issues) });
    }
    case 'kml':
    case 'gpx':
    case 'gexf':
    case 'graphml': {
      const t = text(f, summary, issues);
      const r =
        detected.format === 'kml' || detected.format === 'gpx'
          ? readKmlText(f.name, detected.format, t)
          : readGraphText(f.name, detected.format, t);
      summary.records = r.count;
      pushAll(issues, r.issues);
      return done({ sheets: r.sheets });
    }
    case 'kmz': {
      const z = readZipEntries(f.bytes, (n) => /\.kml$/i.test(n));
      if (!z.ok) {
        issues.push(zipIssue(f.name, z.problem, 'archive'));
        return done();
      }
      const kml = z.files['doc.kml'] ?? Object.values(z.files)[0];
      const r = readKmlText(f.name, 'kml', decodeText(kml ?? new Uint8Array()).text);
      summary.records = r.count;
      pushAll(issues, r.issues);
      return done({ sheets: r.sheets });
    }
    case 'shapefile': {
      const r = readShapefileZip(f.name, f.bytes);
      summary.records = r.count;
      pushAll(issues, r.issues);
      return done({ sheets: r.sheets });
    }
    case 'bundle':
    case 'kumu':
      return done(readJson(f, summary, issues));
    case 'zip':
      issues.push(zipIssue(f.name, detected.problem!, 'archive'));
      return done();
  }
}
