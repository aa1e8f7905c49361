/**
 * Issue 18, proposals in a real IndexedDB implementation (fake-indexeddb): damaged records
 * set aside, a refused write loses nothing silently, and two tabs see each other's proposals
 * (BroadcastChannel, as in the browser).
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProposalState } from '../../../src/lib/proposals/proposals-state.svelte';
import { DB_NAME, openProposalStore } from '../../../src/lib/proposals/store';
import { StorageError } from '../../../src/lib/state/storage-errors';

const input = (note: string) => ({
  from: 'bamberg',
  fromActor: null,
  to: 'hallstadt',
  newActor: null,
  note,
  author: 'Test',
});

const states: ProposalState[] = [];
function tab(channel: string): ProposalState {
  const s = new ProposalState(openProposalStore(), channel);
  states.push(s);
  return s;
}

let channel = '';
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  channel = `test-${Math.random()}`;
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const s of states.splice(0)) s.dispose();
});

// Unit test files share their workers' globals (`isolate: false`): no other file may find an
// IndexedDB that this one installed.
afterAll(() => {
  delete (globalThis as { indexedDB?: IDBFactory }).indexedDB;
});

describe('stored proposals are checked when read', () => {
  it('a record that is not a proposal is set aside, the others load', async () => {
    const a = tab(channel);
    await a.load();
    await a.add(input('gut'));
    const db = await openDB(DB_NAME, 1);
    await db.put('proposals', { id: 'kaputt', from: 42 });
    await db.put('proposals', { id: 'ohne-datum', from: 'x', to: 'y', newActor: null });
    db.close();
    const b = tab(`${channel}-b`);
    await b.load();
    expect(b.list.map((p) => p.note)).toEqual(['gut']);
    expect(b.damaged.map((d) => d.key).sort()).toEqual(['kaputt', 'ohne-datum']);
    expect(JSON.parse(await b.rawJson('kaputt'))).toEqual({ id: 'kaputt', from: 42 });
    await b.remove('kaputt');
    expect(b.damaged.map((d) => d.key)).toEqual(['ohne-datum']);
  });
});

describe('records stored by an older version', () => {
  it('a proposal stored before "Von" could be new (no fromActor) still reads, unchanged on disk', async () => {
    const db = await openDB(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore('proposals', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      },
    });
    const old = {
      id: 'proposal-alt',
      from: 'bamberg',
      to: null,
      newActor: { name: 'Bürgerenergie eG', type: '', coordinates: [10.9, 49.9] },
      note: 'aus dem letzten Workshop',
      author: '',
      createdAt: '2025-03-01T09:00:00.000Z',
    };
    await db.put('proposals', old);
    db.close();
    const s = tab(channel);
    await s.load();
    expect(s.damaged).toEqual([]);
    expect(s.list).toEqual([{ ...old, fromActor: null }]);
    expect(JSON.parse(await s.rawJson('proposal-alt'))).toEqual(old);
  });
});

describe('nothing entered is lost silently', () => {
  it('a full quota: add throws a StorageError, nothing is added, the next try can succeed', async () => {
    const s = tab(channel);
    await s.load();
    s.place([10, 50], 'from');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await s.add(input('voll')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).problem).toBe('quota');
    expect(s.list).toEqual([]);
    expect(s.volatile).toBe(false);
    // What the participant placed is still there for the next try.
    expect(s.placed.from).toEqual({ coordinates: [10, 50] });
    put.mockRestore();
    await s.add(input('wieder'));
    const again = tab(`${channel}-x`);
    await again.load();
    expect(again.list.map((p) => p.note)).toEqual(['wieder']);
  });
});

describe('tabs see each other', () => {
  it('a proposal added or removed in one tab appears in the other without reload', async () => {
    const a = tab(channel);
    const b = tab(channel);
    await Promise.all([a.load(), b.load()]);
    const p = await a.add(input('aus Tab A'));
    // BroadcastChannel delivery is asynchronous: wait for the state (suite hang limit only).
    await expect.poll(() => b.list.map((x) => x.note)).toEqual(['aus Tab A']);
    await b.remove(p.id);
    await expect.poll(() => a.list).toEqual([]);
  });

  it('a proposal whose "Von" is a new actor reaches the other tab whole', async () => {
    const a = tab(channel);
    const b = tab(channel);
    await Promise.all([a.load(), b.load()]);
    const fromActor = {
      name: 'Gemeinde Upahl',
      type: 'Kommune',
      coordinates: [11.2633, 53.8332] as [number, number],
      place: { name: 'Upahl', key: '13074079', land: 'DE-MV' },
    };
    const p = await a.add({ ...input('neue Gemeinde'), from: null, fromActor });
    await expect.poll(() => b.list).toEqual([p]);
    expect(b.list[0].fromActor).toEqual(fromActor);
    await a.remove(p.id);
    await expect.poll(() => b.list).toEqual([]);
  });
});
