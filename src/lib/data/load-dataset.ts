/**
 * Loads the shipped dataset from `data/` (hashed assets on our own origin, so
 * offline) and validates it with the shared schemas. Returns the indexed
 * Dataset plus the validator's non-blocking findings, or every blocking issue.
 */
import projectsUrl from '../../../data/projects.geojson?url';
import actorsUrl from '../../../data/actors.geojson?url';
import relationsUrl from '../../../data/relations.json?url';
import documentsUrl from '../../../data/documents.json?url';
import networksUrl from '../../../data/networks.json?url';
import solutionsUrl from '../../../data/solutions.json?url';
import { fetchJson } from './fetch-json';
import { parseDataPackage, type RawDataPackage } from './load';
import { buildDataset, type Dataset } from './dataset';
import type { Issue } from './types';
import type { LoadError } from './result';

export const DATA_FILES = {
  projects: { url: projectsUrl, file: 'data/projects.geojson' },
  actors: { url: actorsUrl, file: 'data/actors.geojson' },
  relations: { url: relationsUrl, file: 'data/relations.json' },
  documents: { url: documentsUrl, file: 'data/documents.json' },
  networks: { url: networksUrl, file: 'data/networks.json' },
  solutions: { url: solutionsUrl, file: 'data/solutions.json' },
} as const;

export type DatasetLoad =
  | { ok: true; dataset: Dataset; issues: Issue[] }
  | { ok: false; error?: LoadError; issues: Issue[] };

export async function loadDataset(
  fetchFn: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<DatasetLoad> {
  // All six files in parallel; the first one that fails is reported by name.
  const entries = Object.entries(DATA_FILES);
  const results = await Promise.all(
    entries.map(([, f]) => fetchJson(f.url, f.file, fetchFn, signal)),
  );
  const raw: Record<string, unknown> = {};
  for (const [i, r] of results.entries()) {
    if (!r.ok) return { ok: false, error: r.error, issues: [] };
    raw[entries[i][0]] = r.value;
  }
  const parsed = parseDataPackage(raw as unknown as RawDataPackage);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  return { ok: true, dataset: buildDataset(parsed.data), issues: parsed.issues };
}
