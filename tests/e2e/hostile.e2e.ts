/**
 * Issue 18, end to end against the production build: damaged records in the browser's
 * storage never stop the app from opening (they are listed, exportable and deletable), and a
 * proposal that cannot be stored stays in the form with the reason.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  downloadBytes,
  launch,
  waitForMap,
  type AppPage,
  type Session,
  openLoadedApp,
  waitForState,
  VIEWPORT,
} from './harness';

interface Handles {
  __app: { dataset: { nodes: { kind: string }[] } | null };
}

const projectCount = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as Handles).__app.dataset?.nodes.filter((n) => n.kind === 'project')
        .length ?? 0,
  );

/** Write records straight into the app's database, as a crash or another version would. */
async function storeRaw(page: Page, records: unknown[], active: string): Promise<void> {
  await page.evaluate(
    ({ records, active }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kooperationsatlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['datasets', 'meta'], 'readwrite');
          for (const r of records) tx.objectStore('datasets').put(r);
          tx.objectStore('meta').put(active, 'active');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { records, active },
  );
}

describe('damaged stored data', () => {
  let session: Session;
  let app: AppPage;
  beforeAll(async () => {
    session = await launch();
    app = await openLoadedApp(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a stored dataset whose data is null does not stop the app from opening', async () => {
    const { page } = app;
    await storeRaw(
      page,
      [
        {
          id: 'ds-kaputt',
          name: 'Kaputter Datensatz',
          files: ['x.csv'],
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          data: null,
        },
      ],
      'ds-kaputt',
    );
    await page.reload();
    await waitForMap(page);
    // The built-in data opens …
    await expect.poll(() => projectCount(page)).toBe(73);
    expect(await page.getByTestId('dataset-select').inputValue()).toBe('builtin');
    // … and the damaged record is listed with what is wrong, not silently gone.
    const damaged = page.getByTestId('damaged-records');
    await damaged.waitFor({ state: 'visible' });
    await expect
      .poll(() => damaged.textContent())
      .toContain('Datensatz „Kaputter Datensatz“: kein vollständiger Datensatz');
    // The network loads too.
    await page.getByRole('button', { name: 'Netzwerk', exact: true }).click();
    await waitForState(
      page,
      () => (window as unknown as { __graph?: { ready: boolean } }).__graph?.ready === true,
    );
  });

  it('the damaged record downloads as its raw JSON, then deletes', async () => {
    const { page } = app;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', {
          name: 'Den beschädigten Eintrag ds-kaputt unverändert als JSON herunterladen',
        })
        .click(),
    ]);
    const raw = JSON.parse((await downloadBytes(download)).toString('utf8'));
    expect(raw).toMatchObject({ id: 'ds-kaputt', name: 'Kaputter Datensatz', data: null });
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Den beschädigten Eintrag ds-kaputt löschen' }).click();
    await page.getByTestId('damaged-records').waitFor({ state: 'detached' });
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => projectCount(page)).toBe(73);
    expect(await page.getByTestId('damaged-records').count()).toBe(0);
  });

  it('threw nothing uncaught', () => {
    expect(app.errors).toEqual([]);
  });
});

/** Drop files on the app as a person drags them from the file manager. */
async function dropFiles(page: Page, files: { name: string; bytes: number[] }[]): Promise<void> {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    for (const type of ['dragenter', 'dragover', 'drop'])
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
  }, files);
}

const caseFile = (name: string) => ({
  name,
  bytes: [...readFileSync(`tests/fixtures/hostile/${name}`)],
});

/** The issue rows the import dialog lists: [code, text]. */
async function issueRows(page: Page): Promise<[string, string][]> {
  const table = page.getByTestId('import-issues');
  await table.waitFor({ state: 'visible' });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-code') ?? '', r.textContent ?? ''] as [string, string]),
    );
}

