/**
 * The import pipeline, pure apart from reading XLSX (async) and loading the gazetteer (passed
 * in). Runs in the import worker (`import.worker.ts`) and directly in unit tests.
 *
 *   files ─ analyseFiles ─→ Draft (records, positions, questions for the user)
 *   Draft + Decisions ─ finalizeDraft ─→ Outcome (DataPackage via parseDataPackage + issues)
 */
import type { DataPackage } from '../data/types';
import type { Gazetteer } from '../geo/gazetteer';
import { parseCsv } from './csv';
import { decodeText, type TextEncodingName } from './encoding';
import { geoJsonToRecords, looksLikeGeoJson } from './geojson';
import { issue, type ImportIssue, type SourceRef } from './issues';
import { MAX_FEATURES, MAX_FILE_BYTES, formatMb } from './limits';
import { lookalikeIssues } from './lookalikes';
import { locateRecords, needsGazetteer, type Decisions, type Located } from './locate';
import { bundleName, bundleToRaw, looksLikeBundle } from './package';
import type { EdgeRecord, NodeRecord, Table } from './records';
import { safeJsonParse } from './safe-json';
import { tableToRecords } from './table';
import { buildFromRecords, builtFromBundle, emptyBuilt, settle } from './to-package';
import { readXlsxTables } from './xlsx';
import { pushAll } from '../util/arrays';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  /** Size in bytes when `bytes` were not read because the file is too large. */
  size?: number;
}

export type FileFormat = 'csv' | 'xlsx' | 'geojson' | 'bundle' | 'unknown';

export interface FileSummary {
  name: string;
  format: FileFormat;
  encoding?: TextEncodingName;
  separator?: string;
  /** Rows or features read. */
  records: number;
}

export interface Draft {
  /** Suggested dataset name (from a bundle or the first file name). */
  name: string;
  files: FileSummary[];
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  bundles: { file: string; raw: ReturnType<typeof bundleToRaw> }[];
  located: Located;
  issues: ImportIssue[];
  /** Rows and features read in all files (before anything is left out). */
  inputRecords: number;
}

export interface Outcome {
  data: DataPackage | null;
  issues: ImportIssue[];
  counts: {
    projects: number;
    actors: number;
    relations: number;
    documents: number;
    networks: number;
    solutions: number;
  };
  /** Where each imported project and actor came from (file and row or feature). */
  importedRefs: SourceRef[];
  /** Errors: rows or records not imported. */
  rejected: number;
  inputRecords: number;
}

export type Progress = (phase: 'read' | 'parse' | 'locate', fraction: number) => void;

export function detectFormat(name: string, bytes: Uint8Array): FileFormat {
  const lower = name.toLowerCase();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'xlsx';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  // First non-blank character (after a BOM) decides between JSON and CSV.
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  if (bytes[i] === 0x7b || bytes[i] === 0x5b || /\.(geo)?json$/.test(lower)) return 'geojson';
  // NUL bytes in the first kilobytes: a binary file we cannot read (UTF-16 has a BOM).
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return 'unknown';
  return 'csv';
}

const fileIssue = (
  code: ImportIssue['code'],
  file: string,
  field: string,
  message: ImportIssue['message'],
  hint: ImportIssue['hint'],
  severity: 'error' | 'warning' = 'error',
) => issue(code, { file }, field, message, hint, severity);

/**
 * Read and check files, locate their rows, and list the questions for the user. Never throws
 * for bad input: every problem is an issue.
 * @param getGazetteer called only when a row needs it
 */
