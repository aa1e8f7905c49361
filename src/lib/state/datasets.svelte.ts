/**
 * The user's own datasets ("Datensätze"), kept in IndexedDB in this browser: imported
 * packages, edits to them, and which dataset is active. Nothing leaves the browser.
 *
 * Writes use `durability: 'strict'`, so a dataset is on disk when `save` resolves and survives
 * a reload or a crash. Where IndexedDB is unavailable (private mode in some browsers), the
 * store works in memory for the session and says so (`persistent = false`, `problem`).
 *
 * Nothing read back is trusted (`stored-records.ts`): the list comes from small summaries
 * (so listing never loads a dataset), a record without a usable summary or whose data fails
 * `parseDataPackage` when opened is set aside as damaged (exportable as raw JSON, deletable),
 * and `start` never throws, so a damaged record cannot stop the app from opening. Writes that
 * fail throw a {@link StorageError} saying why (quota, unavailable, blocked).
 *
 * @see https://github.com/jakearchibald/idb
 */
import { createContext } from 'svelte';
import { openDB, type IDBPDatabase } from 'idb';
import { buildDatasetSteps, type Dataset } from '../data/dataset';
import * as v from 'valibot';
import type { DataPackage } from '../data/types';
import { runSliced } from '../util/time-slice';
import {
  DB_NAME,
  DB_VERSION,
  nameOf,
  summaryOf,
  type AtlasDB,
  type DamagedRecord,
  type NodeOrder,
  type StoredDataset,
} from './dataset-records';
import { DatasetStoreClient } from './dataset-store-client';
import {
  StorageError,
  storageProblem,
  toStorageError,
  type StorageProblem,
} from './storage-errors';
import {
  DatasetSummarySchema,
  rawJson,
  summarizeStored,
  type DatasetSummary,
} from './stored-records';

/** The dataset store worker, where the browser has workers (not in unit tests). */
const defaultWorker =
  typeof Worker === 'undefined'
    ? null
    : () => new Worker(new URL('./dataset-store.worker.ts', import.meta.url), { type: 'module' });

export const BUILTIN_ID = 'builtin';

/** The full check of a record on this thread (rare: no worker, or a record without summary). */
const checker = async () => (await import('./check-stored')).checkStored;

export type { DamagedRecord, StoredDataset } from './dataset-records';

export type DatasetMeta = DatasetSummary;

/** A timestamp for storage, not reactive state. */
function nowIso(): string {
  return new Date().toISOString();
}

/**
 * localStorage key of the hint which dataset is active: "1" an imported one, "0" the built-in
 * one; absent: not known (never written, or localStorage was cleared while IndexedDB was kept,
 * or stored by a version without the hint).
 */
export const IMPORTED_ACTIVE_KEY = 'atlas.importedActive';

/** The hint: true, false, or null when it is absent or there is no storage to ask. Never throws. */
function readHint(storage: Storage | null): boolean | null {
  try {
    const v = storage?.getItem(IMPORTED_ACTIVE_KEY);
    return v === '1' ? true : v === '0' ? false : null;
  } catch {
    return null;
  }
}

function writeHint(storage: Storage | null, importedActive: boolean): void {
  try {
    storage?.setItem(IMPORTED_ACTIVE_KEY, importedActive ? '1' : '0');
  } catch {
    // A full or blocked storage loses the hint only: IndexedDB still decides.
  }
}

/**
 * Whether the browser has no database `name` yet (a first visit), from `indexedDB.databases()`:
 * it answers in a few ms, where opening (and on a first visit creating) the database takes
 * hundreds. False when that cannot be told (no `databases()`, or it fails). Never rejects.
 */
async function noDatabase(idb: IDBFactory, name: string): Promise<boolean> {
  try {
    if (typeof idb.databases !== 'function') return false;
    return !(await idb.databases()).some((d) => d.name === name);
  } catch {
    return false;
  }
}

