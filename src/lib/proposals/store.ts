/**
 * Proposals persisted in the browser (IndexedDB through `idb`), in a database
 * of their own, so they can never be mixed into the dataset by accident.
 * https://github.com/jakearchibald/idb
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { isProposal, type Proposal } from './types';

interface ProposalDb extends DBSchema {
  proposals: { key: string; value: Proposal; indexes: { createdAt: string } };
}

export const DB_NAME = 'kooperationsatlas-proposals';

export interface ProposalStore {
  list(): Promise<Proposal[]>;
  put(p: Proposal): Promise<void>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
}

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
      const all = await (await get()).getAllFromIndex('proposals', 'createdAt');
      return all.filter(isProposal);
    },
    async put(p) {
      await (await get()).put('proposals', p);
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
      return [...m.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
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
