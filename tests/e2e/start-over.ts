/**
 * For test files whose tests run in order on one app (opened in `beforeAll`): each test first
 * brings the app back to where a person starts, through the UI as that person would, and
 * checks it, so no test passes or fails because of what the one before it left.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openExportMenu, waitForMapIdle } from './harness';

/** The view switch's buttons (German UI). */
const VIEW_BUTTON = {
  split: 'Karte + Netzwerk',
  map: 'Karte',
  graph: 'Netzwerk',
  list: 'Liste',
} as const;

export type ViewName = keyof typeof VIEW_BUTTON;

/** Shows `view` with the view switch and checks that its button is pressed. */
export async function showView(page: Page, view: ViewName): Promise<void> {
  const button = page.getByRole('button', { name: VIEW_BUTTON[view], exact: true });
  await button.click();
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
}

/**
 * Back to the start, as a person would get there: the export menu closed, the sidebar's
 * "Filter" tab shown, "Karte + Netzwerk", Esc (nothing selected), an empty search box,
 * "Alle Filter zurücksetzen" if a filter is on, and "Deutschland einpassen" (the whole of
 * Germany in view, highlights ended); then the view `view`. Checks each of these states.
 */
export async function startOver(page: Page, view: ViewName = 'split'): Promise<void> {
  await openExportMenu(page, false);
  const filterTab = page.getByRole('tab', { name: /^Filter/ });
  await filterTab.click();
  await expect.poll(() => filterTab.getAttribute('aria-selected')).toBe('true');
  await showView(page, 'split');
  // The view button has the focus: Esc goes to the app, which clears the selection.
  await page.keyboard.press('Escape');
  const search = page.getByRole('combobox', { name: 'Suche' });
  await search.fill('');
  const reset = page.getByRole('button', { name: 'Alle Filter zurücksetzen' });
  if (await reset.isVisible()) await reset.click();
  await expect
    .poll(() => page.getByText(/^Keine Filter aktiv/).count(), {
      message: 'no filter is active',
    })
    .toBe(1);
  await page.getByTestId('fit-germany').click();
  await waitForMapIdle(page);
  const state = await page.evaluate(() => {
    const { __app: app, __map: map } = window as unknown as {
      __app: { selectedId: string | null; highlightIds: readonly string[] };
      __map: { getZoom(): number };
    };
    return {
      selected: app.selectedId,
      highlighted: app.highlightIds.length,
      germanyInView: map.getZoom() < 7,
    };
  });
  expect(state).toEqual({ selected: null, highlighted: 0, germanyInView: true });
  expect(await search.inputValue()).toBe('');
  if (view !== 'split') await showView(page, view);
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