export class DatasetStore {
  /** Stored datasets that can be listed, newest first. */
  list: DatasetMeta[] = $state.raw([]);
  /** Stored records that cannot be used (never opened; export and delete only). */
  damaged: DamagedRecord[] = $state.raw([]);
  /** Id of the active dataset, or {@link BUILTIN_ID}. */
  activeId: string = $state(BUILTIN_ID);
  /** False when IndexedDB cannot be used: datasets last for this session only. */
  persistent = $state(true);
  /** Why storage is not persistent, when it is not. */
  problem: StorageProblem | null = $state(null);
  /** The package of the active imported dataset (for export), or null for the built-in one. */
  activeData: DataPackage | null = $state.raw(null);
  /**
   * Whether the app will open with the built-in dataset: true unless an imported dataset is
   * stored as the active one; null while that is not known. Known at once from a hint in
   * `hints` (localStorage); without one, on a first visit as soon as `indexedDB.databases()`
   * lists no database; else when IndexedDB answers, which corrects a wrong hint. The map draws
   * the shipped project points before the dataset is loaded only when this is true, so a lost
   * hint never shows them before an imported dataset.
   */
  startsBuiltin: boolean | null = $state(null);
  /** Resolves with IndexedDB's answer once it has set {@link startsBuiltin}. Never rejects. */
  readonly startChecked: Promise<boolean>;

  private db: Promise<IDBPDatabase<AtlasDB> | null>;
  // Fallback storage without IndexedDB; `list` is the reactive view of it, so a plain Map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private memory = new Map<string, StoredDataset>();
  private builtin: Dataset | null = null;
  /** Large records are written and read in the worker (when there is one and IndexedDB). */
  private client: DatasetStoreClient | null = null;
  /** Node order of records saved this session, for {@link activateSaved}. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local lookup, not state
  private orders = new Map<string, NodeOrder>();

  /**
   * @param indexedDB the browser's IndexedDB; null (or none in the browser) keeps datasets in memory
   * @param worker creates the dataset store worker; null reads and writes on this thread
   * @param hints where the hint "an imported dataset is active" is kept (see
   *   {@link startsBuiltin}); null keeps none
   */
  constructor(
    private readonly indexedDB: IDBFactory | null | undefined = globalThis.indexedDB,
    private readonly worker: (() => Worker) | null = indexedDB === globalThis.indexedDB
      ? defaultWorker
      : null,
    private readonly hints: Storage | null = null,
  ) {
    const hint = readHint(hints);
    if (hint === false) this.startsBuiltin = true;
    // No hint: nothing stored yet (a first visit) can be told before the database is opened.
    // (`databases()` lists no database that is still being created, so asking before `open`
    // cannot see this one.)
    else if (hint === null && indexedDB)
      void noDatabase(indexedDB, DB_NAME).then((none) => {
        if (none && this.startsBuiltin === null) this.startsBuiltin = true;
      });
    this.db = this.open();
    this.startChecked = this.readStartsBuiltin();
  }

  private async readStartsBuiltin(): Promise<boolean> {
    try {
      const db = await this.db;
      const active = db ? await db.get('meta', 'active') : undefined;
      this.startsBuiltin = typeof active !== 'string' || active === BUILTIN_ID;
    } catch {
      // Unknown: the map waits for the dataset (see `start`, which reports the problem).
      this.startsBuiltin = false;
    }
    return this.startsBuiltin;
  }

  /** Whether `ds` is the built-in dataset as indexed at start (not an imported one). */
  isBuiltin(ds: Dataset): boolean {
    return ds === this.builtin;
  }

  /** The worker client once the database is open (the worker never upgrades it). */
  private async storeClient(): Promise<DatasetStoreClient | null> {
    if (!this.worker || !(await this.db)) return null;
    this.client ??= new DatasetStoreClient(this.worker());
    return this.client;
  }

  private async open(): Promise<IDBPDatabase<AtlasDB> | null> {
    if (!this.indexedDB) {
      this.persistent = false;
      this.problem = 'unavailable';
      return null;
    }
    try {
      // An older version open in another tab blocks the upgrade until that tab closes it.
      let onBlocked = (_e: StorageError) => {};
      const blocked = new Promise<never>((_, reject) => (onBlocked = reject));
      const opening = openDB<AtlasDB>(DB_NAME, DB_VERSION, {
        async upgrade(db, oldVersion, _newVersion, tx) {
          if (oldVersion < 1) {
            db.createObjectStore('datasets', { keyPath: 'id' });
            db.createObjectStore('meta');
          }
          if (oldVersion < 2) {
            db.createObjectStore('summaries', { keyPath: 'id' });
            // Summaries of what is stored; a record that cannot be summarised gets none and
            // is listed as damaged.
            let cursor = await tx.objectStore('datasets').openCursor();
            while (cursor) {
              const s = summarizeStored(String(cursor.key), cursor.value);
              if (s.ok) await tx.objectStore('summaries').put(s.summary);
              cursor = await cursor.continue();
            }
          }
        },
        blocked() {
          onBlocked(new StorageError('blocked', 'database upgrade blocked by another tab'));
          // Opened late after all: not used this session.
          void opening.then((late) => late.close()).catch(() => undefined);
        },
      });
      const db = await Promise.race([opening, blocked]);
      // Let a newer version in another tab upgrade instead of being blocked by this one.
      db.onversionchange = () => db.close();
      return db;
    } catch (e) {
      this.persistent = false;
      this.problem = storageProblem(e);
      return null;
    }
  }

