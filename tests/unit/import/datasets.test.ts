/**
 * The dataset store without IndexedDB (its in-memory fallback): save, list, activate, update,
 * remove. Persistence across reloads is covered by tests/e2e/import.e2e.ts in a real browser.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset';
import { BUILTIN_ID, DatasetStore } from '../../../src/lib/state/datasets.svelte';
import { file, runImport } from './helpers';

async function smallPackage() {
  const r = await runImport([
    file('a.csv', 'name,lat,lon\nBamberg,49.89,10.88\nLeipzig,51.34,12.37\n'),
  ]);
  return r.data!;
}

describe('DatasetStore (memory fallback)', () => {
  it('starts with the built-in dataset when nothing is stored', async () => {
    const store = new DatasetStore(null);
    const builtin = buildDataset(await smallPackage());
    expect(await store.start(builtin)).toBe(builtin);
    expect(store.activeId).toBe(BUILTIN_ID);
    expect(store.persistent).toBe(false);
  });

  it('saves, lists, activates, renames and removes a dataset', async () => {
    const store = new DatasetStore(null);
    const builtin = buildDataset(await smallPackage());
    await store.start(builtin);
    const data = await smallPackage();
    const id = await store.save('  Mein Kreis ', data, ['a.csv']);
    expect(store.list.map((d) => [d.id, d.name, d.counts.actors])).toEqual([[id, 'Mein Kreis', 2]]);
    const ds = await store.activate(id);
    expect(ds?.nodes.map((n) => n.name)).toEqual(['Bamberg', 'Leipzig']);
    expect(store.activeId).toBe(id);
    expect(store.activeData).toEqual(data);
    await store.update(id, { name: 'Neu' });
    expect(store.list[0].name).toBe('Neu');
    await store.remove(id);
    expect(store.list).toEqual([]);
    expect(store.activeId).toBe(BUILTIN_ID);
    expect(await store.activate(id)).toBeNull();
    expect(await store.activate(BUILTIN_ID)).toBe(builtin);
  });

  it('refuses a stored dataset that no longer validates', async () => {
    const store = new DatasetStore(null);
    const data = await smallPackage();
    const broken = structuredClone(data);
    (broken.actors.features[0].properties as { id: string }).id = 'Not An Id';
    const id = await store.save('x', broken, []);
    expect(await store.activate(id)).toBeNull();
    expect(store.activeId).toBe(BUILTIN_ID);
  });
});