export async function analyseFiles(
  files: readonly ImportFile[],
  getGazetteer: () => Promise<Gazetteer | null>,
  onProgress?: Progress,
): Promise<Draft> {
  const issues: ImportIssue[] = [];
  const summaries: FileSummary[] = [];
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  const bundles: Draft['bundles'] = [];
  let name: string | undefined;

  for (const [fi, f] of files.entries()) {
    const report = (x: number) => onProgress?.('parse', (fi + x) / files.length);
    const summary: FileSummary = {
      name: f.name,
      format: detectFormat(f.name, f.bytes),
      records: 0,
    };
    summaries.push(summary);
    const size = f.size ?? f.bytes.length;
    if (size > MAX_FILE_BYTES) {
      issues.push(
        fileIssue(
          'too-large',
          f.name,
          '(file)',
          {
            de: `Die Datei ist ${formatMb(size)} MB groß; höchstens ${formatMb(MAX_FILE_BYTES)} MB werden gelesen.`,
            en: `The file is ${formatMb(size)} MB; at most ${formatMb(MAX_FILE_BYTES)} MB can be read.`,
          },
          {
            de: 'Die Datei aufteilen oder unnötige Spalten/Eigenschaften entfernen.',
            en: 'Split the file or remove unneeded columns/properties.',
          },
        ),
      );
      continue;
    }
    if (f.bytes.length === 0) {
      issues.push(
        fileIssue(
          'empty',
          f.name,
          '(file)',
          { de: 'Die Datei ist leer.', en: 'The file is empty.' },
          {
            de: 'Eine Datei mit Inhalt wählen.',
            en: 'Choose a file with content.',
          },
        ),
      );
      continue;
    }
    if (summary.format === 'unknown') {
      issues.push(
        fileIssue(
          'unknown-format',
          f.name,
          '(file)',
          {
            de: 'Das Dateiformat wird nicht erkannt (Binärdatei).',
            en: 'The file format is not recognised (binary file).',
          },
          {
            de: 'Unterstützt: CSV, XLSX, GeoJSON und das Datenpaket des Atlas (JSON).',
            en: 'Supported: CSV, XLSX, GeoJSON and the atlas data package (JSON).',
          },
        ),
      );
      continue;
    }
    if (summary.format === 'xlsx') {
      const { tables, issues: xi } = await readXlsxTables(f.name, f.bytes);
      pushAll(issues, xi);
      for (const t of tables) addTable(t);
      report(1);
      continue;
    }
    const decoded = decodeText(f.bytes);
    summary.encoding = decoded.encoding;
    if (decoded.encoding === 'windows-1252')
      issues.push(
        fileIssue(
          'encoding',
          f.name,
          '(file)',
          {
            de: 'Die Datei ist nicht UTF-8; sie wurde als Windows-1252 (Excel-Standard) gelesen.',
            en: 'The file is not UTF-8; it was read as Windows-1252 (the Excel default).',
          },
          {
            de: 'Umlaute prüfen. Beim Speichern „CSV UTF-8“ wählen.',
            en: 'Check umlauts. Choose “CSV UTF-8” when saving.',
          },
          'warning',
        ),
      );
    if (summary.format === 'geojson') {
      const parsed = safeJsonParse(decoded.text);
      if (!parsed.ok) {
        issues.push(
          issue(
            parsed.code,
            { file: f.name, ...(parsed.line ? { row: parsed.line } : {}) },
            '(file)',
            parsed.code === 'json-depth'
              ? {
                  de: 'Das JSON ist zu tief verschachtelt (mehr als 64 Ebenen).',
                  en: 'The JSON is nested too deeply (more than 64 levels).',
                }
              : {
                  de: `Kein gültiges JSON${parsed.line ? ` (Zeile ${parsed.line}, Spalte ${parsed.column})` : ''}: ${parsed.detail}`,
                  en: `Not valid JSON${parsed.line ? ` (line ${parsed.line}, column ${parsed.column})` : ''}: ${parsed.detail}`,
                },
            parsed.code === 'json-depth'
              ? {
                  de: 'GeoJSON oder das Datenpaket des Atlas verwenden.',
                  en: 'Use GeoJSON or the atlas data package.',
                }
              : {
                  de: 'Datei in einem Editor prüfen (fehlende Klammer oder Komma?) oder neu exportieren.',
                  en: 'Check the file in an editor (missing bracket or comma?) or export it again.',
                },
          ),
        );
        continue;
      }
      if (looksLikeBundle(parsed.value) && !looksLikeGeoJson(parsed.value)) {
        summary.format = 'bundle';
        const raw = bundleToRaw(parsed.value as Record<string, unknown>);
        const count = ['projects', 'actors'].reduce(
          (n, k) =>
            n +
            ((raw as unknown as Record<string, { features?: unknown[] }>)[k]?.features?.length ??
              0),
          0,
        );
        if (count > MAX_FEATURES) {
          issues.push(
            fileIssue(
              'too-many-features',
              f.name,
              'projects, actors',
              {
                de: `Das Datenpaket hat ${count} Knoten; höchstens ${MAX_FEATURES} werden gelesen.`,
                en: `The data package has ${count} nodes; at most ${MAX_FEATURES} can be read.`,
              },
              { de: 'Das Paket aufteilen.', en: 'Split the package.' },
            ),
          );
          continue;
        }
        summary.records = count + (Array.isArray(raw.relations) ? raw.relations.length : 0);
        bundles.push({ file: f.name, raw });
        name ??= bundleName(parsed.value);
        continue;
      }
      const g = geoJsonToRecords(f.name, parsed.value, report);
      summary.records = g.nodes.length;
      pushAll(issues, g.issues);
      pushAll(nodes, g.nodes);
      continue;
    }
    // CSV
    const csv = parseCsv(decoded.text, undefined, (x) => report(x * 0.9));
    summary.separator = csv.separator;
    let rows = csv.rows;
    if (csv.unterminatedQuoteAt !== undefined) {
      issues.push(
        issue(
          'csv-quote',
          { file: f.name, row: csv.unterminatedQuoteAt },
          '(row)',
          {
            de: `Ein Anführungszeichen in Zeile ${csv.unterminatedQuoteAt} wird nie geschlossen; diese Zeile wird nicht importiert.`,
            en: `A quote in line ${csv.unterminatedQuoteAt} is never closed; this row is not imported.`,
          },
          {
            de: 'Anführungszeichen in Werten verdoppeln ("") oder das fehlende schließende " ergänzen.',
            en: 'Double quotes inside values ("") or add the missing closing ".',
          },
        ),
      );
      rows = rows.filter((r) => r.line < csv.unterminatedQuoteAt!);
    }
    if (rows.length === 0) {
      issues.push(
        fileIssue(
          'empty',
          f.name,
          '(file)',
          { de: 'Die Datei enthält keine Zeilen.', en: 'The file holds no rows.' },
          {
            de: 'Kopfzeile und eine Zeile je Knoten oder Kante.',
            en: 'A header and one row per node or edge.',
          },
        ),
      );
      continue;
    }
    if (rows.length - 1 > MAX_FEATURES) {
      issues.push(
        fileIssue(
          'too-many-features',
          f.name,
          '(file)',
          {
            de: `Die Datei hat ${rows.length - 1} Zeilen; höchstens ${MAX_FEATURES} werden gelesen.`,
            en: `The file has ${rows.length - 1} rows; at most ${MAX_FEATURES} can be read.`,
          },
          { de: 'Die Datei aufteilen.', en: 'Split the file.' },
        ),
      );
      continue;
    }
    addTable({
      file: f.name,
      header: rows[0].cells,
      headerRow: rows[0].line,
      rows: rows.slice(1).map((r) => ({ row: r.line, cells: r.cells })),
    });
    report(1);

    function addTable(t: Table) {
      const r = tableToRecords(t);
      summary.records += t.rows.length;
      pushAll(issues, r.issues);
      pushAll(nodes, r.nodes);
      pushAll(edges, r.edges);
    }
  }

  onProgress?.('locate', 0);
  const gazetteer = needsGazetteer(nodes) ? await getGazetteer() : null;
  const located = locateRecords(nodes, gazetteer);
  onProgress?.('locate', 1);
  const base = files[0]?.name.replace(/\.[^.]+$/, '') ?? 'Import';
  return {
    name: name ?? base,
    files: summaries,
    nodes,
    edges,
    bundles,
    located,
    issues: [...issues, ...located.issues],
    inputRecords: summaries.reduce((n, s) => n + s.records, 0),
  };
}

