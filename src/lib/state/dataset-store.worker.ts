/**
 * Dataset store worker: writes and reads the large dataset records in IndexedDB off the main
 * thread. Storing or reading 100,000 features (structured clone), checking them
 * (`parseDataPackage`) and sorting their names take seconds; here they never block the page.
 * Thin: the rules live in `dataset-records.ts`. Opens the database the main thread has
 * already created or upgraded (no version: never upgrades it itself).
 */
import { openDB, type IDBPDatabase } from 'idb';
import {
  CHUNK,
  DB_NAME,
  addChunk,
  nodeOrder,
  packageChunks,
  packageEnvelope,
  summaryOf,
  type AtlasDB,
  type StoredDataset,
} from './dataset-records';
import { checkStored } from './check-stored';
import { storageProblem } from './storage-errors';
import type { StoreReply, StoreRequest } from './dataset-store-messages';

let db: Promise<IDBPDatabase<AtlasDB>> | null = null;
function database(): Promise<IDBPDatabase<AtlasDB>> {
  db ??= openDB<AtlasDB>(DB_NAME).then((d) => {
    // A newer version in another tab may upgrade: let it, and reopen on next use.
    d.onversionchange = () => {
      d.close();
      db = null;
    };
    return d;
  });
  return db;
}

const post = (m: StoreReply) => self.postMessage(m);
const fail = (id: number, e: unknown) =>
  post({
    type: 'failed',
    id,
    problem: storageProblem(e),
    detail: `${(e as { name?: string })?.name ?? 'Error'}: ${String((e as { message?: unknown })?.message ?? e)}`,
  });

const saving = new Map<number, StoredDataset>();

self.onmessage = async (e: MessageEvent<StoreRequest>) => {
  const m = e.data;
  try {
    if (m.type === 'begin') saving.set(m.id, m.record);
    else if (m.type === 'chunk') {
      const rec = saving.get(m.id);
      if (rec) addChunk(rec.data, m.chunk);
    } else if (m.type === 'commit') {
      const rec = saving.get(m.id);
      saving.delete(m.id);
      if (!rec) return;
      const d = await database();
      const tx = d.transaction(['datasets', 'summaries'], 'readwrite', { durability: 'strict' });
      await Promise.all([
        tx.objectStore('datasets').put(rec),
        tx.objectStore('summaries').put(summaryOf(rec)),
        tx.done,
      ]);
      post({ type: 'saved', id: m.id, order: nodeOrder(rec.data) });
    } else if (m.type === 'open') {
      const raw: unknown = await (await database()).get('datasets', m.key);
      if (raw === undefined) return post({ type: 'missing', id: m.id });
      const checked = checkStored(m.key, raw);
      if (!checked.ok) return post({ type: 'damaged', id: m.id, damaged: checked.damaged });
      const order = nodeOrder(checked.data);
      post({ type: 'envelope', id: m.id, data: packageEnvelope(checked.data) });
      for (const chunk of packageChunks(checked.data, CHUNK))
        post({ type: 'chunk', id: m.id, chunk });
      post({ type: 'opened', id: m.id, order });
    }
  } catch (err) {
    saving.delete(m.id);
    fail(m.id, err);
  }
};
