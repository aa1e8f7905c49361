/**
 * Issue 18, end to end against the production build: damaged records in the browser's
 * storage never stop the app from opening (they are listed, exportable and deletable), and a
 * proposal that cannot be stored stays in the form with the reason.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadBytes, launch, openApp, waitForMap, type AppPage, type Session } from './harness';

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
    app = await openApp(session);
    await waitForMap(app.page);
    await app.page.waitForFunction(() => (window as unknown as Handles).__app.dataset !== null);
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
    await page.waitForFunction(
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