/** Defaults for the questions: swap, the best-fitting (or declared) system, no place chosen. */
export function defaultDecisions(draft: Draft): Decisions {
  return {
    swap: true,
    crs: draft.located.declaredCrs ?? draft.located.crsCandidates[0]?.crs ?? null,
    choices: {},
  };
}

/** Apply the user's decisions and build the package. Pure and total. */
export function finalizeDraft(
  draft: Draft,
  decisions: Decisions,
  gazetteer: Gazetteer | null,
): Outcome {
  const built = emptyBuilt();
  const textIssues: ImportIssue[] = [];
  for (const b of draft.bundles) builtFromBundle(b.file, b.raw, built, textIssues);
  const fromRecords = buildFromRecords(
    draft.nodes,
    draft.edges,
    draft.located,
    decisions,
    gazetteer,
    built,
  );
  const settled = settle(fromRecords.built);
  const names = settled.data
    ? [...settled.data.projects.features, ...settled.data.actors.features].map((f, i) => ({
        name: f.properties.name,
        ref: settled.importedRefs[i],
      }))
    : [];
  const issues = [
    ...draft.issues,
    ...textIssues,
    ...fromRecords.issues,
    ...settled.issues,
    ...lookalikeIssues(names),
  ];
  return {
    data: settled.data,
    issues,
    counts: settled.counts,
    importedRefs: settled.importedRefs,
    rejected: issues.filter((i) => i.severity === 'error').length,
    inputRecords: draft.inputRecords,
  };
}
