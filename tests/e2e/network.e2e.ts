/**
 * Issue 15, the network a workshop can read, against the built app: it fits
 * what the filters leave, names the selection's partners, exports what it
 * shows, and sizes nodes by a network measure with the legend saying so; in a short
 * split pane the canvas keeps its room.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  downloadBytes,
  featureClientPoint,
  launch,
  openApp,
  openExportMenu,
  waitForMap,
  waitForMapIdle,
  type AppPage,
  type Session,
  VIEWPORT,
  waitForState,
} from './harness';
import { backToStart, searchAndSelect } from './start-over';

interface Handles {
  __app: { selectedId: string | null };
  __graph?: {
    ready: boolean;
    drawn: boolean;
    positionSources(): string[];
    nodeClientPosition(id: string): [number, number] | null;
    nodeScreenRadius(id: string): number | null;
    labels(): string[];
    visibleNodeIds(): string[];
    canvasRect(): { left: number; top: number; width: number; height: number };
    settled(): boolean;
  };
  __map: import('maplibre-gl').Map;
}
/** The slice of AppState the list test reads. */
interface AppLike {
  dataset: { nodes: { id: string; name: string; kind: string }[] } | null;
  metrics: {
    index: Map<string, number>;
    metrics: { betweenness: Float64Array | null };
  } | null;
}

const graphReady = (page: Page) =>
  waitForState(page, () => !!(window as unknown as Handles).__graph?.ready);

/** Visible nodes whose disc is not wholly inside the graph canvas, and how much of the pane they span. */
function fitReport(page: Page) {
  return page.evaluate(() => {
    const g = (window as unknown as Handles).__graph!;
    const r = g.canvasRect();
    const outside: string[] = [];
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const id of g.visibleNodeIds()) {
      const [x, y] = g.nodeClientPosition(id)!;
      const rad = g.nodeScreenRadius(id)!;
      if (
        x - rad < r.left ||
        y - rad < r.top ||
        x + rad > r.left + r.width ||
        y + rad > r.top + r.height
      )
        outside.push(id);
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
    return {
      count: g.visibleNodeIds().length,
      outside,
      span: Math.max((x1 - x0) / r.width, (y1 - y0) / r.height),
      settled: g.settled(),
    };
  });
}

