/**
 * The network view against the production build with test handles: it draws
 * the real dataset, a click selects a node (and the map shows the same
 * selection through feature-state), the keyboard path works, and switching
 * layouts leaves no page errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, useSession, waitForMap, type AppPage, waitForState } from './harness';
import { backToStart } from './start-over';

interface Handles {
  __app: {
    selectedId: string | null;
    dataset: { nodes: { id: string; kind: string; staffel?: number }[] } | null;
    layoutMode: string;
  };
  __graph?: {
    ready: boolean;
    mode: string;
    n: number;
    m: number;
    nodeClientPosition(id: string): [number, number] | null;
    labels(): string[];
    visibleNodeIds(): string[];
    canvasRect(): { left: number; top: number; width: number; height: number };
    view(): { k: number; x: number; y: number };
    usesWorker: boolean;
  };
  __map: { getFeatureState(f: { source: string; id: string }): Record<string, unknown> };
}
const w = (page: Page) => page.evaluate.bind(page);

async function waitForGraph(page: Page, mode = 'force'): Promise<void> {
  await waitForState(
    page,
    (m) => {
      const g = (window as unknown as Handles).__graph;
      return !!g && g.ready && g.mode === m;
    },
    mode,
  );
}

/** Non-background pixels on the graph canvas (it is transparent where nothing is drawn). */
async function inkedPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('[data-testid="graph-canvas"]')!;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
}

const session = useSession();

describe('network graph', () => {
  // These tests run in order on one app: each goes on from where the one before left it.
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(session());
    await waitForGraph(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('draws the real dataset: every node, in a worker, with pixels on the canvas', async () => {
    const { page } = app;
    const counts = await w(page)(() => {
      const h = window as unknown as Handles;
      return {
        graph: h.__graph!.n,
        data: h.__app.dataset!.nodes.length,
        worker: h.__graph!.usesWorker,
      };
    });
    expect(counts.graph).toBe(counts.data);
    expect(counts.graph).toBeGreaterThan(300);
    expect(counts.worker).toBe(true);
    await expect.poll(() => inkedPixels(page)).toBeGreaterThan(2_000);
  });

  it("clicking the 'Universität Bamberg' node selects it, and the map shows the same selection", async () => {
    const { page } = app;
    const pos = await w(page)(() =>
      (window as unknown as Handles).__graph!.nodeClientPosition('org-universitaet-bamberg'),
    );
    expect(pos).not.toBeNull();
    await page.mouse.click(pos![0], pos![1]);
    await expect
      .poll(() => w(page)(() => (window as unknown as Handles).__app.selectedId))
      .toBe('org-universitaet-bamberg');
    await waitForMap(page);
    await expect
      .poll(() =>
        w(page)(
          () =>
            (window as unknown as Handles).__map.getFeatureState({
              source: 'mpsc-actors',
              id: 'org-universitaet-bamberg',
            }).selected,
        ),
      )
      .toBe(true);
    await expect.poll(() => page.getByTestId('graph-live').textContent()).toContain('Bamberg');
  });

  it('keyboard: arrows walk the neighbours, Enter selects, Escape clears', async () => {
    const { page } = app;
    // Uni Bamberg is selected (previous test); its one neighbour is the Bamberg project.
    await page.getByTestId('graph-stage').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByTestId('graph-live').textContent())
      .toMatch(/Nachbar 1 von \d+: Bamberg/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => w(page)(() => (window as unknown as Handles).__app.selectedId))
      .toBe('bamberg');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByTestId('graph-live').textContent()).toMatch(/Nachbar 1 von/);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => w(page)(() => (window as unknown as Handles).__app.selectedId))
      .toBeNull();
    await expect
      .poll(() => page.getByTestId('graph-live').textContent())
      .toContain('Keine Auswahl');
  });

  it('the stage is a labelled, focusable element', async () => {
    const stage = app.page.getByTestId('graph-stage');
    expect(await stage.getAttribute('tabindex')).toBe('0');
    expect((await stage.getAttribute('aria-label'))?.length).toBeGreaterThan(20);
  });

  it('switching to the geographic layout and back leaves no page errors', async () => {
    const { page } = app;
    await page.getByText('Geografisch', { exact: true }).click();
    await waitForGraph(page, 'geo');
    expect(await w(page)(() => (window as unknown as Handles).__app.layoutMode)).toBe('geo');
    // Geographic layout: Bamberg lies east of Paderborn on screen too.
    const [bamberg, paderborn] = await w(page)(() => {
      const g = (window as unknown as Handles).__graph!;
      return [g.nodeClientPosition('bamberg')!, g.nodeClientPosition('paderborn')!];
    });
    expect(bamberg[0]).toBeGreaterThan(paderborn[0]);
    await page.getByText('Nach Typ', { exact: true }).click();
    await waitForGraph(page, 'type');
    await page.getByText('Kräfte', { exact: true }).click();
    await waitForGraph(page, 'force');
    await expect.poll(() => inkedPixels(page)).toBeGreaterThan(2_000);
    expect(app.errors).toEqual([]);
    expect(app.external).toEqual([]);
  });
});

