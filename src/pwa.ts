/**
 * Registers the service worker (vite-plugin-pwa, precaching the app, data,
 * fonts and stories) so the app works offline after one visit. Production
 * builds only: in dev the virtual module is a no-op anyway, and a worker
 * caching dev assets would get in the way.
 *
 * It registers once the map has drawn the whole dataset (`atlas:map-ready`), not at once: on a
 * first visit its install downloads every precached file (about 100 files, 9 MB), and doing
 * that during the start held back MapLibre's worker script and the basemap's files (their
 * requests went out some 450 ms later than on a bare MapLibre page, `npm run bench -- startup`).
 * A map that never gets ready (no WebGL, no data) registers it {@link REGISTER_LATEST_MS} after
 * the page's `load` event.
 * https://vite-pwa-org.netlify.app/guide/register-service-worker.html
 */
/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { STARTUP_MARKS, marked } from './lib/map/startup-marks';

/** Milliseconds after the page's `load` event by which the worker registers in any case. */
const REGISTER_LATEST_MS = 15_000;

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const latest = new Promise<void>((resolve) =>
    addEventListener('load', () => setTimeout(resolve, REGISTER_LATEST_MS), { once: true }),
  );
  void Promise.race([marked(STARTUP_MARKS.mapReady), latest]).then(() =>
    registerSW({ immediate: true }),
  );
}
