/**
 * One export menu in the toolbar (issue 16): every export there, each saying what it holds;
 * the numbers it announces are the rows and features the files contain, for the filtered
 * view and for one selected project with its connections.
 *
 * The tests of this file run in order on one app (one start instead of two): a person exports
 * the map, then selects a project and exports only it. Each test first closes the menu and
 * brings the app back to the start state through the UI (start-over.ts) and checks it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadBytes, openExportMenu, openLoadedApp, useSession, type AppPage } from './harness';
import { startOver as startOverInUi } from './start-over';
import { dsvFormat } from 'd3';
import { pngSize } from '../../src/lib/export/png';

const session = useSession();
let shared: AppPage;
beforeAll(async () => {
  shared = await openLoadedApp(session());
});
afterAll(async () => {
  await shared?.close();
});

/** The shared app with the export menu closed, nothing searched, selected or filtered. */
async function startOver(): Promise<AppPage> {
  const { page } = shared;
  await openExportMenu(page, false);
  await expect
    .poll(() => page.getByTestId('export-menu').getAttribute('aria-expanded'))
    .toBe('false');
  return startOverInUi(shared);
}

async function download(page: Page, testid: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testid).click(),
  ]);
  return downloadBytes(file);
}

/** The numbers in a text, in order ("73 Modellprojekte · 303 Akteure …" → [73, 303, …]). */
const numbers = (s: string | null) =>
  [...(s ?? '').matchAll(/\d[\d.]*/g)].map((m) => Number(m[0].replace(/\./g, '')));

/** CSV text (German Excel variant: BOM, semicolons, RFC 4180 quoting) as rows of cells. */
const parseCsv = (text: string): string[][] =>
  dsvFormat(';').parseRows(text.replace(/^\uFEFF/, ''));

describe('the export menu', () => {
  it('holds every export, each with what it contains; the toolbar has no other export', async () => {
    const { page, errors } = await startOver();
    expect(await page.getByRole('button', { name: 'Exportieren' }).count()).toBe(1);
    await openExportMenu(page);
    const menu = page.getByRole('dialog', { name: 'Exportieren' });
    for (const [name, about] of [
      ['Karte', 'Legende aller Symbole'],
      ['Netzwerk', 'angeheftete Knoten'],
      ['Karte und Netzwerk', 'gemeinsame Legende'],
      ['Netzwerk als SVG', 'Namen bleiben Text'],
      ['Tabelle (CSV)', 'Organisationsformen, Dokumente'],
      ['Verträge und Vorlagen (CSV)', 'Beteiligten, Modellprojekt, Jahr'],
      ['Geodaten (GeoJSON)', 'Linien (Verbindungen)'],
      ['Datenpaket (JSON)', 'ungefiltert'],
    ]) {
      const item = menu.getByRole('listitem').filter({
        has: page.getByRole('button', { name, exact: true }),
      });
      expect(await item.textContent(), name).toContain(about);
    }
    // The map image: a slide-sized PNG.
    const png = await download(page, 'export-png-map');
    expect(pngSize(new Uint8Array(png))).toEqual({ width: 3200, height: 1800 });
    await expect.poll(() => page.getByTestId('export-status').textContent()).toContain('Karte');
    expect(errors).toEqual([]);
  });

  it('with Bamberg selected, “only Bamberg” announces and writes the same numbers', async () => {
    const { page } = await startOver();
    const box = page.getByRole('combobox', { name: 'Suche' });
    await box.fill('Bamberg');
    await box.press('Enter');
    await expect
      .poll(() => page.getByTestId('details-panel').getByRole('heading').first().textContent())
      .toBe('Bamberg');
    await openExportMenu(page);
    const counts = page.getByTestId('export-counts');
    const all = numbers(await counts.textContent());
    await page.getByTestId('export-scope-selection').check();
    await expect.poll(async () => numbers(await counts.textContent())).not.toEqual(all);
    const [projects, actors, relations, documents] = numbers(await counts.textContent());
    expect(projects).toBeGreaterThanOrEqual(1);

    const csv = parseCsv((await download(page, 'export-csv')).toString('utf8'));
    expect(csv.length - 1).toBe(projects + actors);
    expect(csv[0]).toEqual(expect.arrayContaining(['organisationsformen', 'dokumente']));
    expect(csv.map((r) => r[0])).toContain('org-universitaet-bamberg');
    await expect
      .poll(() => page.getByTestId('export-status').textContent())
      .toContain(`${projects + actors} Zeilen`);

    const geo = JSON.parse((await download(page, 'export-geojson')).toString('utf8')) as {
      features: { geometry: { type: string } }[];
    };
    const points = geo.features.filter((f) => f.geometry.type === 'Point').length;
    expect([points, geo.features.length - points]).toEqual([projects + actors, relations]);
    await expect
      .poll(() => page.getByTestId('export-status').textContent())
      .toContain(`${points} Punkten und ${relations} Linien`);

    const docs = parseCsv((await download(page, 'export-documents-csv')).toString('utf8'));
    expect(docs.length - 1).toBe(documents);
    const ids = docs.map((r) => r[0]);
    expect(ids).toContain('doc-bamberg-weiterleitungsvertrag');
    expect(ids).toContain('doc-muster-kooperationsvertrag');
  });
});
