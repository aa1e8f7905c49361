/**
 * Reads the shipped dataset's six files from their text: `JSON.parse`, the schemas and the
 * cross-record checks (`parseDataPackage`), and the node order. This is the work that runs in
 * `dataset-read.worker.ts` (about 300 ms on a slow laptop, all of it off the main thread); the
 * main thread only fetches the texts and indexes the result (`load-dataset.ts`). Pure: no
 * fetch, no DOM, so the same function runs in a worker, in another worker (the import
 * worker) and in unit tests.
 */
import { DATA_KEYS, parseDataPackage, type DataKey, type RawDataPackage } from './load';
import { nodeOrder, type NodeOrder } from './node-order';
import type { LoadError } from './result';
import type { DataPackage, Issue } from './types';
import { FILES } from './validate';

export { DATA_KEYS, type DataKey } from './load';

/** Each file's text as fetched (not yet parsed). */
export type DatasetTexts = Record<DataKey, string>;

/** The result of {@link readDataset}: a checked package with its node order, or the problems. */
export type DatasetRead =
  | { ok: true; data: DataPackage; order: NodeOrder; issues: Issue[] }
  | { ok: false; error?: LoadError; issues: Issue[] };

/**
 * Parse and check the dataset's files.
 * @param texts each file's text
 * @returns the package, its node order and the non-blocking findings; or the first file that
 *   is not JSON (`error`, code `json`, named as in {@link FILES}), or every blocking issue
 *   (file, feature or row, field). Never throws.
 */
export function readDataset(texts: DatasetTexts): DatasetRead {
  const raw: Partial<Record<DataKey, unknown>> = {};
  for (const key of DATA_KEYS) {
    try {
      raw[key] = JSON.parse(texts[key]) as unknown;
    } catch (e) {
      return {
        ok: false,
        error: { file: FILES[key], code: 'json', detail: (e as Error).message },
        issues: [],
      };
    }
  }
  const parsed = parseDataPackage(raw as RawDataPackage);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  return { ok: true, data: parsed.data, order: nodeOrder(parsed.data), issues: parsed.issues };
}
