/**
 * Proposals persisted in the browser (IndexedDB through `idb`), in a database
 * of their own, so they can never be mixed into the dataset by accident.
 * https://github.com/jakearchibald/idb
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { toStorageError } from '../state/storage-errors';
import { readProposal, type Proposal } from './types';

interface ProposalDb extends DBSchema {
  proposals: { key: string; value: Proposal; indexes: { createdAt: string } };
}

export const DB_NAME = 'kooperationsatlas-proposals';

/** A stored proposal that is not one (damaged): set aside, exportable, deletable. */
export interface DamagedProposal {
  key: string;
}

export interface ProposalStore {
  /** Every stored proposal, oldest first, and the records that are not proposals. */
  list(): Promise<{ proposals: Proposal[]; damaged: DamagedProposal[] }>;
  /** @throws {StorageError} when the browser refuses (quota, unavailable) */
  put(p: Proposal): Promise<void>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
  /** A stored record exactly as it is (for saving a damaged one as JSON). */
  raw(key: string): Promise<unknown>;
}

const byCreated = (a: Proposal, b: Proposal) => a.createdAt.localeCompare(b.createdAt);

export function openProposalStore(): ProposalStore {
  let db: Promise<IDBPDatabase<ProposalDb>> | null = null;
  const get = () =>
    (db ??= openDB<ProposalDb>(DB_NAME, 1, {
      upgrade(d) {
        const s = d.createObjectStore('proposals', { keyPath: 'id' });
        s.createIndex('createdAt', 'createdAt');
      },
    }));
  return {
    async list() {
      // Every record, not the createdAt index: a damaged record may lack that field.
      const tx = (await get()).transaction('proposals');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      const proposals: Proposal[] = [];
      const damaged: DamagedProposal[] = [];
      values.forEach((v, i) => {
        // Checked and migrated (older records lack `fromActor`); the stored record is left as is.
        const p = readProposal(v);
        if (p) proposals.push(p);
        else damaged.push({ key: String(keys[i]) });
      });
      return { proposals: proposals.sort(byCreated), damaged };
    },
    async put(p) {
      try {
        const tx = (await get()).transaction('proposals', 'readwrite', { durability: 'strict' });
        await Promise.all([tx.store.put(p), tx.done]);
      } catch (e) {
        throw toStorageError(e);
      }
    },
    async raw(key) {
      return (await get()).get('proposals', key);
    },
    async delete(id) {
      await (await get()).delete('proposals', id);
    },
    async clear() {
      await (await get()).clear('proposals');
    },
  };
}

/** An in-memory store with the same API (no IndexedDB: private mode, tests). */
export function memoryProposalStore(): ProposalStore {
  const m = new Map<string, Proposal>();
  return {
    async list() {
      return { proposals: [...m.values()].sort(byCreated), damaged: [] };
    },
    async raw(key) {
      return m.get(key);
    },
    async put(p) {
      m.set(p.id, p);
    },
    async delete(id) {
      m.delete(id);
    },
    async clear() {
      m.clear();
    },
  };
}