  /** List stored datasets from their summaries and set aside what cannot be read. */
  private async refresh(): Promise<void> {
    const db = await this.db;
    const list: DatasetSummary[] = [];
    const damaged: DamagedRecord[] = [];
    if (db) {
      const tx = db.transaction(['datasets', 'summaries'], 'readonly');
      const [keys, summaries] = await Promise.all([
        tx.objectStore('datasets').getAllKeys(),
        tx.objectStore('summaries').getAll(),
      ]);
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local lookup, not state
      const byId = new Map<string, DatasetSummary>();
      for (const s of summaries) {
        const r = v.safeParse(DatasetSummarySchema, s);
        if (r.success) byId.set(r.output.id, r.output);
      }
      for (const key of keys) {
        const k = String(key);
        const s = byId.get(k);
        if (s) list.push(s);
        else {
          // No usable summary: read the record once to say what is wrong with it.
          const raw = await db.get('datasets', k).catch((e: unknown) => e);
          const checked = (await checker())(k, raw);
          damaged.push(
            checked.ok
              ? {
                  key: k,
                  ...(nameOf(raw) ? { name: nameOf(raw) } : {}),
                  problem: 'invalid',
                  detail: 'no summary',
                }
              : checked.damaged,
          );
        }
      }
    } else for (const d of this.memory.values()) list.push(summaryOf(d));
    this.list = list.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    // Records found damaged when opened keep their reason.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local lookup, not state
    const known = new Map(this.damaged.map((d) => [d.key, d]));
    this.damaged = damaged.map((d) => known.get(d.key) ?? d);
  }

  private async get(id: string): Promise<unknown> {
    const db = await this.db;
    return db ? db.get('datasets', id) : this.memory.get(id);
  }

  private async setActive(id: string): Promise<void> {
    this.activeId = id;
    writeHint(this.hints, id !== BUILTIN_ID);
    const db = await this.db;
    if (db) await db.put('meta', id, 'active').catch(() => undefined);
  }

  /**
   * Remember the built-in dataset and return the one to show: the active imported dataset
   * when there is one that still validates, else the built-in one. Never throws: whatever is
   * stored, the app opens.
   */
  async start(builtin: Dataset): Promise<Dataset> {
    this.builtin = builtin;
    try {
      await this.refresh();
      const db = await this.db;
      const active = db ? await db.get('meta', 'active') : undefined;
      if (typeof active === 'string' && active !== BUILTIN_ID) {
        const ds = await this.activate(active);
        if (ds) return ds;
      }
    } catch (e) {
      this.problem = storageProblem(e);
    }
    this.activeId = BUILTIN_ID;
    this.activeData = null;
    writeHint(this.hints, false);
    return builtin;
  }

  /**
   * Make a dataset active and return it indexed, or null if it is missing or damaged (then it
   * is listed under {@link damaged} and the built-in dataset stays active).
   */
  async activate(id: string): Promise<Dataset | null> {
    if (id === BUILTIN_ID) {
      await this.setActive(BUILTIN_ID);
      this.activeData = null;
      return this.builtin;
    }
    let opened: { data: DataPackage; order?: NodeOrder };
    try {
      const client = await this.storeClient();
      if (client) {
        // Read, checked and ordered in the worker; arrives in chunks.
        const r = await client.open(id);
        if (r.kind === 'missing') return null;
        if (r.kind === 'damaged') {
          await this.setAside(r.damaged);
          return null;
        }
        opened = r;
      } else {
        const raw = await this.get(id);
        if (raw === undefined) return null;
        const checked = (await checker())(id, raw);
        if (!checked.ok) {
          await this.setAside(checked.damaged);
          return null;
        }
        opened = checked;
      }
    } catch (e) {
      this.problem = storageProblem(e);
      return null;
    }
    await this.setActive(id);
    this.activeData = opened.data;
    return runSliced(buildDatasetSteps(opened.data, opened.order));
  }