describe('network view (issue 15)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opened as ?view=graph, it first draws the geographic provisional frame, then the force layout', async () => {
    const app = await openApp(session, { path: '?view=graph' });
    const { page } = app;
    await graphReady(page);
    expect(
      await page.evaluate(() => (window as unknown as Handles).__graph!.positionSources()),
    ).toEqual(['provisional', 'force']);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  describe('in one sitting', () => {
    // These tests run in order on one app, as one person's session: each starts by going
    // back to the start through the UI (`backToStart`) and checking it.
    let app: AppPage;
    beforeAll(async () => {
      app = await openApp(session);
      await waitForMap(app.page);
      await graphReady(app.page);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('filtered to Nordrhein-Westfalen and Hochschule, every remaining node is inside the pane, which they fill', async () => {
      const { page } = app;
      await backToStart(app, 'graph');
      await graphReady(page);
      const all = (await fitReport(page)).count;
      await page.getByRole('checkbox', { name: /^Nordrhein-Westfalen/ }).check();
      await page.getByRole('checkbox', { name: /^Hochschule/ }).check();
      await expect
        .poll(async () => {
          const f = await fitReport(page);
          return (
            f.settled && f.count < all && f.count > 0 && f.outside.length === 0 && f.span > 0.5
          );
        })
        .toBe(true);
      expect(app.errors).toEqual([]);
    });

    it('selecting Bamberg on the map names its university in the graph, opened to full width', async () => {
      const { page } = app;
      await backToStart(app);
      await graphReady(page);
      await page.evaluate(() =>
        (window as unknown as Handles).__map.jumpTo({ center: [10.9, 49.9], zoom: 9 }),
      );
      await waitForMapIdle(page);
      const at = await featureClientPoint(page, 'mpsc-projects', 'bamberg');
      await page.mouse.click(at.x, at.y);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
        .toBe('bamberg');
      // The split view's network pane is about 330 px wide: Bamberg's six partners ring it there
      // too tightly for six names. The reader opens the network to the whole main area.
      await page.getByRole('button', { name: 'Netzwerk', exact: true }).click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as Handles).__graph!.labels()))
        .toEqual(
          expect.arrayContaining(['Bamberg', expect.stringMatching(/Universität Bamberg$/)]),
        );
      expect(app.errors).toEqual([]);
    });

    it('the SVG export contains the selected node and the names shown on screen', async () => {
      const { page } = app;
      await backToStart(app);
      await graphReady(page);
      await searchAndSelect(page, 'Paderborn', 'paderborn');
      await expect
        .poll(() =>
          page.evaluate(() => {
            const g = (window as unknown as Handles).__graph!;
            return g.settled() && g.labels().includes('Paderborn');
          }),
        )
        .toBe(true);
      const shown = await page.evaluate(() => (window as unknown as Handles).__graph!.labels());
      expect(shown.length).toBeGreaterThan(1);
      // The toolbar's export menu.
      await openExportMenu(page);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-svg').click(),
      ]);
      const svg = (await downloadBytes(file)).toString('utf8');
      expect(svg).toContain('data-selected="paderborn"');
      // Each label is a <text> naming its node; its aria-label holds the name in full.
      const texts = [...svg.matchAll(/<text [^>]*data-node="[^"]*" aria-label="([^"]*)"/g)].map(
        (m) => m[1].replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d))),
      );
      expect(texts).toEqual(expect.arrayContaining(shown));
      expect(texts).toContain('Paderborn');
      // Legend: the selection ring is explained.
      expect(svg).toContain('Ausgewählt');
      expect(app.errors).toEqual([]);
    });

    it('with the network pane closed, the SVG export lays the network out in the worker, names and all', async () => {
      const { page } = app;
      await backToStart(app, 'map');
      await searchAndSelect(page, 'Bamberg', 'bamberg');
      // The network pane is not shown (the export cannot take the view as shown): the view
      // has seen its canvas shrink to nothing.
      expect(await page.getByTestId('network-graph').isVisible()).toBe(false);
      await waitForState(
        page,
        () =>
          document.querySelector<HTMLCanvasElement>('[data-testid="graph-canvas"]')?.style.width ===
          '0px',
      );
      await openExportMenu(page);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-svg').click(),
      ]);
      const svg = (await downloadBytes(file)).toString('utf8');
      expect(svg).toContain('data-selected="bamberg"');
      expect(svg).toMatch(/<text [^>]*data-node="bamberg" aria-label="Bamberg"/);
      expect(svg).toMatch(/aria-label="[^"]*Universität Bamberg"/);
      expect(app.errors).toEqual([]);
    });

    it('the details panel reads out the network measures: City & Bits "verbindet n Modellprojekte" (n from the shipped relations)', async () => {
      const relations = JSON.parse(readFileSync('data/relations.json', 'utf8')) as {
        source: string;
        target: string;
      }[];
      const projects = new Set(
        relations.filter((r) => r.target === 'org-city-and-bits').map((r) => r.source),
      );
      expect(projects.size).toBeGreaterThan(1);
      const { page } = app;
      await backToStart(app, 'graph');
      await graphReady(page);
      await searchAndSelect(page, 'City & Bits', 'org-city-and-bits');
      const measures = page.getByTestId('network-measures');
      await expect
        .poll(() => page.getByTestId('network-summary').textContent())
        .toBe(`verbindet ${projects.size} Modellprojekte`);
      const text = (await measures.textContent()) ?? '';
      for (const name of ['Grad', 'Gewichteter Grad', 'Betweenness', 'Closeness'])
        expect(text).toContain(name);
      expect(text).toMatch(/Rang \d+ von \d+/);
      expect(text).toContain('kürzesten Wege');
      expect(app.errors).toEqual([]);
    });

    it('the list view sorts actors by betweenness, the best bridge first', async () => {
      const { page } = app;
      await backToStart(app, 'list');
      const table = page.locator('#actor-table');
      await table.getByRole('button', { name: /^Betweenness/ }).click();
      await expect
        .poll(() => table.locator('thead th[aria-sort="descending"]').textContent())
        .toContain('Betweenness');
      // The measures load on first use: wait until they are there, then until the list shows them.
      await waitForState(
        page,
        () => !!(window as unknown as { __app: AppLike }).__app.metrics?.metrics.betweenness,
      );
      const expected = await page.evaluate(() => {
        const app = (window as unknown as { __app: AppLike }).__app;
        const m = app.metrics!;
        let best = '';
        let value = -1;
        for (const n of app.dataset!.nodes) {
          if (n.kind === 'project') continue;
          const v = m.metrics.betweenness![m.index.get(n.id)!];
          if (v > value) [best, value] = [n.name, v];
        }
        return best;
      });
      await expect
        .poll(() => table.locator('tbody tr').first().locator('th').textContent())
        .toContain(expected);
      expect(app.errors).toEqual([]);
    });

    it('at 1280 × 800 in "Karte + Netzwerk" with Bamberg selected, the short pane keeps a canvas of at least 200 px that names Bamberg', async () => {
      // The details panel narrows the centre column and the panes stack: the network pane is
      // ~290 px high. Its toolbar is compact, the hint is for screen readers only and the
      // legend lies collapsed over the canvas, so the graph is not a strip (it was 69 px).
      expect(VIEWPORT).toEqual({ width: 1280, height: 800 });
      const { page } = app;
      await backToStart(app);
      await graphReady(page);
      await searchAndSelect(page, 'Bamberg', 'bamberg');
      await page.getByRole('complementary', { name: 'Details zur Auswahl' }).waitFor();
      const rect = () => page.evaluate(() => (window as unknown as Handles).__graph!.canvasRect());
      await expect.poll(async () => (await rect()).width).toBeLessThan(760);
      // The pane's new height reaches the view through a resize observation: wait for it.
      await expect.poll(async () => (await rect()).height).toBeGreaterThanOrEqual(200);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as Handles).__graph!.labels()))
        .toContain('Bamberg');
      // The legend is there, collapsed over the canvas; opened, it stays over it.
      const legendBox = page.getByTestId('graph-legend-box');
      await expect.poll(() => legendBox.getAttribute('open')).toBeNull();
      await legendBox.getByText('Legende', { exact: true }).click();
      await expect.poll(() => legendBox.getAttribute('open')).toBe('');
      await expect
        .poll(() => page.getByTestId('graph-legend').textContent())
        .toContain('Ausgewählt');
      expect((await rect()).height).toBeGreaterThanOrEqual(200);
      expect(app.errors).toEqual([]);
    });
  });

  it('"Größe nach: Betweenness" changes node sizes and the legend says so', async () => {
    const app = await openApp(session, { path: '?view=graph' });
    const { page } = app;
    await graphReady(page);
    const legend = page.getByTestId('graph-legend');
    await expect.poll(() => legend.textContent()).toContain('Größe nach: Grad');
    const radii = () =>
      page.evaluate(() => {
        const g = (window as unknown as Handles).__graph!;
        return ['bamberg', 'org-universitaet-bamberg', 'paderborn', 'kassel'].map((id) =>
          Math.round(g.nodeScreenRadius(id)! * 100),
        );
      });
    const before = await radii();
    await page.getByLabel('Größe nach').selectOption({ label: 'Betweenness' });
    await expect.poll(() => legend.textContent()).toContain('Größe nach: Betweenness');
    await expect.poll(radii).not.toEqual(before);
    // A shared link keeps it: the URL names the measure, and opening it shows it again.
    await expect.poll(() => new URL(page.url()).searchParams.get('size')).toBe('betweenness');
    await page.reload();
    await graphReady(page);
    await expect.poll(() => legend.textContent()).toContain('Größe nach: Betweenness');
    expect(await page.getByLabel('Größe nach').inputValue()).toBe('betweenness');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
