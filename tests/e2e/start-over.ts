/**
 * For tests that share one app across a `describe` or a file (steps a person takes in one
 * sitting): bring the app back to where a person starts, through the UI, and check that it is
 * there, so a test never passes or fails because of what the previous one left.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openExportMenu, waitForMapIdle, type AppPage } from './harness';
import { GERMANY_BBOX } from '../../src/lib/data/laender';

/**
 * The search box emptied and the selection cleared with Esc; on the „Filter“ tab, every filter
 * reset („Alle Filter zurücksetzen“, shown only while one is on). Checks that nothing is
 * selected and all 73 model projects are shown. Returns `app`.
 */
export async function startOver(app: AppPage): Promise<AppPage> {
  const { page } = app;
  const box = page.getByRole('combobox', { name: 'Suche' });
  await box.fill('');
  await box.press('Escape');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const handles = (
          window as unknown as {
            __app: { selectedId: string | null; selectedDocumentId: string | null };
          }
        ).__app;
        return [handles.selectedId, handles.selectedDocumentId];
      }),
    )
    .toEqual([null, null]);
  await page.getByRole('tab', { name: 'Filter', exact: true }).click();
  const summary = page.getByRole('status').filter({ hasText: 'Filter aktiv' });
  await summary.waitFor();
  if (!(await summary.textContent())?.includes('Keine Filter aktiv'))
    await page.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click();
  await expect.poll(() => summary.textContent()).toContain('Keine Filter aktiv – alle 73');
  return app;
}

/**
 * Opens „Analyse“ › „Nähe“ and removes the starting point of „In meiner Nähe“ if one is set
 * („Ausgangspunkt entfernen“); checks that no nearest projects are listed.
 */
export async function clearNearOrigin(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await page.getByTestId('analysis-tab-near').click();
  const clear = page.getByRole('button', { name: 'Ausgangspunkt entfernen' });
  await page.getByLabel('Kommune oder Ort').waitFor();
  if (await clear.isVisible()) await clear.click();
  await expect.poll(() => page.getByTestId('near-projects').count()).toBe(0);
}

/** Shows a view with its toolbar button („Karte + Netzwerk“, „Karte“, „Netzwerk“, „Liste“) and checks it is pressed. */
export async function showView(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await button.click();
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
}

/**
 * „Deutschland einpassen“: the whole country in view, every highlight and analysis overlay
 * ended (the starting point of „In meiner Nähe“ too). Waits for the map to draw it and checks
 * that Germany's bounding box is in view.
 */
export async function fitGermany(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Deutschland einpassen' }).click();
  await waitForMapIdle(page);
  const inView = await page.evaluate(([w, s, e, n]) => {
    const bounds = (window as unknown as { __map: import('maplibre-gl').Map }).__map.getBounds();
    return [
      [w, s],
      [e, n],
    ].every(([lon, lat]) => bounds.contains([lon, lat]));
  }, GERMANY_BBOX);
  expect(inView).toBe(true);
}

/** The view switch's buttons. */
const VIEW_BUTTON = {
  split: 'Karte + Netzwerk',
  map: 'Karte',
  graph: 'Netzwerk',
  list: 'Liste',
} as const;

/**
 * The whole way back for tests of the map and the network: the export menu closed,
 * „Karte + Netzwerk“, {@link startOver} (search emptied, nothing selected, no filter on the
 * „Filter“ tab), {@link fitGermany} (highlights ended: checked), then the view `view`.
 */
export async function backToStart(
  app: AppPage,
  view: keyof typeof VIEW_BUTTON = 'split',
): Promise<void> {
  const { page } = app;
  await openExportMenu(page, false);
  await showView(page, VIEW_BUTTON.split);
  await startOver(app);
  await fitGermany(page);
  expect(
    await page.evaluate(
      () =>
        (window as unknown as { __app: { highlightIds: readonly string[] } }).__app.highlightIds
          .length,
    ),
  ).toBe(0);
  if (view !== 'split') await showView(page, VIEW_BUTTON[view]);
}

/** Types `query` into the search, takes the first match, and waits until `id` is selected. */
export async function searchAndSelect(page: Page, query: string, id: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Suche' });
  await search.fill(query);
  await search.press('Enter');
  await expect
    .poll(() =>
      page.evaluate(
        () => (window as unknown as { __app: { selectedId: string | null } }).__app.selectedId,
      ),
    )
    .toBe(id);
}
