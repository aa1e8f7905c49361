/**
 * Documents first-class and one truth per actor type (issue 16), driven by visible text,
 * roles and keys: "Muster" finds the Muster-Kooperationsvertrag, the "Verträge" list and
 * its kind filter, the nearest document of each kind in „near me“, sources on every record
 * (relations included, "einzige Quelle: Workshop-Folien 2022" where the deck is all), and
 * the filter counting the deck's labels as the story does.
 *
 * The tests of this file run in order on one app (one start instead of eight): these are
 * steps a person takes in one sitting. Each test first brings the app back to the start
 * state through the UI (start-over.ts) and checks it, so none depends on what the
 * previous one left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openLoadedApp, shippedStory, useSession, waitForState, type AppPage } from './harness';
import { startOver } from './start-over';

const STORY = shippedStory();
const session = useSession();
let shared: AppPage;
beforeAll(async () => {
  shared = await openLoadedApp(session());
});
afterAll(async () => {
  await shared?.close();
});

interface Handles {
  __app: {
    dataset: unknown;
    selectedId: string | null;
    selectedDocumentId: string | null;
    highlightIds: readonly string[];
    visible: { projects: Set<string> };
  };
}

const app = <T>(page: Page, f: (a: Handles['__app']) => T): Promise<T> =>
  page.evaluate(`(${f.toString()})(window.__app)`) as Promise<T>;

describe('documents in the search', () => {
  it('typing "Muster" offers the Muster-Kooperationsvertrag first; Enter shows it with its sources', async () => {
    const { page, errors } = await startOver(shared);
    const box = page.getByRole('combobox', { name: 'Suche' });
    await box.fill('Muster');
    const first = page.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('Muster-Kooperationsvertrag');
    expect(await first.textContent()).toContain('Dokument: Mustervertrag');
    await box.press('Enter');
    const details = page.getByTestId('details-panel');
    await expect
      .poll(() => details.getByTestId('document-title').textContent())
      .toContain('Muster-Kooperationsvertrag');
    expect(await details.getByTestId('document-kind-value').textContent()).toBe('Mustervertrag');
    const sources = (await details.getByTestId('details-sources').textContent()) ?? '';
    expect(sources).toContain('smart-city-dialog.de/node/13275');
    expect(sources).toContain('Workshop-Folien 2022');
    expect(await details.getByRole('link', { name: /öffnen/ }).getAttribute('href')).toMatch(
      /^https:\/\//,
    );
    expect(errors).toEqual([]);
  });

  it('"Weiterleitungsvertrag" finds both; Bamberg’s says its only source is the 2022 deck and lights up project and partner', async () => {
    const { page } = await startOver(shared);
    const box = page.getByRole('combobox', { name: 'Suche' });
    await box.fill('Weiterleitungsvertrag');
    const options = page.getByRole('option');
    await expect
      .poll(async () => (await options.allTextContents()).join(' | '))
      .toMatch(/Bamberg.*\|.*Paderborn|Paderborn.*\|.*Bamberg/);
    await options.filter({ hasText: 'Bamberg' }).first().click();
    const details = page.getByTestId('details-panel');
    await expect
      .poll(() => details.getByTestId('details-sources').textContent())
      .toContain('einzige Quelle: Workshop-Folien 2022');
    expect(await app(page, (a) => [a.selectedId, [...a.highlightIds]])).toEqual([
      'bamberg',
      ['bamberg', 'partner:bamberg:org-universitaet-bamberg', 'org-universitaet-bamberg'],
    ]);
    // From the document to its project: the project's partners show each relation's sources.
    await details.getByRole('button', { name: 'Bamberg', exact: true }).click();
    const uni = details.locator('[data-relation="partner:bamberg:org-universitaet-bamberg"]');
    await uni.getByText(/Quellen \(2\)/).click();
    const relSources = (await uni.textContent()) ?? '';
    expect(relSources).toContain('uni-bamberg.de');
    expect(relSources).toContain('Workshop-Folien 2022');
  });

  it('"Vorlage" and "Kooperationsvertrag" find documents too', async () => {
    const { page } = await startOver(shared);
    const box = page.getByRole('combobox', { name: 'Suche' });
    for (const [q, expected] of [
      ['Vorlage', 'Muster-Kooperationsvertrag'],
      ['Kooperationsvertrag', 'Kooperationsvertrag MPSC 5 für Südwestfalen'],
    ]) {
      await box.fill(q);
      await expect
        .poll(async () => (await page.getByRole('option').allTextContents()).join(' | '))
        .toContain(expected);
    }
  });
});

describe('Verträge und Vorlagen', () => {
  it('lists every document with kind, parties, year and source; the kind picker filters list and map alike', async () => {
    const { page } = await startOver(shared);
    await page.getByRole('tab', { name: 'Verträge' }).click();
    const list = page.getByTestId('document-list');
    const items = list.getByTestId('document-item');
    const total = await page.evaluate(
      () => (window as unknown as { __app: { documents: unknown[] } }).__app.documents.length,
    );
    await expect.poll(() => items.count()).toBe(total);
    const text = (await list.textContent()) ?? '';
    expect(text).toContain('Letter of Intent Region Partheland');
    expect(text).toContain('2018');
    expect(text).toContain('einzige Quelle: Workshop-Folien 2022');
    await list
      .getByLabel('Art', { exact: true })
      .selectOption({ label: 'Weiterleitungsvertrag (2 Dokumente)' });
    await expect.poll(() => items.count()).toBe(2);
    expect(await app(page, (a) => [...a.visible.projects].sort())).toEqual([
      'bamberg',
      'paderborn',
    ]);
    // The same filter shows in the filter panel, checked, with its count.
    await page.getByRole('tab', { name: 'Filter' }).click();
    const option = page.locator('[data-facet="documentKind"][data-value="Weiterleitungsvertrag"]');
    expect(await option.isChecked()).toBe(true);
  });
});

describe('near me: the nearest document of each kind', () => {
  it('„Dokumentart“ counts projects and says so; the documents tab counts documents and says so', async () => {
    const { page, errors } = await startOver(shared);
    // The filter: every count column is headed „Projekte“, and no kind that only a
    // project-less template has (it would always say 0 and empty the map).
    const kinds = page.locator('fieldset[data-facet-group="documentKind"]');
    expect(await kinds.locator('legend').textContent()).toMatch(/^Dokumentart\s*Projekte$/);
    const options = await kinds.locator('label.option').allTextContents();
    expect(options.length).toBeGreaterThan(0);
    expect(options.join('|')).not.toContain('Mustervertrag');
    const counts = await kinds.locator('label.option .count').allTextContents();
    expect(counts).toHaveLength(options.length);
    for (const n of counts) expect(Number(n)).toBeGreaterThan(0);
    // The documents tab: the same kinds by number of documents, in words.
    await page.getByRole('tab', { name: /^Verträge/ }).click();
    const picker = page.getByRole('combobox', { name: 'Art' });
    await expect
      .poll(() => picker.locator('option').allTextContents())
      .toContain('Mustervertrag (1 Dokument)');
    const texts = await picker.locator('option').allTextContents();
    expect(texts.some((t) => /^Weiterleitungsvertrag \(\d+ Dokumente?\)$/.test(t))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('Grevesmühlen lists one document per kind with its project and a link or "einzige Quelle"', async () => {
    const { page } = await startOver(shared);
    await page.getByRole('tab', { name: 'Analyse' }).click();
    const input = page.getByLabel('Kommune oder Ort');
    await input.fill('Grevesmühlen');
    await input.press('Enter');
    const docs = page.getByTestId('near-documents').locator('li');
    await expect.poll(() => docs.count()).toBeGreaterThanOrEqual(5);
    const lines = await docs.allTextContents();
    const kinds = lines.map((l) => l.split(':')[0].trim());
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).toContain('Weiterleitungsvertrag');
    for (const l of lines) expect(l).toMatch(/\d+ km/);
    expect(await page.getByTestId('near-templates').textContent()).toContain(
      'Muster-Kooperationsvertrag',
    );
  });
});

describe('one truth per actor type', () => {
  it('the Energieagentur filter count equals the story’s count, and Westfalen Weser shows both labels', async () => {
    const { page } = await startOver(shared);
    const step = STORY.steps.find((s) => s.filters.partnerType?.includes('Energieagentur'))!;
    const storyCount = Number(step.caption.de.match(/(\d+) Modellprojekt/)![1]);
    const option = page.locator('[data-facet="partnerType"][data-value="Energieagentur"]');
    const label = page.locator('label.option', { has: option });
    await expect.poll(() => label.locator('.count').textContent()).toBe(String(storyCount));
    await option.check();
    expect(await app(page, (a) => a.visible.projects.size)).toBe(storyCount);

    const box = page.getByRole('combobox', { name: 'Suche' });
    await box.fill('Westfalen Weser');
    await box.press('Enter');
    const details = page.getByTestId('details-panel');
    await expect
      .poll(() => details.getByTestId('details-type').textContent())
      .toContain('Stadtwerke (laut Quellen)');
    expect(await details.getByTestId('details-deck-type').textContent()).toContain(
      'Energieagentur',
    );
  });

  it('Südwestfalen Agentur counts as Digitalagentur; Fuchstal and Kalletal name their Land', async () => {
    const { page } = await startOver(shared);
    const option = page.locator('[data-facet="partnerType"][data-value="Digitalagentur"]');
    await option.check();
    await waitForState(page, () =>
      (window as unknown as Handles).__app.visible.projects.has('5-fuer-suedwestfalen'),
    );
    const box = page.getByRole('combobox', { name: 'Suche' });
    for (const [name, land] of [
      ['Fuchstal', 'Bayern'],
      ['Kalletal', 'Nordrhein-Westfalen'],
    ]) {
      await box.fill(name);
      await page.getByRole('option').filter({ hasText: 'Kommune' }).first().click();
      await expect.poll(() => page.getByTestId('details-land').textContent()).toBe(land);
    }
  });
});
