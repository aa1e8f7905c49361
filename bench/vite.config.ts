/**
 * Build of the benchmark pages (bench/pages/*.html) into bench/results/dist (ignored by git). Separate
 * from the app build: sigma.js and the naive baseline never reach dist/.
 * The graph page mounts the app's real NetworkGraph component.
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const page = (name: string): string =>
  fileURLToPath(new URL(`./pages/${name}.html`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./pages', import.meta.url)),
  base: './',
  plugins: [svelte({ configFile: fileURLToPath(new URL('../svelte.config.js', import.meta.url)) })],
  define: { __TEST_HANDLES__: 'true' },
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./results/dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 3000,
    // A trace (GRAPH_TRACE) names functions as written.
    minify: !process.env.GRAPH_TRACE,
    rolldownOptions: {
      input: { graph: page('graph'), naive: page('naive'), sigma: page('sigma') },
    },
  },
  worker: { format: 'es' },
});
