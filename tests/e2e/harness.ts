/**
 * Shared e2e helpers: connect to the shared Chromium, open the app with every non-localhost
 * request blocked and recorded, collect page and console errors, read downloads.
 *
 * Every e2e file connects to the one browser server started in `global-setup.ts`; files run
 * in parallel, each test in its own browser context. Waits have no per-call timeouts: the
 * limits in `timeouts.ts` apply everywhere (they detect hangs, not slowness).
 */
import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Download,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { POLL_MS, STATE_WAIT_MS } from './timeouts';
import type { Story } from '../../src/lib/story/schema';

export interface Session {
  browser: Browser;
  /** Closes the contexts this session opened and disconnects; the shared browser stays. */
  close(): Promise<void>;
}

/** Connects to the shared browser (one per `npm run test:e2e`, see global-setup.ts). */
export async function launch(): Promise<Session> {
  const browser = await chromium.connect(inject('wsEndpoint'));
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/**
 * The shared browser for one test file: connected before its tests, disconnected after.
 * Returns a getter (the session exists only once `beforeAll` has run).
 */
export function useSession(): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('useSession(): not connected yet');
    return session;
  };
}

/** The default workshop story as shipped (`data/stories/`). */
export function shippedStory(): Story {
  return JSON.parse(readFileSync('data/stories/interkommunale-kooperation.json', 'utf8')) as Story;
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions and console.error messages. */
  errors: string[];
  /** Every request to a host other than localhost that the page attempted. */
  external: string[];
  /**
   * Ends this test's use of the app: the file's shared page goes back to the file (see
   * {@link openApp}), a context of its own is closed. Runs by itself after the test that
   * opened the app, so a failing test leaves nothing running.
   */
  close(): Promise<void>;
}

export function isLocal(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
}

/**
 * The window every test gets unless it asks for another: 1280×800, a common laptop screen
 * and the WXGA of many venue projectors. (The map is drawn by SwiftShader in these tests, and
 * a frame costs about its canvas area: at 1400×900 a frame took ~20 % more CPU.)
 */
export const VIEWPORT = { width: 1280, height: 800 } as const;

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
  /**
   * A browser context of the test's own instead of the file's shared page: for a test that
   * changes its page in ways the reset between tests does not undo (init scripts, clock).
   */
  isolated?: boolean;
}

/** Context-wide options: tests that agree on them can share one page (see {@link openApp}). */
type ContextKey = Required<Pick<OpenOptions, 'locale' | 'serviceWorkers' | 'bypassCSP'>>;

interface Shared {
  context: BrowserContext;
  page: Page;
  inUse: boolean;
}

/** This file's shared pages, one per set of context-wide options (each e2e file runs in its own worker). */
const sharedPages = new Map<string, Shared>();
/** Apps opened by the running test (or its `beforeEach`) and not yet closed. */
const openedInTest = new Set<AppPage>();
let inTest = false;

// Registered when a test file imports this module, so they apply to every test of the file.
// An app opened in `beforeAll` belongs to the file and closes with its session.
beforeEach(() => {
  inTest = true;
});
afterEach(async () => {
  inTest = false;
  await Promise.all([...openedInTest].map((app) => app.close()));
});

/** Routes every non-localhost request to `external` and aborts it as if offline. */
async function blockExternal(context: BrowserContext, external: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // fallback(), not continue(): routes a test registered earlier still apply.
    if (isLocal(url)) return route.fallback();
    external.push(url);
    return route.abort('internetdisconnected');
  });
}

function collectErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
}

/**
 * Makes a shared page as a new test expects it: no listeners, routes, offline mode or
 * permissions of the previous test, and nothing stored for the app's origin (local and
 * session storage, IndexedDB, Cache Storage, service workers), cleared while a small static
 * file of the origin is shown so that no app holds a database open. The HTTP cache and the
 * renderer stay, as they would for a person opening the app again in the same tab.
 */
async function resetShared({ context, page }: Shared): Promise<void> {
  page.removeAllListeners();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.setOffline(false);
  await context.clearPermissions();
  await context.clearCookies();
  const base = new URL(inject('baseURL'));
  await page.goto(new URL('favicon.svg', base).href);
  await page.evaluate(() => sessionStorage.clear());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: base.origin, storageTypes: 'all' });
  await cdp.detach();
}

/**
 * Opens the app at `opts.path` with every non-localhost request blocked and recorded
 * (`external`) and page errors collected (`errors`).
 *
 * Tests of one file share one page when they agree on the context-wide options (locale,
 * service workers, CSP bypass): the next test gets it reset ({@link resetShared}) and
 * navigated afresh, so it starts the app from nothing, as a new tab would, but without a new
 * renderer and WebGL context (a fresh context costs ~1.4 CPU-s more per start in SwiftShader).
 * A test that needs a second app at the same time, passes `context`, or asks for `isolated`
 * gets a context of its own.
 */
