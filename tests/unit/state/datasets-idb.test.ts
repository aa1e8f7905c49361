/**
 * Issue 18, stored state that bricked the app: the dataset store against a real IndexedDB
 * implementation (fake-indexeddb): damaged records are set aside and listed, never stop the
 * start; storage errors say why; the v1 → v2 upgrade summarises what is stored.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset';
import type { DataPackage } from '../../../src/lib/data/types';
import { BUILTIN_ID, DatasetStore } from '../../../src/lib/state/datasets.svelte';
import { StorageError } from '../../../src/lib/state/storage-errors';
import { file, runImport } from '../import/helpers';

let pkg: DataPackage;
async function smallPackage(): Promise<DataPackage> {
  pkg ??= (
    await runImport([file('a.csv', 'name,lat,lon\nBamberg,49.89,10.88\nLeipzig,51.34,12.37\n')])
  ).data!;
  return structuredClone(pkg);
}

beforeEach(() => {
  // A fresh, empty browser storage for every test.
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());
// Unit test files share their workers' globals (`isolate: false`): no other file may find an
// IndexedDB that this one installed.
afterAll(() => {
  delete (globalThis as { indexedDB?: IDBFactory }).indexedDB;
});

/** Write records straight into the database, as a crash, an old version or devtools would. */
async function writeRaw(version: number, records: unknown[], active?: string): Promise<void> {
  const db = await openDB('kooperationsatlas', version, {
    upgrade(d) {
      d.createObjectStore('datasets', { keyPath: 'id' });
      d.createObjectStore('meta');
      if (version >= 2) d.createObjectStore('summaries', { keyPath: 'id' });
    },
  });
  for (const r of records) await db.put('datasets', r as never);
  if (active) await db.put('meta', active, 'active');
  db.close();
}

const record = (id: string, data: unknown, name = id) => ({
  id,
  name,
  files: ['a.csv'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  data,
});

describe('damaged records never stop the start', () => {
  it.each([
    ['data is null', null],
    ['data is a string', 'kaputt'],
    ['features missing', { projects: {}, actors: {}, relations: [], documents: [] }],
  ])(
    '%s (stored by an older version): built-in data and every good dataset open',
    async (_, data) => {
      await writeRaw(
        1,
        [record('bad', data, 'Kaputt'), record('good', await smallPackage(), 'Gut')],
        'bad',
      );
      const store = new DatasetStore();
      const builtin = buildDataset(await smallPackage());
      const shown = await store.start(builtin);
      expect(shown).toBe(builtin);
      expect(store.activeId).toBe(BUILTIN_ID);
      expect(store.list.map((d) => d.name)).toEqual(['Gut']);
      expect(store.damaged).toMatchObject([{ key: 'bad', name: 'Kaputt', problem: 'shape' }]);
      expect((await store.activate('good'))?.nodes).toHaveLength(2);
    },
  );

  it('an active dataset whose data fails the rules is set aside when opened', async () => {
    const broken = await smallPackage();
    (broken.actors.features[0].properties as { id: string }).id = 'Not An Id';
    const store0 = new DatasetStore();
    await store0.start(buildDataset(await smallPackage()));
    const id = await store0.save('Alt', broken, []);
    await store0.activate(id);
    // Next start (a reload):
    const store = new DatasetStore();
    const builtin = buildDataset(await smallPackage());
    expect(await store.start(builtin)).toBe(builtin);
    expect(store.list).toEqual([]);
    expect(store.damaged).toMatchObject([{ key: id, name: 'Alt', problem: 'invalid' }]);
    expect(store.damaged[0].detail).toContain('properties.id');
    // …and stays listed as damaged on the start after that.
    const store2 = new DatasetStore();
    await store2.start(builtin);
    expect(store2.damaged.map((d) => d.key)).toEqual([id]);
  });

  it('a damaged record exports as its raw JSON and can be deleted', async () => {
    const cyclic: Record<string, unknown> = { projects: 1n };
    cyclic.self = cyclic;
    await writeRaw(2, [record('bad', cyclic)]);
    const store = new DatasetStore();
    await store.start(buildDataset(await smallPackage()));
    const json = JSON.parse(await store.rawJson('bad'));
    expect(json).toMatchObject({ id: 'bad', data: { projects: '1', self: '[circular]' } });
    await store.remove('bad');
    expect(store.damaged).toEqual([]);
    const again = new DatasetStore();
    await again.start(buildDataset(await smallPackage()));
    expect(again.damaged).toEqual([]);
  });
});

describe('the upgrade from version 1', () => {
  it('summarises what is stored, so listing never loads a dataset', async () => {
    await writeRaw(1, [record('good', await smallPackage(), 'Gut')], 'good');
    const store = new DatasetStore();
    const ds = await store.start(buildDataset(await smallPackage()));
    expect(store.activeId).toBe('good');
    expect(ds.nodes).toHaveLength(2);
    expect(store.list).toMatchObject([{ id: 'good', name: 'Gut', counts: { actors: 2 } }]);
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const again = new DatasetStore();
    await (again as unknown as { refresh(): Promise<void> }).refresh();
    await again.startChecked;
    expect(again.list.map((d) => d.id)).toEqual(['good']);
    // Only the summaries (and which dataset is active) were read, no dataset record.
    expect(get.mock.contexts.map((s) => (s as IDBObjectStore).name)).toEqual(['meta']);
    expect(getAll.mock.contexts.map((s) => (s as IDBObjectStore).name)).toEqual(['summaries']);
  });
});

describe('storage errors say why', () => {
  it('a full quota: save throws a StorageError "quota", nothing is listed as saved', async () => {
    const store = new DatasetStore();
    await store.start(buildDataset(await smallPackage()));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await store.save('Voll', await smallPackage(), []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).problem).toBe('quota');
    expect(store.list).toEqual([]);
  });

  it('an older version open in another tab: blocked, the session works in memory', async () => {
    const old = await openDB('kooperationsatlas', 1, {
      upgrade(d) {
        d.createObjectStore('datasets', { keyPath: 'id' });
        d.createObjectStore('meta');
      },
    });
    // The old tab does not give way (no versionchange handler closing it).
    const store = new DatasetStore();
    const builtin = buildDataset(await smallPackage());
    expect(await store.start(builtin)).toBe(builtin);
    expect(store.persistent).toBe(false);
    expect(store.problem).toBe('blocked');
    const id = await store.save('Im Speicher', await smallPackage(), []);
    expect(store.list.map((d) => d.id)).toEqual([id]);
    old.close();
  });

  it('no IndexedDB at all (private mode): unavailable, in memory', async () => {
    const store = new DatasetStore(null);
    await store.start(buildDataset(await smallPackage()));
    expect(store.persistent).toBe(false);
    expect(store.problem).toBe('unavailable');
  });
});

