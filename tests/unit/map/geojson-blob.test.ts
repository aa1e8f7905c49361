import { resolveObjectURL } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { BLOB_FROM, geojsonBlobUrl, isLargeCollection } from '../../../src/lib/map/geojson-blob';

const collection = (n: number): FeatureCollection => ({
  type: 'FeatureCollection',
  bbox: [5, 47, 15, 55],
  features: Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [6 + i / n, 48] },
    properties: { id: `a${i}`, name: `„Akteur“ ${i} "quoted" \\ \u2028` },
  })),
});

const read = async (url: string) => JSON.parse(await resolveObjectURL(url)!.text()) as unknown;

describe('geojsonBlobUrl', () => {
  it.each([0, 1, 1999, 2000, 2001, 4500])(
    '%i features: the text parses to the same collection',
    async (n) => {
      const fc = collection(n);
      const url = await geojsonBlobUrl(fc);
      expect(await read(url)).toEqual(fc);
      URL.revokeObjectURL(url);
    },
  );

  it('stops when aborted between slices', async () => {
    const c = new AbortController();
    const p = geojsonBlobUrl(collection(5000), c.signal);
    c.abort(new Error('replaced'));
    await expect(p).rejects.toThrow('replaced');
  });

  it('large means a feature collection of at least BLOB_FROM features', () => {
    expect(isLargeCollection(collection(BLOB_FROM))).toBe(true);
    expect(isLargeCollection(collection(BLOB_FROM - 1))).toBe(false);
    expect(isLargeCollection({ type: 'Feature' })).toBe(false);
    expect(isLargeCollection(null)).toBe(false);
  });
});
