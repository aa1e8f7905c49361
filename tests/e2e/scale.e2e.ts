/**
 * Issue 18, the documented import limit end to end against the production build: 100,000
 * nodes and 100,000 relations, generated in the page as two CSV files, dropped on the import
 * dialog and confirmed; the map, the network and the list work with them, and after a reload
 * the stored dataset opens again (read, checked and ordered in the dataset store worker).
 * Not timed: speed is `npm run bench -- scale`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launch,
  waitForMap,
  type AppPage,
  type Session,
  openLoadedApp,
  waitForState,
} from './harness';

const NODES = 100_000;
const PROJECTS = 100;

interface Handles {
  __graph?: { labels(): string[]; drawn: boolean; n: number };
  __app: {
    dataset: { nodes: { id: string; kind: string }[]; relations: unknown[] } | null;
    select(id: string, source: string): void;
  };
}

/** Builds the two files in the page (no megabytes through the protocol) and drops them. */
async function dropGenerated(page: Page): Promise<void> {
  await page.evaluate(
    ({ nodes, projects }) => {
      const rows = ['id;name;kind;staffel;kategorie;land;lat;lon'];
      for (let p = 0; p < projects; p++)
        rows.push(
          `p${p};Projekt ${p};Projekt;2021;Mittelstadt;BY;${(48 + (p % 60) / 10).toFixed(4)};${(7 + (p % 70) / 10).toFixed(4)}`,
        );
      const edges = ['source;target'];
      for (let i = 0; i < nodes - projects; i++) {
        rows.push(
          `a${i};Akteur ${i};Verein;;;;${(47.5 + ((i * 7919) % 7400) / 1000).toFixed(5)};${(6 + ((i * 104729) % 8900) / 1000).toFixed(5)}`,
        );
        edges.push(`p${i % projects};a${i}`);
      }
      // A second project for some actors, so relations reach `nodes`.
      for (let k = 0; edges.length - 1 < nodes; k++)
        edges.push(`p${(k + 1) % projects};a${(k * 31 + 7) % (nodes - projects)}`);
      const dt = new DataTransfer();
      dt.items.add(new File([rows.join('\n')], 'knoten.csv', { type: 'text/csv' }));
      dt.items.add(new File([edges.join('\n')], 'kanten.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
    },
    { nodes: NODES, projects: PROJECTS },
  );
}

const counts = (page: Page) =>
  page.evaluate(() => {
    const ds = (window as unknown as Handles).__app.dataset;
    return ds
      ? {
          projects: ds.nodes.filter((n) => n.kind === 'project').length,
          nodes: ds.nodes.length,
          relations: ds.relations.length,
        }
      : null;
  });

/**
 * The stored dataset is shown: that many nodes in the app, and the network says that 100,000 nodes are too many for the force layout (at most 50,000) and
 * offers the geographic one.
 */
async function waitForDataset(page: Page): Promise<void> {
  await waitForState(
    page,
    (n) => {
      const w = window as unknown as Handles;
      return w.__app?.dataset?.nodes.length === n;
    },
    NODES,
  );
  const notice = page.getByTestId('graph-too-large');
  await notice.waitFor();
  expect(await notice.innerText()).toMatch(/zu viele für die Anordnung/);
  await notice.getByRole('button').waitFor();
}

/** Names labelled in the network view now (the test handle), or null before it exists. */
const graphLabels = (page: Page) =>
  page.evaluate(() => (window as unknown as Handles).__graph?.labels() ?? null);

/** Painted pixels on the network view's canvases (raster, overlay, labels). */
const paintedPixels = (page: Page) =>
  page.evaluate(() => {
    let painted = 0;
    for (const c of document.querySelectorAll<HTMLCanvasElement>(
      '[data-testid="network-graph"] canvas',
    )) {
      if (!c.width || !c.height) continue;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
    }
    return painted;
  });

/**
 * Too large for the layout: the message alone. Nothing of the dataset shown before (its
 * nodes, edges, names) stays on the canvas, and nothing of the new one is drawn.
 */
async function expectEmptyGraph(page: Page): Promise<void> {
  expect(await graphLabels(page)).toEqual([]);
  await waitForState(
    page,
    (n) => {
      const g = (window as unknown as Handles).__graph;
      return !!g && !g.drawn && g.n === n;
    },
    NODES,
  );
  await expect.poll(() => paintedPixels(page)).toBe(0);
}

describe('100,000 rows (the documented import limit)', () => {
  let session: Session;
  let app: AppPage;
  beforeAll(async () => {
    session = await launch();
    app = await openLoadedApp(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('import through the dialog: the count is offered, confirming shows every node', async () => {
    const { page } = app;
    // The bundled dataset is drawn and named in the network first …
    await expect.poll(async () => (await graphLabels(page))?.length ?? 0).toBeGreaterThan(0);
    // The render worker paints after the labels are placed: wait for its frame.
    await expect.poll(() => paintedPixels(page)).toBeGreaterThan(0);
    await dropGenerated(page);
    const confirm = page.getByTestId('import-confirm');
    await confirm.waitFor({ state: 'visible' });
    // „100000 gültige Knoten importieren“, with or without grouping.
    expect(await confirm.textContent()).toMatch(/100[.,\u202f ]?000 gültige Knoten/);
    await confirm.click();
    await page.getByTestId('import-dialog').waitFor({ state: 'hidden' });
    await waitForDataset(page);
    // … and is gone once the new one is too large for the force layout.
    await expectEmptyGraph(page);
    expect(await counts(page)).toEqual({ projects: PROJECTS, nodes: NODES, relations: NODES });
    await waitForMap(page);
    // A crowded map: every line from zoom 8, below it the focused node's; the legend says so.
    const legend = page.getByTestId('legend');
    const show = legend.getByRole('button', { name: 'Legende ausklappen' });
    if (await show.isVisible()) await show.click();
    await expect
      .poll(() => legend.innerText())
      .toContain('Mehr als 10.000 Verbindungen: ab Zoomstufe 8 alle im Ausschnitt');
    // Zoomed out, MapLibre has none of the lines; zoomed in to a region, those in view.
    const lines = () =>
      page.evaluate(
        () =>
          (
            window as unknown as {
              __map: { querySourceFeatures(id: string): unknown[] };
            }
          ).__map.querySourceFeatures('mpsc-relations').length,
      );
    expect(await lines()).toBe(0);
    await page.evaluate(() =>
      (window as unknown as { __map: { jumpTo(o: object): void } }).__map.jumpTo({
        center: [10, 50],
        zoom: 9,
      }),
    );
    await expect.poll(lines).toBeGreaterThan(0);
  });

  it('the list opens with every actor, rendering only the rows in view', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    const table = page.locator('#actor-table');
    await table.locator('tbody tr[data-id]').first().waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe(String(NODES - PROJECTS + 1));
    expect(await table.locator('tbody tr[data-id]').count()).toBeLessThan(300);
    // Sorted by name (digits as numbers): „Akteur 0“, „Akteur 1“, „Akteur 2“ …
    const first = await table.locator('tbody tr[data-id]').first().getAttribute('data-id');
    expect(first).toBe('a0');
    // A row far down selects like any other.
    await page.evaluate(() => (window as unknown as Handles).__app.select('a98765', 'map'));
    await table.locator('tr[data-id="a98765"][aria-current="true"]').waitFor();
    await page.getByRole('button', { name: 'Karte + Netzwerk', exact: true }).click();
  });

  it('a reload opens the stored dataset again, and its nodes select', async () => {
    const { page } = app;
    await page.reload();
    await waitForDataset(page);
    expect(await counts(page)).toEqual({ projects: PROJECTS, nodes: NODES, relations: NODES });
    await waitForMap(page);
    await page.evaluate(() => (window as unknown as Handles).__app.select('a4242', 'map'));
    await page.getByTestId('details-panel').getByRole('heading', { name: 'Akteur 4242' }).waitFor();
  });

  it('threw nothing uncaught', () => {
    expect(app.errors).toEqual([]);
  });
});