  /**
   * Make a just-saved dataset active from the package in hand (it passed `parseDataPackage` in
   * the import worker), without reading it back from disk and checking it a second time.
   */
  async activateSaved(id: string, data: DataPackage): Promise<Dataset> {
    await this.setActive(id);
    this.activeData = data;
    const order = this.orders.get(id);
    this.orders.delete(id);
    return runSliced(buildDatasetSteps(data, order));
  }

  /** Move a record from the list to the damaged ones (its summary is dropped, not its data). */
  private async setAside(d: DamagedRecord): Promise<void> {
    this.damaged = [...this.damaged.filter((x) => x.key !== d.key), d];
    this.list = this.list.filter((x) => x.id !== d.key);
    if (this.activeId === d.key) await this.setActive(BUILTIN_ID);
    const db = await this.db;
    if (db) await db.delete('summaries', d.key).catch(() => undefined);
  }

  /**
   * Store a new dataset. Resolves when it is on disk.
   * @param options.extendsBuiltin the data is the built-in MPSC dataset extended by imported
   *   records (listed as such)
   * @throws {StorageError} when the browser refuses (quota, private mode, blocked): the caller
   *   keeps what the user entered and shows {@link StorageError.problem}
   */
  async save(
    name: string,
    data: DataPackage,
    files: string[],
    options: { extendsBuiltin?: boolean } = {},
  ): Promise<string> {
    const now = nowIso();
    const id = `ds-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    await this.put({
      id,
      name: name.trim() || 'Import',
      files,
      createdAt: now,
      updatedAt: now,
      ...(options.extendsBuiltin ? { extendsBuiltin: true } : {}),
      data,
    });
    await this.refresh();
    return id;
  }

  /**
   * Replace a stored dataset's data (an edit) or name.
   * @throws {StorageError} as {@link save}
   */
  async update(id: string, change: { name?: string; data?: DataPackage }): Promise<void> {
    const stored = await this.get(id);
    if (!stored || !summarizeStored(id, stored).ok) return;
    const prev = stored as StoredDataset;
    await this.put({
      ...prev,
      ...(change.name !== undefined ? { name: change.name.trim() || prev.name } : {}),
      ...(change.data ? { data: change.data } : {}),
      updatedAt: nowIso(),
    });
    if (change.data && id === this.activeId) this.activeData = change.data;
    await this.refresh();
  }

  /**
   * Delete a stored dataset, or a damaged record, with its summary.
   * @throws {StorageError} as {@link save}
   */
  async remove(id: string): Promise<void> {
    const db = await this.db;
    if (db) {
      try {
        const tx = db.transaction(['datasets', 'summaries'], 'readwrite');
        await Promise.all([
          tx.objectStore('datasets').delete(id),
          tx.objectStore('summaries').delete(id),
          tx.done,
        ]);
      } catch (e) {
        throw toStorageError(e);
      }
    } else this.memory.delete(id);
    this.damaged = this.damaged.filter((d) => d.key !== id);
    if (this.activeId === id) await this.setActive(BUILTIN_ID);
    await this.refresh();
  }

  /** The stored package of a dataset (for export), or null when missing or damaged. */
  async data(id: string): Promise<DataPackage | null> {
    const raw = await this.get(id);
    return summarizeStored(id, raw).ok ? (raw as StoredDataset).data : null;
  }

  /** A stored record exactly as it is, as JSON (for saving a damaged one before deleting it). */
  async rawJson(key: string): Promise<string> {
    return rawJson(await this.get(key));
  }

  private async put(d: StoredDataset): Promise<void> {
    const db = await this.db;
    if (!db) {
      this.memory.set(d.id, d);
      return;
    }
    const client = await this.storeClient();
    if (client) {
      // Serialised in the worker, sent there in chunks (throws StorageError).
      this.orders.set(d.id, await client.save(d));
      return;
    }
    try {
      const tx = db.transaction(['datasets', 'summaries'], 'readwrite', { durability: 'strict' });
      await Promise.all([
        tx.objectStore('datasets').put(d),
        tx.objectStore('summaries').put(summaryOf(d)),
        tx.done,
      ]);
    } catch (e) {
      throw toStorageError(e);
    }
  }
}

export const [getDatasetStore, setDatasetStore] = createContext<DatasetStore>();
