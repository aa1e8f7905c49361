/**
 * The user's own datasets ("Datensätze"), kept in IndexedDB in this browser: imported
 * packages, edits to them, and which dataset is active. Nothing leaves the browser.
 *
 * Writes use `durability: 'strict'`, so a dataset is on disk when `save` resolves and survives
 * a reload or a crash. Where IndexedDB is unavailable (private mode in some browsers), the
 * store works in memory for the session and says so (`persistent = false`).
 *
 * @see https://github.com/jakearchibald/idb
 */
import { createContext } from 'svelte';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { buildDataset, type Dataset } from '../data/dataset';
import { parseDataPackage } from '../data/load';
import type { DataPackage } from '../data/types';

export const BUILTIN_ID = 'builtin';
const DB_NAME = 'kooperationsatlas';
const DB_VERSION = 1;

export interface StoredDataset {
  id: string;
  name: string;
  /** Files it was imported from. */
  files: string[];
  createdAt: string;
  updatedAt: string;
  /** The data is the built-in MPSC dataset extended by imported records (shown as such). */
  extendsBuiltin?: boolean;
  data: DataPackage;
}

export type DatasetMeta = Omit<StoredDataset, 'data'> & {
  counts: { projects: number; actors: number; relations: number };
};

interface AtlasDB extends DBSchema {
  datasets: { key: string; value: StoredDataset };
  meta: { key: string; value: string };
}

/** A timestamp for storage, not reactive state. */
function nowIso(): string {
  return new Date().toISOString();
}

function metaOf(d: StoredDataset): DatasetMeta {
  const { data, ...rest } = d;
  return {
    ...rest,
    counts: {
      projects: data.projects.features.length,
      actors: data.actors.features.length,
      relations: data.relations.length,
    },
  };
}

export class DatasetStore {
  /** Stored datasets, newest first. */
  list: DatasetMeta[] = $state.raw([]);
  /** Id of the active dataset, or {@link BUILTIN_ID}. */
  activeId: string = $state(BUILTIN_ID);
  /** False when IndexedDB cannot be used: datasets last for this session only. */
  persistent = $state(true);
  /** The package of the active imported dataset (for export), or null for the built-in one. */
  activeData: DataPackage | null = $state.raw(null);

  private db: Promise<IDBPDatabase<AtlasDB> | null>;
  // Fallback storage without IndexedDB; `list` is the reactive view of it, so a plain Map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private memory = new Map<string, StoredDataset>();
  private builtin: Dataset | null = null;

  constructor(private readonly indexedDB: IDBFactory | undefined = globalThis.indexedDB) {
    this.db = this.open();
  }

  private async open(): Promise<IDBPDatabase<AtlasDB> | null> {
    if (!this.indexedDB) {
      this.persistent = false;
      return null;
    }
    try {
      return await openDB<AtlasDB>(DB_NAME, DB_VERSION, {
        upgrade(db) {
          db.createObjectStore('datasets', { keyPath: 'id' });
          db.createObjectStore('meta');
        },
      });
    } catch {
      this.persistent = false;
      return null;
    }
  }

  private async all(): Promise<StoredDataset[]> {
    const db = await this.db;
    const items = db ? await db.getAll('datasets') : [...this.memory.values()];
    return items.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  }

  private async refresh(): Promise<void> {
    this.list = (await this.all()).map(metaOf);
  }

  private async get(id: string): Promise<StoredDataset | undefined> {
    const db = await this.db;
    return db ? db.get('datasets', id) : this.memory.get(id);
  }

  private async setActive(id: string): Promise<void> {
    this.activeId = id;
    const db = await this.db;
    if (db) await db.put('meta', id, 'active');
  }

  /**
   * Remember the built-in dataset and return the one to show: the active imported dataset
   * when there is one that still validates, else the built-in one.
   */
  async start(builtin: Dataset): Promise<Dataset> {
    this.builtin = builtin;
    await this.refresh();
    const db = await this.db;
    const active = db ? await db.get('meta', 'active') : undefined;
    if (active && active !== BUILTIN_ID) {
      const ds = await this.activate(active);
      if (ds) return ds;
    }
    this.activeId = BUILTIN_ID;
    return builtin;
  }

  /**
   * Make a dataset active and return it indexed, or null if it is missing or no longer valid
   * (then the built-in dataset stays active).
   */
  async activate(id: string): Promise<Dataset | null> {
    if (id === BUILTIN_ID) {
      await this.setActive(BUILTIN_ID);
      this.activeData = null;
      return this.builtin;
    }
    const stored = await this.get(id);
    if (!stored) return null;
    // Stored data went through the import's checks, but the schemas may have changed since.
    const parsed = parseDataPackage(stored.data);
    if (!parsed.ok) return null;
    await this.setActive(id);
    this.activeData = parsed.data;
    return buildDataset(parsed.data);
  }

  /** Store a new dataset (and make it active). Resolves when it is on disk. */
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

  /** Replace a stored dataset's data (an edit) or name. */
  async update(id: string, change: { name?: string; data?: DataPackage }): Promise<void> {
    const stored = await this.get(id);
    if (!stored) return;
    await this.put({
      ...stored,
      ...(change.name !== undefined ? { name: change.name.trim() || stored.name } : {}),
      ...(change.data ? { data: change.data } : {}),
      updatedAt: nowIso(),
    });
    if (change.data && id === this.activeId) this.activeData = change.data;
    await this.refresh();
  }

  async remove(id: string): Promise<void> {
    const db = await this.db;
    if (db) await db.delete('datasets', id);
    else this.memory.delete(id);
    if (this.activeId === id) await this.setActive(BUILTIN_ID);
    await this.refresh();
  }

  /** The stored package of a dataset (for export). */
  async data(id: string): Promise<DataPackage | null> {
    return (await this.get(id))?.data ?? null;
  }

  private async put(d: StoredDataset): Promise<void> {
    const db = await this.db;
    if (!db) {
      this.memory.set(d.id, d);
      return;
    }
    const tx = db.transaction('datasets', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(d), tx.done]);
  }
}

export const [getDatasetStore, setDatasetStore] = createContext<DatasetStore>();