/** A browser's localStorage, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

describe('startsBuiltin: may the map draw the shipped project points before the dataset?', () => {
  it('yes on a first visit once databases() lists none (no hint), and IndexedDB agrees', async () => {
    const store = new DatasetStore(undefined, undefined, memoryStorage());
    await vi.waitFor(() => expect(store.startsBuiltin).toBe(true));
    expect(await store.startChecked).toBe(true);
  });

  it('not before IndexedDB has answered when the hint is lost but a dataset is stored', async () => {
    // localStorage cleared while IndexedDB was kept (or stored by a version without the hint).
    const hints = memoryStorage();
    const store0 = new DatasetStore(undefined, undefined, hints);
    await store0.start(buildDataset(await smallPackage()));
    await store0.activate(await store0.save('Eigene Daten', await smallPackage(), []));
    hints.clear();
    const store = new DatasetStore(undefined, undefined, hints);
    const seen: (boolean | null)[] = [];
    const watch = setInterval(() => seen.push(store.startsBuiltin), 0);
    seen.push(store.startsBuiltin);
    expect(await store.startChecked).toBe(false);
    clearInterval(watch);
    expect(seen).not.toContain(true);
  });

  it('not before IndexedDB has answered when there is no storage for the hint', async () => {
    const store = new DatasetStore();
    expect(store.startsBuiltin).toBeNull();
    expect(await store.startChecked).toBe(true);
  });

  it('no after an imported dataset was made active; yes again once the built-in one is', async () => {
    const hints = memoryStorage();
    const store0 = new DatasetStore(undefined, undefined, hints);
    await store0.start(buildDataset(await smallPackage()));
    const id = await store0.save('Eigene Daten', await smallPackage(), []);
    await store0.activate(id);
    // A reload: the hint says "wait", IndexedDB says "imported".
    const store = new DatasetStore(undefined, undefined, hints);
    expect(store.startsBuiltin).toBeNull();
    expect(await store.startChecked).toBe(false);
    await store.start(buildDataset(await smallPackage()));
    await store.activate(BUILTIN_ID);
    expect(new DatasetStore(undefined, undefined, hints).startsBuiltin).toBe(true);
  });

  it('a lost hint is corrected by IndexedDB, and a damaged active dataset clears the hint', async () => {
    await writeRaw(2, [record('bad', null, 'Kaputt')], 'bad');
    const hints = memoryStorage();
    const store = new DatasetStore(undefined, undefined, hints);
    expect(store.startsBuiltin).toBeNull();
    expect(await store.startChecked).toBe(false);
    hints.setItem('atlas.importedActive', '1');
    const builtin = buildDataset(await smallPackage());
    expect(await store.start(builtin)).toBe(builtin);
    expect(hints.getItem('atlas.importedActive')).toBe('0');
  });
});
