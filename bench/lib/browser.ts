/** The one Chromium every bench case shares (same flags as the e2e tests). */
import { chromium, type Browser } from 'playwright-core';
import { BROWSER_MISSING, chromiumArgs, findBrowser } from '../../tests/e2e/browser.ts';

let browser: Browser | null = null;

export async function sharedBrowser(): Promise<Browser> {
  if (browser) return browser;
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(BROWSER_MISSING);
  // BENCH_GPU_COMPOSITING=1 (diagnostic): without --disable-gpu the compositor runs on
  // SwiftShader too, so a WebGL frame is not read back on the main thread (`Commit` →
  // `GLES2::ReadPixels`, a wait for the GPU process) as it is with software compositing.
  const args = process.env.BENCH_GPU_COMPOSITING
    ? chromiumArgs().filter((a) => a !== '--disable-gpu')
    : chromiumArgs();
  browser = await chromium.launch({ executablePath, headless: true, args });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}
