/**
 * Shared e2e helpers: launch Chromium, open the app with every non-localhost
 * request blocked and recorded, and collect page and console errors.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs } from './browser';

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

export async function launch(): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: inject('browserPath'),
    headless: true,
    args: chromiumArgs(),
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions and console.error messages. */
  errors: string[];
  /** Every request to a host other than localhost that the page attempted. */
  external: string[];
}

export function isLocal(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
}

export interface OpenOptions {
  /** Path and query after the base URL, e.g. `?sel=bamberg`. */
  path?: string;
  viewport?: { width: number; height: number };
  /** Reuse a context (to test persistence across reloads). */
  context?: BrowserContext;
  reducedMotion?: 'reduce' | 'no-preference';
  locale?: string;
  /**
   * The production build registers a service worker (offline install). Blocked
   * by default so tests see every request; the offline test allows it.
   */
  serviceWorkers?: 'allow' | 'block';
  /** Let the test inject scripts (axe-core) past the app's Content-Security-Policy. */
  bypassCSP?: boolean;
}

export async function openApp(session: Session, opts: OpenOptions = {}): Promise<AppPage> {
  const context =
    opts.context ??
    (await session.browser.newContext({
      viewport: opts.viewport ?? { width: 1400, height: 900 },
      reducedMotion: opts.reducedMotion ?? 'reduce',
      locale: opts.locale ?? 'de-DE',
      serviceWorkers: opts.serviceWorkers ?? 'block',
      bypassCSP: opts.bypassCSP ?? false,
    }));
  const errors: string[] = [];
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // fallback(), not continue(): routes a test registered earlier still apply.
    if (isLocal(url)) return route.fallback();
    external.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  await page.goto(new URL(opts.path ?? '', inject('baseURL')).href);
  return { page, context, errors, external };
}

/** Wait until the map exists, its style is loaded and it has rendered a frame. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { __map?: { loaded(): boolean; isStyleLoaded(): boolean } })
      .__map;
    return !!map && map.loaded() && map.isStyleLoaded();
  });
}

/** Names rendered in one or more symbol layers (reads the map through the test handle). */
export async function renderedNames(
  page: Page,
  layers: string[],
  field = 'name',
): Promise<string[]> {
  return page.evaluate(
    ({ layers, field }) => {
      const map = (
        window as unknown as {
          __map: { queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[] };
        }
      ).__map;
      const names = map.queryRenderedFeatures({ layers }).map((f) => String(f.properties[field]));
      return [...new Set(names)].sort();
    },
    { layers, field },
  );
}
