/**
 * Problems found while importing user files. Every issue names the file, the row (tabular
 * files, 1-based as a spreadsheet shows it) or the feature (`features[3]` in GeoJSON, the
 * element id in KML, GEXF and GraphML, the record in a data package), the field, the problem
 * and a hint. Texts are keys of the `importIssues` i18n bundle with their parameters, so the
 * worker builds no sentences and the dialog shows them in the current language.
 *
 * Severity: `error` – the row or file is not imported (and is listed); `warning` – the row is
 * imported, but changed or incomplete in the way the message says.
 */
import type { Params } from '../i18n/translate';

/** Machine-readable kinds of import problems (documented in docs/data-format.md). */
export const IMPORT_ISSUE_CODES = [
  'unknown-format',
  'xml-syntax',
  'zip-read',
  'rows-skipped',
  'key-invalid',
  'key-unknown',
  'too-large',
  'too-many-features',
  'empty',
  'encoding',
  'json-syntax',
  'json-depth',
  'json-shape',
  'csv-quote',
  'csv-columns',
  'header-missing',
  'header-duplicate',
  'header-merged',
  'unknown-column',
  'xlsx-read',
  'zip-limit',
  'sheet-limit',
  'geometry-type',
  'geometry-centroid',
  'geometry-invalid',
  'missing-field',
  'invalid-value',
  'invalid-url',
  'duplicate-id',
  'unknown-ref',
  'edge-kind',
  'coords-nan',
  'coords-range',
  'coords-swapped',
  'coords-projected',
  'outside-germany',
  'geocode-none',
  'geocode-ambiguous',
  'schema',
  'text-cleaned',
  'lookalike',
  'cancelled',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

import type { ImportIssueKey } from '../i18n/messages/import-issues';

export type { ImportIssueKey };

/** A text of an issue: a key of the `importIssues` bundle and its `{placeholders}`. */
export interface IssueText {
  key: ImportIssueKey;
  params?: Params;
}

export interface ImportIssue {
  code: ImportIssueCode;
  severity: 'error' | 'warning';
  /** The user's file name, as picked or dropped. */
  file: string;
  /** Tabular files: 1-based row as in a spreadsheet (header = 1). JSON: line of a syntax error. */
  row?: number;
  /** GeoJSON or bundle: `features[3]`, `relations[12]` or the record id. */
  feature?: string;
  /** Column or property, e.g. `lat`, `properties.name`, `geometry.type`; `(file)` for the whole file. */
  field: string;
  message: IssueText;
  hint: IssueText;
}

/** Where a record came from, carried along so later stages can name it in issues. */
export interface SourceRef {
  file: string;
  row?: number;
  feature?: string;
}

export function issue(
  code: ImportIssueCode,
  at: SourceRef,
  field: string,
  message: IssueText,
  hint: IssueText,
  severity: 'error' | 'warning' = 'error',
): ImportIssue {
  return {
    code,
    severity,
    file: at.file,
    ...(at.row !== undefined ? { row: at.row } : {}),
    ...(at.feature !== undefined ? { feature: at.feature } : {}),
    field,
    message,
    hint,
  };
}

/** Quote a user value for a message, shortened so a hostile 1 MB cell stays readable. */
export function quote(value: unknown, max = 60): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `„${s.length > max ? `${s.slice(0, max)}…` : s}“`;
}
