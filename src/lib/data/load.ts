/**
 * Runtime loader for the app: turns the four (five) parsed JSON files into a typed
 * {@link DataPackage}, or a list of problems. Pure: no fetch, no DOM. The caller fetches.
 *
 * Schema problems and broken integrity (duplicate ids, unknown references) make the result
 * `ok: false`; the app must not render such data. Other findings of the validator (round
 * counts, missing sources, geography) come back as `issues` next to usable data.
 *
 * @see https://valibot.dev/guides/parse-data/
 */
import * as v from 'valibot';
import {
  ActorCollectionSchema,
  DocumentsSchema,
  NetworksSchema,
  ProjectCollectionSchema,
  RelationsSchema,
  SolutionsSchema,
} from './schemas';
import type { DataPackage, Issue } from './types';
import type { LandIndex } from './land-index';
import { pushAll } from '../util/arrays';
import { FILES, validateDataPackage } from './validate';

/** The dataset's files, by their key in a {@link RawDataPackage}. */
export type DataKey = 'projects' | 'actors' | 'relations' | 'documents' | 'networks' | 'solutions';

/** The keys in the order the files are read and reported. */
export const DATA_KEYS: readonly DataKey[] = [
  'projects',
  'actors',
  'relations',
  'documents',
  'networks',
  'solutions',
];

/** The raw, JSON-parsed content of each data file. */
export interface RawDataPackage {
  projects: unknown;
  actors: unknown;
  relations: unknown;
  documents: unknown;
  /** `data/networks.json`; optional, treated as `[]` when absent. */
  networks?: unknown;
  /** `data/solutions.json`; optional, treated as `[]` when absent. */
  solutions?: unknown;
}

export type ParseResult =
  | { ok: true; data: DataPackage; issues: Issue[] }
  | { ok: false; issues: Issue[] };

/** Issue codes that make a dataset unusable for the app. */
export const BLOCKING_CODES: ReadonlySet<string> = new Set(['schema', 'duplicate-id', 'unknown-ref']);

function idAt(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  // Walk to the record (feature or row) and read its id, if it has one.
  let node: unknown = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  if (node === null || typeof node !== 'object') return undefined;
  const rec = node as { id?: unknown; properties?: { id?: unknown } };
  const id = rec.properties?.id ?? rec.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Turn valibot issues into our {@link Issue}s, one per problem.
 * @param file file name to report
 * @param raw the raw value that was parsed (to name the feature by id)
 * @param isCollection whether rows are under `features` (GeoJSON) or at the top level
 */
export function schemaIssues(
  file: string,
  raw: unknown,
  issues: readonly v.BaseIssue<unknown>[],
  isCollection: boolean,
): Issue[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key as PropertyKey);
    const rowPos = isCollection ? (keys[0] === 'features' ? 1 : -1) : 0;
    const row = rowPos >= 0 && typeof keys[rowPos] === 'number' ? (keys[rowPos] as number) : undefined;
    const recordPath = row === undefined ? [] : keys.slice(0, rowPos + 1);
    const fieldKeys = row === undefined ? keys : keys.slice(rowPos + 1);
    const field = fieldKeys.map(String).join('.') || '(root)';
    const feature = row === undefined ? undefined : (idAt(raw, recordPath) ?? `#${row}`);
    const received = issue.received;
    return {
      code: 'schema',
      file,
      ...(feature !== undefined ? { feature } : {}),
      ...(row !== undefined ? { row } : {}),
      field,
      message: {
        de: `Ungültiger Wert (${received}): ${issue.message}`,
        en: `Invalid value (${received}): ${issue.message}`,
      },
      expected: issue.expected ?? undefined,
    };
  });
}

/**
 * Parse and validate the dataset.
 * @param raw JSON-parsed file contents
 * @param laender optional Land polygons (`landIndex(…)`); without them the Land check is skipped
 */
export function parseDataPackage(raw: RawDataPackage, laender?: LandIndex): ParseResult {
  const parts = [
    ['projects', FILES.projects, ProjectCollectionSchema, true],
    ['actors', FILES.actors, ActorCollectionSchema, true],
    ['relations', FILES.relations, RelationsSchema, false],
    ['documents', FILES.documents, DocumentsSchema, false],
    ['networks', FILES.networks, NetworksSchema, false],
    ['solutions', FILES.solutions, SolutionsSchema, false],
  ] as const;
  const issues: Issue[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, file, schema, isCollection] of parts) {
    const value =
      key === 'networks' || key === 'solutions' ? (raw[key] ?? []) : raw[key];
    const result = v.safeParse(schema as v.GenericSchema, value);
    if (result.success) out[key] = result.output;
    else pushAll(issues, schemaIssues(file, value, result.issues, isCollection));
  }
  if (issues.length > 0) return { ok: false, issues };
  const data = out as unknown as DataPackage;
  const found = validateDataPackage(data, laender);
  if (found.some((i) => BLOCKING_CODES.has(i.code))) return { ok: false, issues: found };
  return { ok: true, data, issues: found };
}
