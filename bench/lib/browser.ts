/** The one Chromium every bench case shares (same flags as the e2e tests). */
import { chromium, type Browser } from 'playwright-core';
import { BROWSER_MISSING, chromiumArgs, findBrowser } from '../../tests/e2e/browser.ts';

let browser: Browser | null = null;

export async function sharedBrowser(): Promise<Browser> {
  if (browser) return browser;
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(BROWSER_MISSING);
  browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs() });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}
