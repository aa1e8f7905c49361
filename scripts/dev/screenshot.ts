/**
 * Developer aid: screenshot the built app (dist-e2e) at a path.
 * Usage: npx tsx scripts/dev/screenshot.ts [path] [out.png] [width] [height]
 */
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from '../../tests/e2e/browser';

const [path = '', out = '/tmp/shot.png', w = '1400', h = '900'] = process.argv.slice(2);
const server = await preview({
  build: { outDir: process.env.DIST ?? 'dist-e2e' },
  preview: { port: 4190, host: '127.0.0.1' },
  logLevel: 'warn',
});
const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs() });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(`${server.resolvedUrls!.local[0]}${path}`);
await page
  .waitForFunction(
    () => (window as unknown as { __map?: { loaded(): boolean } }).__map?.loaded(),
    null,
    {
      timeout: 15000,
    },
  )
  .catch(() => console.log('map not loaded'));
await page.waitForTimeout(Number(process.env.WAIT ?? 800));
await page.screenshot({ path: out });
await browser.close();
await server.close();
console.log(out);
