/**
 * Loads the shipped dataset from `data/` (hashed assets on our own origin, so offline):
 * fetches the six files' texts here, parses and checks them with the shared schemas in the
 * dataset read worker (`dataset-read.worker.ts`, about 300 ms that never block the page), and
 * indexes the result time-sliced. Returns the indexed Dataset plus the validator's
 * non-blocking findings, or the first file that failed, or every blocking issue.
 *
 * Only types come from `read-dataset.ts` here: the schemas (valibot) and checks stay out of
 * the start-up JavaScript, in the worker's chunk (or a lazy chunk where there is no worker).
 */
import projectsUrl from '../../../data/projects.geojson?url';
import actorsUrl from '../../../data/actors.geojson?url';
import relationsUrl from '../../../data/relations.json?url';
import documentsUrl from '../../../data/documents.json?url';
import networksUrl from '../../../data/networks.json?url';
import solutionsUrl from '../../../data/solutions.json?url';
import { fetchText } from './fetch-json';
import { buildDatasetSteps, type Dataset } from './dataset';
import type { DataKey, DatasetRead, DatasetTexts } from './read-dataset';
import type { ReadReply, ReadRequest } from './dataset-read-messages';
import type { Issue } from './types';
import type { LoadError } from './result';
import { runSliced } from '../util/time-slice';

export const DATA_FILES = {
  projects: { url: projectsUrl, file: 'data/projects.geojson' },
  actors: { url: actorsUrl, file: 'data/actors.geojson' },
  relations: { url: relationsUrl, file: 'data/relations.json' },
  documents: { url: documentsUrl, file: 'data/documents.json' },
  networks: { url: networksUrl, file: 'data/networks.json' },
  solutions: { url: solutionsUrl, file: 'data/solutions.json' },
} as const satisfies Record<DataKey, { url: string; file: string }>;

export type DatasetLoad =
  | { ok: true; dataset: Dataset; issues: Issue[] }
  | { ok: false; error?: LoadError; issues: Issue[] };

/**
 * Parses and checks the texts (`readDataset`), wherever it runs. Made when the load starts, so
 * a worker loads its script while the files download; `cancel` ends it when no texts come.
 */
export interface DatasetReader {
  read(texts: DatasetTexts): Promise<DatasetRead>;
  cancel(): void;
}

/** `readDataset` on this thread, from a lazy chunk (workers, unit tests, a worker that failed). */
export const readOnThisThread = async (texts: DatasetTexts): Promise<DatasetRead> =>
  (await import('./read-dataset')).readDataset(texts);

/** A reader on this thread. */
export const thisThreadReader = (): DatasetReader => ({ read: readOnThisThread, cancel() {} });

/**
 * A reader in a dedicated worker, started now and ended after its one reply. A worker that
 * cannot start (its chunk failed to load) is not a dataset problem: the texts are then read
 * on this thread.
 */
export function workerReader(): DatasetReader {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataset-read.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return thisThreadReader();
  }
  let failed = false;
  let onFail = () => {};
  worker.onerror = (e) => {
    e.preventDefault();
    failed = true;
    worker.terminate();
    onFail();
  };
  return {
    read: (texts) =>
      failed
        ? readOnThisThread(texts)
        : new Promise((resolve) => {
            onFail = () => resolve(readOnThisThread(texts));
            worker.onmessage = (e: MessageEvent<ReadReply>) => {
              worker.terminate();
              resolve(e.data.result);
            };
            worker.postMessage({ id: 1, texts } satisfies ReadRequest);
          }),
    cancel: () => worker.terminate(),
  };
}

/** A worker on a page; this thread inside a worker (the import worker) or without workers. */
const defaultReader = (): DatasetReader =>
  typeof Worker !== 'undefined' && typeof document !== 'undefined'
    ? workerReader()
    : thisThreadReader();

/**
 * Fetch, check and index the shipped dataset. Never throws for a user-facing problem.
 * @param fetchFn the fetch to use (tests, the bench)
 * @param signal aborts the fetches
 * @param reader where the texts are parsed and checked (default: a worker on a page, started
 *   at once)
 * @returns the indexed dataset and non-blocking issues; or the first file that could not be
 *   fetched or parsed (`error`: network, http, json), or every blocking issue naming file,
 *   feature or row, and field
 */
export async function loadDataset(
  fetchFn: typeof fetch = fetch,
  signal?: AbortSignal,
  reader: () => DatasetReader = defaultReader,
): Promise<DatasetLoad> {
  const read = reader();
  // All six files in parallel; the first one that fails is reported by name.
  const keys = Object.keys(DATA_FILES) as DataKey[];
  const results = await Promise.all(
    keys.map((k) => fetchText(DATA_FILES[k].url, DATA_FILES[k].file, fetchFn, signal)),
  );
  const texts = {} as DatasetTexts;
  for (const [i, r] of results.entries()) {
    if (!r.ok) {
      read.cancel();
      return { ok: false, error: r.error, issues: [] };
    }
    texts[keys[i]] = r.value;
  }
  const r = await read.read(texts);
  if (!r.ok) return r;
  // The node order came with the package: indexing here only builds maps, in slices up to the
  // long-task limit (as App's map data): the shipped dataset is one slice, with no MapLibre
  // frame (100–200 ms in software GL) between the reply and the map data.
  const dataset = await runSliced(buildDatasetSteps(r.data, r.order), { signal, budgetMs: 50 });
  return { ok: true, dataset, issues: r.issues };
}
