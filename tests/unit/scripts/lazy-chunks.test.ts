/** lazyChunkFiles: which chunks the idle prefetch fetches (scripts/lib/lazy-chunks.ts). */
import { describe, expect, it } from 'vitest';
import { lazyChunkFiles, type ChunkInfo } from '../../../scripts/lib/lazy-chunks';

const chunk = (fileName: string, o: Partial<ChunkInfo> = {}): ChunkInfo => ({
  fileName,
  isEntry: false,
  imports: [],
  dynamicImports: [],
  facadeModuleId: `/src/${fileName.replace(/^assets\/|-\w+\.js$/g, '')}.ts`,
  ...o,
});

// index → features (static) → List, Analysis, Areas (dynamic); Analysis and Areas share turf;
// List shares the svelte runtime with the entry.
const bundle: ChunkInfo[] = [
  chunk('assets/index-a.js', {
    isEntry: true,
    imports: ['assets/features-b.js', 'assets/svelte-c.js'],
  }),
  chunk('assets/features-b.js', {
    imports: ['assets/svelte-c.js'],
    dynamicImports: ['assets/List-d.js', 'assets/Analysis-e.js', 'assets/Areas-f.js'],
  }),
  chunk('assets/svelte-c.js'),
  chunk('assets/List-d.js', {
    imports: ['assets/svelte-c.js'],
    dynamicImports: ['assets/en-h.js'],
  }),
  chunk('assets/Analysis-e.js', { imports: ['assets/turf-g.js', 'assets/svelte-c.js'] }),
  chunk('assets/Areas-f.js', { imports: ['assets/turf-g.js'] }),
  chunk('assets/turf-g.js'),
  chunk('assets/en-h.js'),
];

describe('lazyChunkFiles', () => {
  it("lists the chunk's dynamic imports and their static imports, not the start-up set", () => {
    expect(lazyChunkFiles(bundle, 'assets/features-b.js')).toEqual([
      'assets/List-d.js',
      'assets/Analysis-e.js',
      'assets/turf-g.js',
      'assets/Areas-f.js',
    ]);
  });

  it('leaves out a skipped import, but not a chunk another listed one needs', () => {
    expect(lazyChunkFiles(bundle, 'assets/features-b.js', ['/src/Areas.ts'])).toEqual([
      'assets/List-d.js',
      'assets/Analysis-e.js',
      'assets/turf-g.js',
    ]);
    expect(lazyChunkFiles(bundle, 'assets/features-b.js', ['/src/Analysis.ts'])).toEqual([
      'assets/List-d.js',
      'assets/Areas-f.js',
      'assets/turf-g.js',
    ]);
  });

  it('lists nothing for an unknown chunk or one without dynamic imports', () => {
    expect(lazyChunkFiles(bundle, 'assets/nope.js')).toEqual([]);
    expect(lazyChunkFiles(bundle, 'assets/svelte-c.js')).toEqual([]);
  });
});
