import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { lazyChunkList } from './scripts/lib/lazy-chunks.ts';

/**
 * Offline install (vite-plugin-pwa, Workbox generateSW): after one visit every
 * built file — app, data (*.json, *.geojson, stories), fonts, the MapLibre
 * worker — is precached, so the app works with no network. Registered from
 * src/pwa.ts in production builds only.
 */
const pwa = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: false,
  // Icons and the manifest are matched by globPatterns below; listing them again would duplicate entries.
  includeManifestIcons: false,
  manifest: {
    name: 'Smart City Kooperationsatlas',
    short_name: 'Kooperationsatlas',
    description: 'Modellprojekte Smart Cities: Wer kooperiert mit wem?',
    lang: 'de',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d3557',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,mjs,css,html,svg,png,woff2,woff,json,geojson}'],
    // The data and the MapLibre chunk are larger than Workbox's 2 MiB default.
    maximumFileSizeToCacheInBytes: 15 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

/**
 * A strict Content-Security-Policy for the built app, as a `<meta>` at the top of `<head>`
 * (production builds only: the dev server injects inline scripts for HMR).
 * - `script-src 'self'`: no inline script, no eval; workers only from our origin or blob:
 *   (MapLibre can start its worker from a blob URL).
 * - `connect-src 'self' data: blob:`: data files, gazetteer and fonts from our origin; nothing
 *   else is ever fetched (user files are read locally, never uploaded).
 * - `style-src 'self' 'unsafe-inline'`: Svelte templates are cloned from HTML strings, so a
 *   `style="…"` attribute in markup is an inline style, and MapLibre/Svelte set element styles
 *   for positions and sizes. Styles cannot run script; everything else stays strict.
 * - `img-src`/`font-src` allow data: and blob: for MapLibre's canvases, exports and fonts.
 * `frame-ancestors` cannot be set from a meta tag; a server should send it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const csp: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
};

/**
 * The data files (JSON and GeoJSON under `data/`, loaded with `?url`) stay human-readable in
 * the repository and ship minified: the same JSON without indentation (the dataset's five files: 563 → 473 kB,
 * less to fetch and parse before the first map).
 */
const minifyJsonAssets: Plugin = {
  name: 'minify-json-assets',
  apply: 'build',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'asset' || !/\.(geo)?json$/.test(file.fileName)) continue;
      const text =
        typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
      file.source = JSON.stringify(JSON.parse(text));
    }
  },
};

/**
 * The dataset's files are preloaded from the HTML (`<link rel="preload" as="fetch"
 * crossorigin>`, which `fetch()` from the same origin then reuses): they download while the
 * JavaScript does, so the app can check them before MapLibre's first frames take the main
 * thread, instead of waiting for the app to start and then for those frames.
 * https://developer.mozilla.org/en-US/docs/Web/HTML/Attributes/rel/preload
 */
const PRELOADED_DATA = [
  'data/projects.geojson',
  'data/actors.geojson',
  'data/relations.json',
  'data/documents.json',
  'data/networks.json',
  'data/solutions.json',
];
let base = '/';
const preloadData: Plugin = {
  name: 'preload-data',
  apply: 'build',
  configResolved(config) {
    base = config.base;
  },
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      // MapLibre's module first among the module preloads (Vite lists it after the app's small
      // shared chunks): over HTTP/1.1 a browser opens six connections to a host, and the
      // largest file the first frame needs then waited behind twenty others.
      const maplibre =
        /\n?\s*<link rel="modulepreload" crossorigin href="[^"]*\/maplibre-[^"/]*\.js">/.exec(html);
      if (maplibre)
        html = html
          .replace(maplibre[0], '')
          .replace(/(<script type="module"[^>]*><\/script>)/, `$1${maplibre[0]}`);
      // In the order listed: the projects, which the map draws first, first.
      const rank = (f: { originalFileNames: string[] }) =>
        PRELOADED_DATA.findIndex((d) => f.originalFileNames.some((n) => n.endsWith(d)));
      const files = Object.values(ctx.bundle ?? {})
        .filter((f) => f.type === 'asset' && rank(f) >= 0)
        .sort((a, b) => rank(a as never) - rank(b as never));
      return {
        html,
        tags: files.map((f) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `${base}${f.fileName}` },
          injectTo: 'head' as const,
        })),
      };
    },
  },
};

/** Ids of our modules the entry imports statically (computed at `buildEnd`, see `startupSet`). */
const startupModules = new Set<string>();
/**
 * Collects the start-up set for the `app` chunk group below: our modules reachable from the
 * entry through static imports, and the packages they import (a group also takes the
 * dependencies of what it captures). Without it Rolldown splits every module that start-up
 * code shares with a lazy chunk into a chunk of its own: a dozen small files the first map
 * waited for, queued behind each other on the browser's six connections.
 */
const startupSet: Plugin = {
  name: 'startup-set',
  apply: 'build',
  buildEnd() {
    startupModules.clear();
    const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
    while (queue.length) {
      const id = queue.pop()!;
      if (startupModules.has(id)) continue;
      startupModules.add(id);
      // Only through our own modules: a package's imports may be barrels of which the
      // start-up code uses a part (d3), and capturing them would move lazy code to start-up.
      if (id.includes('/node_modules/')) continue;
      const info = this.getModuleInfo(id);
      const dynamic = new Set(info?.dynamicallyImportedIds ?? []);
      queue.push(...(info?.importedIds ?? []).filter((i) => !dynamic.has(i)));
    }
  },
};

/**
 * `VITE_TEST_HANDLES=1` (set by the e2e runner) exposes `window.__map` and
 * `window.__app` for assertions. Production builds without it carry no handles:
 * the flag is replaced at build time and the branch is dropped.
 */
export default defineConfig({
  plugins: [
    svelte(),
    minifyJsonAssets,
    preloadData,
    // The chunks src/lib/features.ts fetches ahead when idle; not the buffered consortium
    // areas (Turf), a fallback that loads on need.
    lazyChunkList(['src/lib/geo/consortium-areas.ts']),
    pwa,
    csp,
    startupSet,
  ],
  define: {
    __TEST_HANDLES__: JSON.stringify(process.env.VITE_TEST_HANDLES === '1'),
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
    // dist/.vite/manifest.json: the chunk graph, for `npm run size` (not precached: a dot folder).
    manifest: true,
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own: it changes less often than the app,
        // caches separately, and `npm run size` can report the app apart from it.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/, priority: 2 },
            // Every other module the entry imports statically, in one chunk: the start-up set
            // then takes three requests, not a dozen queued small shared chunks.
            { name: 'app', test: (id) => startupModules.has(id), priority: 1 },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/fast-check.setup.ts'],
    environment: 'node',
    pool: 'threads',
    // The files of a worker share its module cache: importing Turf, d3 and the data once per
    // worker instead of once per file halves the unit tests' CPU time (61 → 24 CPU-s). Tests
    // leave no globals behind (the IndexedDB tests remove theirs).
    isolate: false,
    // Hang detectors, not speed checks (Vitest's default of 5 s once failed the importer fuzz
    // on a loaded 2-core machine). The slowest test, a 100,000-row import, takes ~8 s there;
    // tests state no limits of their own.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Waits for an asynchronous state (expect.poll) give up only at the same kind of hang limit.
    expect: { poll: { timeout: 120_000, interval: 20 } },
  },
});
