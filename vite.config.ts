import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * `VITE_TEST_HANDLES=1` (set by the e2e runner) exposes `window.__map` and
 * `window.__app` for assertions. Production builds without it carry no handles:
 * the flag is replaced at build time and the branch is dropped.
 */
export default defineConfig({
  plugins: [svelte()],
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
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own: it changes less often than the app,
        // caches separately, and `npm run size` can report the app apart from it.
        codeSplitting: {
          groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