describe('the hostile case files, dropped on the real import dialog', () => {
  let session: Session;
  let app: AppPage;
  beforeAll(async () => {
    session = await launch();
    app = await openLoadedApp(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  async function closeDialog(page: Page): Promise<void> {
    await page
      .getByTestId('import-dialog')
      .getByRole('button', { name: 'Schließen', exact: true })
      .click();
    await page.getByTestId('import-dialog').waitFor({ state: 'hidden' });
  }

  it('sparse-max.xlsx (1.6 KB, XFD1048576) is refused at once, naming the sheet and its size; the tab lives', async () => {
    const { page } = app;
    await dropFiles(page, [caseFile('sparse-max.xlsx')]);
    const rows = await issueRows(page);
    expect(rows.map(([code]) => code)).toEqual(['sheet-limit']);
    expect(rows[0][1]).toContain('„Knoten“');
    expect(rows[0][1]).toContain('A1:XFD1048576');
    expect(rows[0][1]).toContain('1.048.576 Zeilen × 16.384 Spalten');
    expect(await page.getByTestId('import-confirm').count()).toBe(0);
    await closeDialog(page);
    expect(await projectCount(page)).toBe(73);
  });

  it('type-constructor.csv: both rows import as „Sonstige“ with a warning naming the row', async () => {
    const { page } = app;
    await dropFiles(page, [caseFile('type-constructor.csv')]);
    const rows = await issueRows(page);
    expect(rows.map(([code]) => code)).toEqual(['invalid-value', 'invalid-value']);
    expect(rows[0][1]).toContain('„constructor“');
    expect(rows[0][1]).toContain('Sonstige');
    await closeDialog(page);
  });

  it('bidi.csv: invisible characters removed (warnings), the Cyrillic look-alike flagged', async () => {
    const { page } = app;
    await dropFiles(page, [caseFile('bidi.csv')]);
    const rows = await issueRows(page);
    const codes = rows.map(([code]) => code);
    expect(codes.filter((c) => c === 'text-cleaned')).toHaveLength(9);
    expect(codes).toContain('lookalike');
    expect(rows.find(([c]) => c === 'lookalike')![1]).toContain('sieht aus wie „Bamberg“');
    expect(rows.find(([c]) => c === 'text-cleaned')![1]).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    await closeDialog(page);
  });

  it('url-uppercase.csv and formula.csv import without an error', async () => {
    const { page } = app;
    for (const name of ['url-uppercase.csv', 'formula.csv']) {
      await dropFiles(page, [caseFile(name)]);
      await page.getByTestId('import-confirm').waitFor({ state: 'visible' });
      expect(await page.locator('[data-testid="import-issues"] tr.error').count()).toBe(0);
      await closeDialog(page);
    }
  });

  it('threw nothing uncaught', () => {
    expect(app.errors).toEqual([]);
  });
});

describe('thousands of rows and a 10,000-character name', () => {
  let session: Session;
  let app: AppPage;
  const ROWS = 5000;
  const LONG = `Langer Name ${'x'.repeat(10_000)}`;
  beforeAll(async () => {
    session = await launch();
    app = await openLoadedApp(session);
    const rows = ['id;name;typ;lat;lon', `lang;${LONG};Verein;50,1;10,1`];
    for (let i = 0; i < ROWS - 1; i++)
      rows.push(
        `a${i};Akteur ${i};Verein;${(47.5 + (i % 700) / 100).toFixed(2)};${(6 + (i % 900) / 100).toFixed(2)}`,
      );
    await dropFiles(app.page, [{ name: 'viele.csv', bytes: [...Buffer.from(rows.join('\n'))] }]);
    const confirm = app.page.getByTestId('import-confirm');
    await confirm.waitFor({ state: 'visible' });
    await confirm.click();
    await app.page.getByTestId('import-dialog').waitFor({ state: 'hidden' });
    await waitForState(
      app.page,
      (n) => (window as unknown as Handles).__app.dataset?.nodes.length === n,
      ROWS,
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the list renders only the rows in view, and scrolls a selected row into it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    const table = page.locator('#actor-table');
    await table.locator('tbody tr[data-id]').first().waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe(String(ROWS + 1));
    expect(await table.locator('tbody tr[data-id]').count()).toBeLessThan(300);
    // Sorted by name, „Akteur 998“ is far down: selecting it elsewhere (the search box)
    // scrolls the list to it.
    const box = page.getByRole('combobox', { name: 'Suche' });
    await box.fill('Akteur 998');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Akteur 998');
    await box.press('Enter');
    const row = table.locator('tr[data-id="a998"][aria-current="true"]');
    await row.waitFor();
    // In the list's own viewport, not merely rendered somewhere in it.
    const inView = () =>
      row.evaluate((tr) => {
        const r = tr.getBoundingClientRect();
        const v = tr.closest('.viewport')!.getBoundingClientRect();
        return r.top >= v.top && r.bottom <= v.bottom;
      });
    await expect.poll(inView).toBe(true);
    expect(await table.locator('tbody tr[data-id]').count()).toBeLessThan(300);
  });

  it('a 10,000-character name keeps the details panel inside its column, the full text on demand', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Karte + Netzwerk', exact: true }).click();
    await page.evaluate(() =>
      (window as unknown as { __app: { select(id: string, s: string): void } }).__app.select(
        'lang',
        'map',
      ),
    );
    const panel = page.getByTestId('details-panel');
    await panel.getByRole('heading', { level: 2 }).waitFor();
    const box = await panel.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      right: el.getBoundingClientRect().right,
    }));
    expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
    expect(box.right).toBeLessThanOrEqual(VIEWPORT.width);
    const close = panel.getByRole('button', { name: 'Auswahl aufheben' });
    const cb = await close.boundingBox();
    expect(cb && cb.x + cb.width <= VIEWPORT.width && cb.x >= 0).toBe(true);
    const heading = panel.getByRole('heading', { level: 2 });
    expect(((await heading.textContent()) ?? '').length).toBeLessThan(400);
    await panel.getByRole('button', { name: /ganzen Text zeigen/ }).click();
    expect(((await heading.textContent()) ?? '').length).toBeGreaterThan(10_000);
    expect(await panel.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  });

  it('a 100,000-character ?sel= is not echoed in full', async () => {
    const { page } = app;
    // Too long for an HTTP request line: arrives through history (a pasted link, Back).
    await page.evaluate(() => {
      history.pushState(null, '', `?sel=${'y'.repeat(100_000)}`);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    const note = page.getByText('Aus dem Link nicht übernommen');
    await note.waitFor();
    expect(((await note.textContent()) ?? '').length).toBeLessThan(400);
  });

  it('threw nothing uncaught', () => {
    expect(app.errors).toEqual([]);
  });
});
