/**
 * The build's list of chunks to prefetch when the browser is idle (`src/lib/features.ts`):
 * a Vite plugin writes the file names of the features' chunks, and of the chunks they import
 * that are not already part of the start-up set (with their CSS), into the features module, so
 * the app can fetch them into the HTTP cache (`<link rel="prefetch">`) without running them.
 *
 * @see https://developer.mozilla.org/en-US/docs/Web/HTML/Attributes/rel/prefetch
 */
import type { Plugin } from 'vite';

/** The string in `src/lib/features.ts` that the build replaces with the list (a JSON array). */
export const LAZY_CHUNKS_PLACEHOLDER = '__ATLAS_LAZY_CHUNKS__';

/** The parts of an output chunk this needs (Rollup's and Rolldown's `OutputChunk`). */
export interface ChunkInfo {
  fileName: string;
  isEntry: boolean;
  imports: readonly string[];
}

/**
 * File names (as in the bundle, e.g. `assets/ListView-abc.js`) of the chunks `roots` and of
 * their static imports, transitively, without the start-up set (the entries and their static
 * imports). Pure; order: as `roots` lists them, each chunk's imports after it.
 */
export function lazyChunkFiles(chunks: readonly ChunkInfo[], roots: readonly string[]): string[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const startup = new Set<string>();
  const visitStartup = (file: string) => {
    if (startup.has(file)) return;
    startup.add(file);
    for (const f of byFile.get(file)?.imports ?? []) visitStartup(f);
  };
  for (const c of chunks) if (c.isEntry) visitStartup(c.fileName);

  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || startup.has(file) || !byFile.has(file)) return;
    seen.add(file);
    out.push(file);
    for (const f of byFile.get(file)!.imports) visit(f);
  };
  for (const file of roots) visit(file);
  return out;
}

/**
 * Vite plugin: replaces the string literal {@link LAZY_CHUNKS_PLACEHOLDER} in the chunk that
 * holds it with a string literal of the JSON array of {@link lazyChunkFiles} of the chunks of
 * the modules that the holding module imports dynamically (the features), as paths relative to
 * it (`./ListView-abc.js`; chunks in other folders are left out). A string,
 * not an array literal, so no minifier can fold the development placeholder away. The list is
 * written after the file names are hashed, so the holding chunk keeps its name; a stale copy
 * only prefetches names that no longer exist.
 *
 * @param skip module id suffixes of dynamic imports not to prefetch (e.g. a rarely used fallback)
 */
export function lazyChunkList(skip: readonly string[]): Plugin {
  const literal = new RegExp(`(["'\`])${LAZY_CHUNKS_PLACEHOLDER}\\1`, 'g');
  /** The module that holds the placeholder (src/lib/features.ts). */
  let holder: string | null = null;
  return {
    name: 'lazy-chunk-list',
    apply: 'build',
    transform(code, id) {
      if (code.includes(LAZY_CHUNKS_PLACEHOLDER)) holder = id;
    },
    generateBundle(_options, bundle) {
      if (!holder) return;
      // The features: the modules the holder imports dynamically, less those skipped.
      const features = new Set(
        (this.getModuleInfo(holder)?.dynamicallyImportedIds ?? []).filter(
          (id) => !skip.some((s) => id.endsWith(s)),
        ),
      );
      const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const roots = chunks
        .filter((c) => c.isDynamicEntry && c.facadeModuleId && features.has(c.facadeModuleId))
        .map((c) => c.fileName);
      for (const chunk of chunks) {
        if (!chunk.code.includes(LAZY_CHUNKS_PLACEHOLDER)) continue;
        const dir = chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1);
        // With each chunk its CSS (Vite's metadata), which its import() loads with it.
        const files = lazyChunkFiles(chunks, roots)
          .flatMap((f) => [f, ...(byFile.get(f)?.viteMetadata?.importedCss ?? [])])
          .filter((f) => f.startsWith(dir) && !f.slice(dir.length).includes('/'))
          .map((f) => `./${f.slice(dir.length)}`);
        chunk.code = chunk.code.replace(literal, JSON.stringify(JSON.stringify(files)));
      }
    },
  };
}
