/**
 * Finds a Chromium or Chrome to drive. Order: $CHROME_PATH, Debian's
 * /usr/bin/chromium, chromium-browser, google-chrome, then Playwright's cache.
 * When none is found we fail at once with install instructions rather than
 * letting every test time out.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

function playwrightCache(): string[] {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((d) => d.startsWith('chromium'))
    .flatMap((d) => [
      join(root, d, 'chrome-linux', 'chrome'),
      join(root, d, 'chrome-linux64', 'chrome'),
      join(root, d, 'chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
    ]);
}

export const BROWSER_MISSING = `No Chromium or Chrome found for the end-to-end tests.
Looked at: $CHROME_PATH, ${CANDIDATES.join(', ')}, and Playwright's cache (~/.cache/ms-playwright).
Install one, for example:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  macOS:          brew install --cask chromium
or point CHROME_PATH at an existing Chrome/Chromium binary.`;

export function findBrowser(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return [...CANDIDATES, ...playwrightCache()].find((p) => existsSync(p));
}

/**
 * Flags for headless Chromium on a machine without GPU or outside network.
 * Playwright's `launch()` already gives every browser a fresh temporary profile
 * (it refuses an explicit --user-data-dir), so none is passed here.
 */
export function chromiumArgs(): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-unsafe-swiftshader',
    '--use-angle=swiftshader',
  ];
}
