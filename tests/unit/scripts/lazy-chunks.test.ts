/** lazyChunkFiles: which chunks the idle prefetch fetches (scripts/lib/lazy-chunks.ts). */
import { describe, expect, it } from 'vitest';
import { lazyChunkFiles, type ChunkInfo } from '../../../scripts/lib/lazy-chunks';

const chunk = (fileName: string, imports: string[] = [], isEntry = false): ChunkInfo => ({
  fileName,
  isEntry,
  imports,
});

// The entry imports the svelte runtime; List, Analysis and Areas load on use; Analysis and
// Areas share turf, List shares the runtime with the entry.
const bundle: ChunkInfo[] = [
  chunk('assets/index-a.js', ['assets/svelte-c.js'], true),
  chunk('assets/svelte-c.js'),
  chunk('assets/List-d.js', ['assets/svelte-c.js']),
  chunk('assets/Analysis-e.js', ['assets/turf-g.js', 'assets/svelte-c.js']),
  chunk('assets/Areas-f.js', ['assets/turf-g.js']),
  chunk('assets/turf-g.js'),
];

describe('lazyChunkFiles', () => {
  it('lists the roots and their static imports, each once, without the start-up set', () => {
    expect(
      lazyChunkFiles(bundle, ['assets/List-d.js', 'assets/Analysis-e.js', 'assets/Areas-f.js']),
    ).toEqual([
      'assets/List-d.js',
      'assets/Analysis-e.js',
      'assets/turf-g.js',
      'assets/Areas-f.js',
    ]);
  });

  it('keeps a chunk that a listed root needs, whatever else is left out', () => {
    expect(lazyChunkFiles(bundle, ['assets/Areas-f.js'])).toEqual([
      'assets/Areas-f.js',
      'assets/turf-g.js',
    ]);
  });

  it('lists nothing for unknown chunks or chunks of the start-up set', () => {
    expect(lazyChunkFiles(bundle, ['assets/nope.js', 'assets/svelte-c.js'])).toEqual([]);
  });
});
