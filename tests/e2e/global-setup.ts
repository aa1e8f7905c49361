/**
 * Runs once for all e2e files: serves the e2e build with `vite preview` and starts one
 * headless Chromium as a server (`chromium.launchServer`). Test files connect to it
 * (`launch()` in harness.ts) and each test opens its own browser context, so files can run
 * in parallel without sharing cookies, storage, IndexedDB or service workers.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { BROWSER_MISSING, chromiumArgs, findBrowser } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** Playwright's WebSocket endpoint of the shared browser server. */
    wsEndpoint: string;
  }
}

/** Where the e2e build lives; E2E_DIST lets parallel developers use their own. */
export const E2E_OUT_DIR = process.env.E2E_DIST ?? 'dist-e2e';

export default async function setup(project: TestProject) {
  const browserPath = findBrowser();
  if (!browserPath) throw new Error(BROWSER_MISSING);
  if (!existsSync(`${E2E_OUT_DIR}/index.html`)) {
    throw new Error(`No build in ${E2E_OUT_DIR}/. Run "npm run build:e2e" first (npm test does).`);
  }
  const server = await preview({
    configFile: 'vite.config.ts',
    build: { outDir: E2E_OUT_DIR },
    preview: { port: 4179, strictPort: false, host: '127.0.0.1', open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  const browser = await chromium.launchServer({
    executablePath: browserPath,
    headless: true,
    args: chromiumArgs(),
  });
  project.provide('baseURL', url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
