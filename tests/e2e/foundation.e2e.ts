import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAENDER } from '../../src/lib/data/laender';
import { launch, openApp, renderedNames, waitForMap, waitForState, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

describe('foundation: offline map of Germany', () => {
  it('loads with every non-localhost request blocked, attempts none, and renders all 16 Länder labels', async () => {
    const { page, errors, external, close } = await openApp(session);
    await waitForMap(page);
    await expect
      .poll(() => renderedNames(page, ['basemap-laender-label']))
      .toEqual(LAENDER.map((l) => l.de).sort());
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Smart City Kooperationsatlas',
    );
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('switches the language, and the choice survives a reload', async () => {
    const { page, errors, close } = await openApp(session);
    await waitForMap(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Smart City Cooperation Atlas');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect
      .poll(() => renderedNames(page, ['basemap-laender-label'], 'name_en'))
      .toContain('Bavaria');
    await page.reload();
    await waitForMap(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Smart City Cooperation Atlas',
    );
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Smart City Kooperationsatlas');
    expect(errors).toEqual([]);
    await close();
  });

  it('the "Datensatz" picker shows the dataset’s name whole at 1280×800, in German and English', async () => {
    const { page, errors, close } = await openApp(session);
    await waitForMap(page);
    const picker = page.getByTestId('dataset-select');
    expect(await page.getByRole('combobox', { name: 'Datensatz' }).count()).toBe(1);
    /** The chosen entry's text, its width in the picker's font, and the room it has. */
    const shown = () =>
      picker.evaluate((el: HTMLSelectElement) => {
        const cs = getComputedStyle(el);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = cs.font;
        const text = el.selectedOptions[0].textContent ?? '';
        return {
          text,
          textPx: ctx.measureText(text).width,
          // The content box less room for the drop-down arrow (Chromium: ~20 px).
          roomPx: el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20,
          overflow: cs.textOverflow,
          title: el.title,
        };
      });
    const de = await shown();
    expect(de.text).toBe('Modellprojekte Smart Cities (eingebaut)');
    expect(de.textPx, JSON.stringify(de)).toBeLessThanOrEqual(de.roomPx);
    // A longer (imported) name ends in an ellipsis, and hovering gives it whole.
    expect(de.overflow).toBe('ellipsis');
    expect(de.title).toBe(de.text);
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(async () => (await shown()).text)
      .toBe('Smart City model projects (built in)');
    const en = await shown();
    expect(en.textPx, JSON.stringify(en)).toBeLessThanOrEqual(en.roomPx);
    expect(en.title).toBe(en.text);
    // The toolbar still takes one row.
    const rows = await page.evaluate(() => {
      const items = [...document.querySelectorAll('.toolbar > *')].map(
        (el) => el.getBoundingClientRect().top,
      );
      return new Set(items.map(Math.round)).size;
    });
    expect(rows).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('says so in the page when the basemap cannot be parsed, instead of a blank screen', async () => {
    const context = await session.browser.newContext();
    await context.route(/\/laender-[A-Za-z0-9_]{6,}\.geojson$/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"type": "Feature' }),
    );
    const { page } = await openApp(session, { context });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('data/basemap/laender.geojson');
    expect(text).toContain('kein gültiges JSON');
    await context.close();
  });

  it('names the data file, not the basemap, when the dataset cannot be parsed; the map stays', async () => {
    const context = await session.browser.newContext();
    await context.route(/\/relations-[A-Za-z0-9_]{6,}\.json$/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": ' }),
    );
    const { page } = await openApp(session, { context });
    const alert = page.getByRole('alert').filter({ hasText: 'Projektdaten' });
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('data/relations.json');
    expect(text).toContain('kein gültiges JSON');
    expect(text).not.toContain('Grundkarte');
    // The basemap is fine: the map is drawn.
    await waitForMap(page);
    // The filters say there is no data, not „alle 0 Modellprojekte“ with a 0 beside every option.
    const summary = page.getByRole('tabpanel', { name: 'Filter' }).getByRole('status');
    await expect
      .poll(async () => (await summary.textContent())?.trim())
      .toBe('Keine Projektdaten geladen');
    const option = page.getByRole('checkbox', { name: '2020' }).locator('..');
    expect((await option.textContent())?.trim()).toBe('2020');
    // Nor does the network pane say it is loading.
    await page.getByText('Kein Netzwerk: die Projektdaten wurden nicht geladen').waitFor();
    expect(await page.getByText('Netzwerk wird geladen').count()).toBe(0);
    await context.close();
  });

  it('draws the model projects before the dataset has arrived, and keeps them once it has', async () => {
    // The relations file is held back: the dataset cannot be complete until it comes. (The
    // shared page: opened on a static file, the route set, then the app.)
    const { page } = await openApp(session, { path: 'favicon.svg' });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/relations-[A-Za-z0-9_]{6,}\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(new URL('./', page.url()).href);
    type Probe = {
      __app: { dataset: unknown };
      __map: { queryRenderedFeatures(o: object): { properties: { id: string } }[] };
    };
    const drawnIds = () =>
      page.evaluate(() => {
        const w = window as unknown as Probe;
        const ids = w.__map.queryRenderedFeatures({ layers: ['mpsc-projects-circle'] });
        return { ids: new Set(ids.map((f) => f.properties.id)).size, dataset: !!w.__app.dataset };
      });
    await waitForState(page, () => performance.getEntriesByName('atlas:projects-drawn').length > 0);
    expect(await drawnIds()).toEqual({ ids: 73, dataset: false });
    // Beside the 73 drawn projects, the filters do not claim there are none.
    const filters = page.locator('.filters');
    expect((await filters.getByRole('status').textContent())?.trim()).toBe(
      'Projektdaten werden geladen …',
    );
    expect(await filters.textContent()).not.toMatch(/alle 0|\b0\b/);
    release();
    await waitForState(page, () => !!(window as unknown as Probe).__app.dataset);
    await waitForState(page, () => performance.getEntriesByName('atlas:map-ready').length > 0);
    expect(await drawnIds()).toEqual({ ids: 73, dataset: true });
    await expect
      .poll(async () => (await filters.getByRole('status').textContent())?.trim())
      .toBe('Keine Filter aktiv – alle 73 Modellprojekte');
  });
});
