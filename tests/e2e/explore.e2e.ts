import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launch,
  openApp,
  openLoadedApp,
  waitForMap,
  type AppPage,
  type Session,
  waitForState,
} from './harness';
import { showView, startOver as startOverInUi } from './start-over';
import { axeViolations } from './axe';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const selectedId = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __app: { selectedId: string | null } }).__app.selectedId,
  );

async function waitForData(page: Page): Promise<void> {
  await waitForState(
    page,
    () => !!(window as unknown as { __app?: { dataset: unknown } }).__app?.dataset,
  );
}

/** Press Tab until the focused element matches, as a keyboard user would (at most `max` times). */
async function tabTo(page: Page, matches: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      (sel) => document.activeElement?.matches(sel) ?? false,
      matches,
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached ${matches}`);
}

/**
 * The tests of this describe run in order on one app (one start instead of six): searching,
 * filtering and switching views are steps a person takes in one sitting. Each test first
 * brings the app back to the start state through the UI (start-over.ts) and checks it.
 */
describe('linked exploration', () => {
  let shared: AppPage;
  beforeAll(async () => {
    shared = await openLoadedApp(session);
  });
  afterAll(async () => {
    await shared?.close();
  });
  /** Start state: nothing searched, selected or filtered, map and network side by side. */
  async function startOver(): Promise<AppPage> {
    await startOverInUi(shared);
    await showView(shared.page, 'Karte + Netzwerk');
    return shared;
  }

  it('searching "Muenchen" finds München and selects it with the keyboard', async () => {
    const { page, errors } = await startOver();
    const box = page.getByRole('combobox', { name: 'Suche' });
    await box.fill('Muenchen');
    const first = page.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('München');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => selectedId(page)).toBe('kommune-muenchen');
    expect(errors).toEqual([]);
  });

  it('a search with no hits says so and suggests the closest names', async () => {
    const { page } = await startOver();
    await page.getByRole('combobox', { name: 'Suche' }).fill('Wurtzbürkel');
    const status = page.locator('#search-list');
    await expect.poll(() => status.textContent()).toContain('Keine Treffer für „Wurtzbürkel“');
    await expect.poll(() => status.textContent()).toContain('Würzburg');
  });

  it('filtering round 2019 leaves exactly 13 projects in the list, and on the map only their lines', async () => {
    const { page } = await startOver();
    /** The map's relation lines: how many, and how many of them the filter lets through. */
    const lines = () =>
      page.evaluate(async () => {
        const w = window as unknown as {
          __map: import('maplibre-gl').Map;
          __app: { visible: { relations: ReadonlySet<string> } };
        };
        const source = w.__map.getSource('mpsc-relations') as import('maplibre-gl').GeoJSONSource;
        const data = (await source.getData()) as import('geojson').FeatureCollection;
        const ids = data.features.map((f) => String(f.properties?.id));
        return {
          shown: ids.length,
          passing: ids.filter((id) => w.__app.visible.relations.has(id)).length,
        };
      });
    await expect.poll(async () => (await lines()).shown).toBeGreaterThan(0);
    const all = (await lines()).shown;
    await page.getByRole('checkbox', { name: /^2019/ }).check();
    // Filtered-out lines leave the map's source (the layers have no per-line opacity).
    await expect.poll(async () => (await lines()).shown).toBeLessThan(all);
    const filtered = await lines();
    expect(filtered.passing).toBe(filtered.shown);
    expect(filtered.shown).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Liste' }).click();
    const rows = page.locator('#project-table tbody tr');
    await expect.poll(() => rows.count()).toBe(13);
    await expect
      .poll(() => page.locator('#project-table caption').textContent())
      .toContain('13 Modellprojekte');
    await page.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click();
    await expect.poll(() => rows.count()).toBe(73);
    await showView(page, 'Karte + Netzwerk');
    await expect.poll(async () => (await lines()).shown).toBe(all);
  });

  it('the whole flow works with the keyboard alone: search, select, filter, details, reset, Esc', async () => {
    const { page, errors } = await startOver();
    // Keyboard navigation starts at the top of the page, under the title (as after a load).
    await page.getByRole('heading', { level: 1 }).click();
    await tabTo(page, 'input[role="combobox"]');
    await page.keyboard.type('Bamberg');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedId(page)).toBe('bamberg');
    const details = page.getByTestId('details-panel');
    await expect.poll(() => details.textContent()).toContain('Weiterleitungsvertrag');

    await tabTo(page, 'input[type="checkbox"][data-value="2020"]');
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: /^2020/ }).isChecked()).toBe(true);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Filter aktiv' }).textContent())
      .toContain('32 von 73');

    await tabTo(page, 'button.reset');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('checkbox', { name: /^2020/ }).isChecked()).toBe(false);

    // A member link in the details panel selects that member.
    await tabTo(page, '[data-testid="details-panel"] button.linklike');
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedId(page)).not.toBe('bamberg');

    await page.keyboard.press('Escape');
    await expect.poll(() => selectedId(page)).toBeNull();
    await expect
      .poll(() => page.getByTestId('announcer').textContent())
      .toContain('Auswahl aufgehoben');
    expect(errors).toEqual([]);
  });

  it.each([
    ['Karte', '[data-testid="map"]'],
    ['Netzwerk', '[data-testid="network-graph"]'],
  ])('"%s" maximises its pane to the whole main area', async (button, selector) => {
    const { page } = await startOver();
    await page.getByRole('button', { name: button, exact: true }).click();
    const main = await page.locator('main').boundingBox();
    const pane = await page.locator(`main ${selector}`).first().boundingBox();
    expect(main && pane).toBeTruthy();
    expect(pane!.width).toBeGreaterThan(main!.width * 0.95);
    expect(pane!.height).toBeGreaterThan(main!.height * 0.8);
  });
});

/** Links open the app afresh: each of these tests starts it from a URL of its own. */
describe('links', () => {
  it('a copied URL restores selection and filters in a fresh page; Back and Forward step through selections', async () => {
    const { page, close } = await openApp(session);
    await waitForData(page);
    await page.getByRole('button', { name: 'Liste' }).click();
    await page.getByRole('checkbox', { name: /^2020/ }).check();
    await page.getByRole('button', { name: 'Bamberg auswählen', exact: true }).click();
    await expect.poll(() => selectedId(page)).toBe('bamberg');
    await page.getByRole('button', { name: 'Paderborn auswählen', exact: true }).click();
    await expect.poll(() => selectedId(page)).toBe('paderborn');
    const url = page.url();
    expect(url).toContain('sel=paderborn');
    expect(url).toContain('r=2020');

    await page.goBack();
    await expect.poll(() => selectedId(page)).toBe('bamberg');
    await page.goForward();
    await expect.poll(() => selectedId(page)).toBe('paderborn');

    const fresh = await openApp(session, { path: new URL(url).search });
    await waitForData(fresh.page);
    await expect.poll(() => selectedId(fresh.page)).toBe('paderborn');
    expect(await fresh.page.getByRole('checkbox', { name: /^2020/ }).isChecked()).toBe(true);
    expect(
      await fresh.page.getByRole('button', { name: 'Liste' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(fresh.errors).toEqual([]);
    await fresh.close();
    await close();
  });

  it('a damaged URL opens with what it can use and notes what it ignored', async () => {
    const { page, errors, close } = await openApp(session, {
      path: '?sel=gibt-es-nicht&r=2019&r=1999&view=list&cam=oops',
    });
    await waitForData(page);
    const note = page.getByText('Aus dem Link nicht übernommen');
    await note.waitFor();
    const text = await note.textContent();
    expect(text).toContain('sel=gibt-es-nicht');
    expect(text).toContain('r=1999');
    expect(text).toContain('cam=oops');
    await expect.poll(() => page.locator('#project-table tbody tr').count()).toBe(13);
    expect(errors).toEqual([]);
    await close();
  });
});

/**
 * Every view scanned with axe in one page: a reader switches views with the view buttons and
 * selects with the search box, so the scans need no fresh load each (one app start instead
 * of six; the scans themselves are unchanged).
 */
describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(session, { path: '?view=list', bypassCSP: true });
    await waitForData(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the list view has no axe violations', async () => {
    const { page } = app;
    await page.locator('#project-table tbody tr').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each([
    ['split', 'Karte + Netzwerk'],
    ['map', 'Karte'],
    ['graph', 'Netzwerk'],
  ])('the %s view has no axe violations', async (view, button) => {
    const { page } = app;
    const viewButton = page.getByRole('button', { name: button, exact: true });
    await viewButton.click();
    await expect.poll(() => viewButton.getAttribute('aria-pressed')).toBe('true');
    if (view !== 'graph') await waitForMap(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the details panel has no axe violations', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Karte + Netzwerk', exact: true }).click();
    const box = page.getByRole('combobox', { name: 'Suche' });
    await box.fill('Bamberg');
    await box.press('Enter');
    await expect.poll(() => selectedId(page)).toBe('bamberg');
    await page.getByTestId('details-panel').waitFor();
    await waitForMap(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the axe check itself catches a violation (so a clean scan means something)', async () => {
    const { page } = app;
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.id = 'axe-probe';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.append(img);
    });
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    await page.evaluate(() => document.getElementById('axe-probe')?.remove());
    expect(app.errors).toEqual([]);
  });
});
