import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, GeoJSON } from 'geojson';
import { setDataChunked, type ChunkTarget } from '../../../src/lib/map/layers/chunked-data';

const point = (i: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [i, 0] },
  properties: { id: `n${i}` },
});
const collection = (n: number): FeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, (_, i) => point(i)),
});

/** Records each call with the features it carried. */
function recorder(): ChunkTarget & { calls: [string, number][]; ids: string[] } {
  const calls: [string, number][] = [];
  const ids: string[] = [];
  const take = (fs: Feature[]) => {
    for (const f of fs) ids.push(String(f.properties?.id));
  };
  return {
    calls,
    ids,
    setData: (d: GeoJSON) => {
      const fs = d.type === 'FeatureCollection' ? d.features : [];
      calls.push(['setData', fs.length]);
      ids.length = 0;
      take(fs);
      return Promise.resolve();
    },
    updateData: (diff) => {
      calls.push(['updateData', diff.add.length]);
      take(diff.add);
      return Promise.resolve();
    },
  };
}

const now = () => Promise.resolve();
/** Lets pending promise callbacks run (every step here is a microtask). */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('setDataChunked', () => {
  it('sends a small collection in one setData', async () => {
    const t = recorder();
    await setDataChunked(t, collection(5), 10, () => true, now);
    expect(t.calls).toEqual([['setData', 5]]);
  });

  it('sends a large collection as setData plus updateData additions, every feature once, in order', async () => {
    const t = recorder();
    await setDataChunked(t, collection(25), 10, () => true, now);
    expect(t.calls).toEqual([
      ['setData', 10],
      ['updateData', 10],
      ['updateData', 5],
    ]);
    expect(t.ids).toEqual(collection(25).features.map((f) => f.properties?.id));
  });

  it('stops sending parts once newer data is on its way', async () => {
    const t = recorder();
    let parts = 0;
    await setDataChunked(t, collection(50), 10, () => ++parts < 3, now);
    expect(t.calls).toEqual([
      ['setData', 10],
      ['updateData', 10],
    ]);
  });

  it('waits for each part to be taken up before sending the next (MapLibre merges waiting diffs)', async () => {
    const order: string[] = [];
    let release: (() => void) | null = null;
    const t: ChunkTarget = {
      setData: () => {
        order.push('set');
        return Promise.resolve();
      },
      updateData: () => {
        order.push('update');
        return new Promise<void>((r) => (release = r));
      },
    };
    const done = setDataChunked(t, collection(30), 10, () => true, now);
    await settle();
    expect(order).toEqual(['set', 'update']);
    (release as unknown as () => void)();
    await settle();
    expect(order).toEqual(['set', 'update', 'update']);
    (release as unknown as () => void)();
    await done;
  });

  it('passes anything that is not a FeatureCollection through whole', async () => {
    const t = recorder();
    await setDataChunked(t, point(1), 0, () => true, now);
    expect(t.calls).toEqual([['setData', 0]]);
  });
});