describe('network graph with animated transitions', () => {
  it('morphs between layouts without page errors when motion is allowed', async () => {
    const app = await openApp(session(), { reducedMotion: 'no-preference' });
    await waitForGraph(app.page);
    await app.page.getByText('Geografisch', { exact: true }).click();
    await waitForGraph(app.page, 'geo');
    await app.page.getByText('Kräfte', { exact: true }).click();
    await waitForGraph(app.page, 'force');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('network graph and the other views', () => {
  // These tests run in order on one app, as one person's session: each starts by going back
  // to the start through the UI (`backToStart`) and checking it.
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(session());
    await waitForGraph(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('with the round-2019 filter the graph shows exactly the 13 projects of staffel 2019', async () => {
    const { page } = app;
    await backToStart(app);
    await waitForGraph(page);
    await page.getByRole('checkbox', { name: /^2019/ }).check();
    const expected = await w(page)(() =>
      (window as unknown as Handles).__app
        .dataset!.nodes.filter((n) => n.kind === 'project' && n.staffel === 2019)
        .map((n) => n.id)
        .sort(),
    );
    expect(expected).toHaveLength(13);
    const drawnProjects = () =>
      w(page)(() => {
        const h = window as unknown as Handles;
        const projects = new Set(
          h.__app.dataset!.nodes.filter((n) => n.kind === 'project').map((n) => n.id),
        );
        return h
          .__graph!.visibleNodeIds()
          .filter((id) => projects.has(id))
          .sort();
      });
    await expect.poll(drawnProjects).toEqual(expected);
    // Without the filter every project is drawn again.
    await page.getByRole('checkbox', { name: /^2019/ }).uncheck();
    await expect.poll(async () => (await drawnProjects()).length).toBeGreaterThan(13);
    expect(app.errors).toEqual([]);
  });

  it('selecting Paderborn through the search box centres it in the graph', async () => {
    const { page } = app;
    await backToStart(app);
    await waitForGraph(page);
    const before = await w(page)(() => (window as unknown as Handles).__graph!.view());
    const search = page.getByRole('combobox', { name: 'Suche' });
    await search.fill('Paderborn');
    await search.press('Enter');
    await expect
      .poll(() => w(page)(() => (window as unknown as Handles).__app.selectedId))
      .toBe('paderborn');
    /** Distance of Paderborn from the canvas centre, as a share of the canvas size. */
    const offCentre = () =>
      w(page)(() => {
        const g = (window as unknown as Handles).__graph!;
        const r = g.canvasRect();
        const [x, y] = g.nodeClientPosition('paderborn')!;
        return Math.max(
          Math.abs(x - (r.left + r.width / 2)) / r.width,
          Math.abs(y - (r.top + r.height / 2)) / r.height,
        );
      });
    await expect.poll(offCentre).toBeLessThan(0.15);
    // The view really moved (Paderborn was not already in the middle).
    const after = await w(page)(() => (window as unknown as Handles).__graph!.view());
    expect(after).not.toEqual(before);
    expect(app.errors).toEqual([]);
  });
});
