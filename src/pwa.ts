/**
 * Registers the service worker (vite-plugin-pwa, precaching the app, data,
 * fonts and stories) so the app works offline after one visit. Production
 * builds only: in dev the virtual module is a no-op anyway, and a worker
 * caching dev assets would get in the way.
 * https://vite-pwa-org.netlify.app/guide/register-service-worker.html
 */
/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';

if (import.meta.env.PROD && 'serviceWorker' in navigator) registerSW({ immediate: true });
