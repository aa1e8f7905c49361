/** The Chromium the bench cases share (same flags as the e2e tests unless asked otherwise). */
import { chromium, type Browser } from 'playwright-core';
import { BROWSER_MISSING, chromiumArgs, findBrowser } from '../../tests/e2e/browser.ts';

const browsers = new Map<boolean, Browser>();

/**
 * One shared Chromium per compositing mode.
 *
 * @param gpuCompositing without `--disable-gpu`: the compositor runs on the GPU process
 *   (SwiftShader here), as on a laptop with a working GPU, so a WebGL frame is handed to the
 *   compositor instead of being read back on the main thread (`Commit` → `GLES2::ReadPixels`,
 *   a wait for the GPU process) as it is with the e2e tests' software compositing. Default:
 *   BENCH_GPU_COMPOSITING=1 in the environment, else false (the e2e flags).
 */
export async function sharedBrowser(
  gpuCompositing = !!process.env.BENCH_GPU_COMPOSITING,
): Promise<Browser> {
  const open = browsers.get(gpuCompositing);
  if (open) return open;
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(BROWSER_MISSING);
  const args = gpuCompositing
    ? chromiumArgs().filter((a) => a !== '--disable-gpu')
    : chromiumArgs();
  const browser = await chromium.launch({ executablePath, headless: true, args });
  browsers.set(gpuCompositing, browser);
  return browser;
}

export async function closeBrowser(): Promise<void> {
  for (const b of browsers.values()) await b.close();
  browsers.clear();
}