export async function openApp(session: Session, opts: OpenOptions = {}): Promise<AppPage> {
  const viewport = opts.viewport ?? VIEWPORT;
  const reducedMotion = opts.reducedMotion ?? 'reduce';
  const key: ContextKey = {
    locale: opts.locale ?? 'de-DE',
    serviceWorkers: opts.serviceWorkers ?? 'block',
    bypassCSP: opts.bypassCSP ?? false,
  };
  const errors: string[] = [];
  const external: string[] = [];
  let context: BrowserContext;
  let page: Page;
  let release: () => Promise<void>;
  const keyText = JSON.stringify(key);
  const shared = opts.context || opts.isolated ? undefined : sharedPages.get(keyText);
  if (shared && !shared.inUse && !shared.page.isClosed()) {
    shared.inUse = true;
    await resetShared(shared);
    ({ context, page } = shared);
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion });
    await blockExternal(context, external);
    release = async () => {
      shared.inUse = false;
    };
  } else {
    context =
      opts.context ?? (await session.browser.newContext({ viewport, reducedMotion, ...key }));
    // The one place that sets it (see timeouts.ts).
    // eslint-disable-next-line no-restricted-properties
    context.setDefaultTimeout(STATE_WAIT_MS);
    await blockExternal(context, external);
    page = await context.newPage();
    const own = context;
    if (!opts.context && !opts.isolated && !sharedPages.has(keyText)) {
      const entry: Shared = { context, page, inUse: true };
      sharedPages.set(keyText, entry);
      context.on('close', () => sharedPages.delete(keyText));
      release = async () => {
        entry.inUse = false;
      };
    } else {
      release = () => own.close();
    }
  }
  collectErrors(page, errors);
  const app: AppPage = {
    page,
    context,
    errors,
    external,
    async close() {
      if (closed) return;
      closed = true;
      openedInTest.delete(app);
      await release();
    },
  };
  let closed = false;
  if (inTest) openedInTest.add(app);
  await page.goto(new URL(opts.path ?? '', inject('baseURL')).href);
  return app;
}

/** `R`, unless it is a promise (`never`, a type error at the call). */
type NotPromise<R> = R extends PromiseLike<unknown> ? never : R;

/**
 * Waits until `predicate` (run in the page, with `arg`) returns a truthy value, checking every
 * {@link POLL_MS} under the one hang limit. Use it instead of `page.waitForFunction`, whose
 * default checks on every animation frame: that keeps the page producing frames while the
 * test waits, and every frame of the map costs CPU the app under test needs.
 * The predicate must be synchronous: Playwright does not await a returned promise, it takes
 * the promise itself as truthy and stops waiting at once. To wait for a promise in the page,
 * `await page.evaluate(async () => { await … })`.
 */
export async function waitForState<Arg, R>(
  page: Page,
  predicate: (arg: Arg) => NotPromise<R>,
  arg?: Arg,
): Promise<void> {
  // The one place that calls it (see above). (Playwright's own type for the predicate is not
  // exported; the cast only bridges to it.)
  // eslint-disable-next-line no-restricted-properties
  await page.waitForFunction(predicate as never, arg, { polling: POLL_MS });
}

/** Wait until the map exists, its style is loaded and it has rendered a frame. */
export async function waitForMap(page: Page): Promise<void> {
  await waitForState(page, () => {
    const map = (window as unknown as { __map?: { loaded(): boolean; isStyleLoaded(): boolean } })
      .__map;
    return !!map && map.loaded() && map.isStyleLoaded();
  });
}

/** Opens the app and waits until the map is drawn and the built-in dataset is loaded. */
export async function openLoadedApp(session: Session, opts: OpenOptions = {}): Promise<AppPage> {
  const app = await openApp(session, opts);
  await waitForMap(app.page);
  await waitForState(
    app.page,
    () => (window as unknown as { __app: { dataset: unknown } }).__app.dataset !== null,
  );
  return app;
}

/**
 * Wait until the map has drawn a frame of its current camera and has nothing left to load,
 * move or place (MapLibre's `idle` after a fresh frame). Unlike checking `loaded()`, this
 * cannot return before a camera change made just before it has been drawn.
 */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (
          window as unknown as {
            __map: { once(e: 'idle', f: () => void): void; triggerRepaint(): void };
          }
        ).__map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
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

/**
 * Chooses a project or actor in a picker (the proposal form's "Von" and "Mit", found by
 * test id): types the name, then clicks the option that starts with it.
 */
export async function pickNode(page: Page, testid: string, name: string): Promise<void> {
  const picker = page.getByTestId(testid);
  await picker.getByRole('combobox').fill(name);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await picker
    .getByRole('option', { name: new RegExp(`^${escaped}`) })
    .first()
    .click();
}

/** Opens (`open`, default) or closes the toolbar's export menu, if it is not so already. */
export async function openExportMenu(page: Page, open = true): Promise<void> {
  const menu = page.getByTestId('export-menu');
  if (((await menu.getAttribute('aria-expanded')) === 'true') !== open) await menu.click();
}

/**
 * The bytes of a download. (`download.path()` is not available over the shared browser's
 * remote connection; the stream is.)
 */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const stream: Readable = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Client coordinates of the point feature `id` of GeoJSON source `source`, as the map projects it now. */
export async function featureClientPoint(
  page: Page,
  source: string,
  id: string,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    async ({ source, id }) => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const fc = (await (
        map.getSource(source) as import('maplibre-gl').GeoJSONSource
      ).getData()) as import('geojson').FeatureCollection<import('geojson').Point>;
      const f = fc.features.find((x) => x.properties?.id === id)!;
      const p = map.project(f.geometry.coordinates as [number, number]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    { source, id },
  );
}
