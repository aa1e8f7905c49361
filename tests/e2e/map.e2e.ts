/**
 * Issue 4, the map view, against the built app: select Bamberg by clicking its projected
 * screen position, read the details panel, clear with Esc (consortium areas: admin.e2e.ts);
 * the 2019 filter leaves exactly the 13 projects of that
 * call on the map; a search flies the map to its hit; a URL camera wins over the selection
 * and the map writes its camera back; highlights become feature-state; no page errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  featureClientPoint,
  launch,
  openApp,
  waitForMap,
  waitForMapIdle,
  type AppPage,
  type Session,
  waitForState,
} from './harness';
import { backToStart } from './start-over';
import type { Page } from 'playwright-core';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

interface Handles {
  __map: import('maplibre-gl').Map;
  __app: {
    selectedId: string | null;
    highlightIds: readonly string[];
    camera: { lng: number; lat: number; zoom: number } | null;
    dataset: {
      nodes: {
        id: string;
        name: string;
        kind: string;
        staffel?: number;
        coordinates?: [number, number];
      }[];
      relationsOf: Map<string, { kind: string; target: string }[]>;
    };
  };
}

/** Ids of the project discs the map renders (de-duplicated across tiles), sorted. */
const renderedProjectIds = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as Handles).__map;
    const ids = map
      .queryRenderedFeatures({ layers: ['mpsc-projects-circle'] })
      .filter((f) => !f.state?.hidden)
      .map((f) => String(f.properties.id));
    return [...new Set(ids)].sort();
  });

/** Ids of the lines the map draws strong (the selection's, the highlighted): their source. */
function strongLineIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const source = (window as unknown as Handles).__map.getSource('mpsc-relations-focus') as
      import('maplibre-gl').GeoJSONSource | undefined;
    const data = (await source?.getData()) as import('geojson').FeatureCollection | undefined;
    return data?.features.map((f) => String(f.properties?.id)) ?? [];
  });
}

async function waitForProjects(page: Page): Promise<void> {
  await waitForState(page, () => {
    const map = (window as unknown as Handles).__map;
    return (
      !!map?.getLayer('mpsc-projects-circle') &&
      map.queryRenderedFeatures({ layers: ['mpsc-projects-circle'] }).length > 0
    );
  });
}

const selectedState = (page: Page, source: string, id: string) =>
  page.evaluate(
    ({ source, id }) =>
      Boolean((window as unknown as Handles).__map.getFeatureState({ source, id }).selected),
    { source, id },
  );

describe('map view', () => {
  // These tests run in order on one app, as one person's session: each starts by going back
  // to the start through the UI (`backToStart`) and checking it.
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(session);
    await waitForMap(app.page);
    await waitForProjects(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('selects Bamberg by a click at its projected position, shows partner and document, clears with Esc', async () => {
    const { page, errors } = app;
    await backToStart(app);

    // Centre on Bamberg at a regional zoom so no other project symbol overlaps it.
    await page.evaluate(() => {
      const map = (window as unknown as Handles).__map;
      map.jumpTo({ center: [10.9, 49.9], zoom: 9 });
    });
    await waitForMapIdle(page);
    const at = await featureClientPoint(page, 'mpsc-projects', 'bamberg');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.getByTestId('map-tooltip').textContent()).toContain('Bamberg');
    await expect
      .poll(() => page.getByTestId('map-tooltip').textContent())
      .toContain('Staffel 2020');
    await page.mouse.click(at.x, at.y);

    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
      .toBe('bamberg');
    const panel = page.getByTestId('details-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Bamberg');
    const partnerItem = panel.locator('li', { hasText: 'Universität Bamberg' });
    await expect.poll(() => partnerItem.first().textContent()).toContain('Hochschule');
    await expect.poll(() => panel.textContent()).toContain('Weiterleitungsvertrag');
    for (const a of await panel.locator('a[href]').all()) {
      expect(await a.getAttribute('target')).toBe('_blank');
      expect(await a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await a.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    expect(await selectedState(page, 'mpsc-projects', 'bamberg')).toBe(true);
    // Neighbours are marked related (the university's node), and the selection's lines are
    // drawn strong (its line to the university among them).
    const relatedNode = await page.evaluate(
      () =>
        (window as unknown as Handles).__map.getFeatureState({
          source: 'mpsc-actors',
          id: 'org-universitaet-bamberg',
        }).related,
    );
    expect(relatedNode).toBe(true);
    const strongLines = () => strongLineIds(page);
    await expect.poll(strongLines).toContain('partner:bamberg:org-universitaet-bamberg');

    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
      .toBeNull();
    await expect.poll(() => panel.count()).toBe(0);
    expect(await selectedState(page, 'mpsc-projects', 'bamberg')).toBe(false);
    await expect.poll(strongLines).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows an always-visible compact legend that collapses, and fits Germany', async () => {
    const { page, errors } = app;
    // Map view only: the pane is wider than 700 px, so the legend is open (no one has
    // folded it yet in this session).
    await backToStart(app, 'map');
    const legend = page.getByTestId('legend');
    await expect.poll(() => legend.textContent()).toContain('mit Dokument');
    expect(await legend.textContent()).toContain('hervorgehoben');
    expect(await legend.textContent()).toContain('Landesgrenzen');
    const { legendH, paneH } = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="legend"]') as HTMLElement;
      return { legendH: el.offsetHeight, paneH: (el.parentElement as HTMLElement).clientHeight };
    });
    expect(legendH).toBeLessThanOrEqual(Math.ceil(paneH * 0.45) + 1);
    await legend.getByRole('button', { name: 'Legende einklappen' }).click();
    await expect.poll(() => legend.textContent()).not.toContain('mit Dokument');
    expect(await legend.isVisible()).toBe(true);
    await page.evaluate(() =>
      (window as unknown as Handles).__map.jumpTo({ center: [10, 50], zoom: 11 }),
    );
    await page.getByTestId('fit-germany').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__map.getZoom()))
      .toBeLessThan(7);
    expect(errors).toEqual([]);
  });

  it('with the 2019 filter renders exactly the 13 projects of that call at the Germany view', async () => {
    const { page, errors } = app;
    await backToStart(app);
    const expected = await page.evaluate(() =>
      (window as unknown as Handles).__app.dataset.nodes
        .filter((n) => n.kind === 'project' && n.staffel === 2019)
        .map((n) => n.id)
        .sort(),
    );
    expect(expected).toHaveLength(13);
    // Every tile of the Germany view drawn (one showing projects is not enough).
    await expect.poll(async () => (await renderedProjectIds(page)).length).toBeGreaterThan(13);
    await page.getByRole('checkbox', { name: /^2019/ }).check();
    await expect.poll(() => renderedProjectIds(page)).toEqual(expected);
    // Still the Germany view: nothing moved to make the count true.
    expect(await page.evaluate(() => (window as unknown as Handles).__map.getZoom())).toBeLessThan(
      7,
    );
    expect(errors).toEqual([]);
  });

  it('moves the map to Paderborn when it is found with the search box', async () => {
    const { page, errors } = app;
    await backToStart(app);
    const before = await page.evaluate(() => (window as unknown as Handles).__map.getZoom());
    const search = page.getByRole('combobox', { name: 'Suche' });
    await search.fill('Paderborn');
    await search.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
      .toBe('paderborn');
    const view = () =>
      page.evaluate(() => {
        const { __map: map, __app: app } = window as unknown as Handles;
        const pb = app.dataset.nodes.find((n) => n.id === 'paderborn')!;
        const p = map.project(pb.coordinates!);
        const c = map.getCanvas();
        return {
          dx: Math.abs(p.x - c.clientWidth / 2) / c.clientWidth,
          dy: Math.abs(p.y - c.clientHeight / 2) / c.clientHeight,
          zoom: map.getZoom(),
        };
      });
    // The camera moves after the selection: wait for it to arrive, then for the map to settle.
    const arrived = (v: { dx: number; dy: number; zoom: number }) =>
      v.dx < 0.15 && v.dy < 0.15 && v.zoom > before + 2;
    await expect.poll(view).toSatisfy(arrived);
    await waitForMapIdle(page);
    const settled = await view();
    expect(settled).toSatisfy(arrived);
    expect(settled.zoom).toBeLessThanOrEqual(9.001);
    expect(errors).toEqual([]);
  });

  it('fits a consortium with all its members in view, after the details column has opened', async () => {
    const { page, errors } = app;
    await backToStart(app);
    const search = page.getByRole('combobox', { name: 'Suche' });
    await search.fill('5 für Südwestfalen');
    await search.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
      .toBe('5-fuer-suedwestfalen');
    await page.getByTestId('details-panel').waitFor();
    const outside = () =>
      page.evaluate(() => {
        const { __map: map, __app: app } = window as unknown as Handles;
        const c = map.getCanvas();
        const rels = app.dataset.relationsOf.get('5-fuer-suedwestfalen') ?? [];
        return rels
          .filter((r) => r.kind === 'member')
          .map((r) => app.dataset.nodes.find((n) => n.id === r.target)!)
          .filter((n) => {
            const p = map.project(n.coordinates!);
            return p.x < 0 || p.y < 0 || p.x > c.clientWidth || p.y > c.clientHeight;
          })
          .map((n) => n.name);
      });
    // The camera fits after the column has opened: wait for that, then check it stays.
    await expect.poll(outside).toEqual([]);
    await waitForMapIdle(page);
    expect(await outside()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('marks story/analysis highlights as feature-state, and draws the lines between them strong', async () => {
    const { page, errors } = app;
    await backToStart(app);
    const highlighted = (id: string) =>
      page.evaluate(
        (id) =>
          Boolean(
            (window as unknown as Handles).__map.getFeatureState({ source: 'mpsc-projects', id })
              .highlighted,
          ),
        id,
      );
    expect(await highlighted('bamberg')).toBe(false);
    await page.evaluate(() => {
      (window as unknown as Handles).__app.highlightIds = ['bamberg', 'paderborn'];
    });
    await expect.poll(() => highlighted('bamberg')).toBe(true);
    await expect.poll(() => highlighted('paderborn')).toBe(true);
    expect(await highlighted('ulm')).toBe(false);
    await page.evaluate(() => {
      (window as unknown as Handles).__app.highlightIds = ['paderborn'];
    });
    await expect.poll(() => highlighted('bamberg')).toBe(false);
    expect(await highlighted('paderborn')).toBe(true);
    // The line between two highlighted projects is drawn strong; with one end only, none is.
    const udp = 'solution:udp-paderborn:paderborn:moenchengladbach';
    await page.evaluate(() => {
      (window as unknown as Handles).__app.highlightIds = ['paderborn', 'moenchengladbach'];
    });
    await expect.poll(() => strongLineIds(page)).toContain(udp);
    await page.evaluate(() => {
      (window as unknown as Handles).__app.highlightIds = ['paderborn'];
    });
    await expect.poll(() => strongLineIds(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('map view, each opened afresh', () => {
  // A narrow window, a link into the list, a camera in the URL: each starts its own app.
  it('starts with the legend collapsed on a narrow map pane, toggle still shown', async () => {
    const { page, errors, close } = await openApp(session, {
      path: '?view=map',
      viewport: { width: 640, height: 800 },
    });
    await waitForMap(page);
    const legend = page.getByTestId('legend');
    const toggle = legend.getByRole('button', { name: 'Legende ausklappen' });
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await legend.textContent()).not.toContain('mit Dokument');
    await toggle.click();
    await expect.poll(() => legend.textContent()).toContain('mit Dokument');
    expect(errors).toEqual([]);
    await close();
  });

  it('catches up with a selection made in the list when the map is shown again', async () => {
    const { page, errors, close } = await openApp(session, { path: '?view=list' });
    await waitForState(page, () => !!(window as unknown as Handles).__app?.dataset);
    await page.getByRole('button', { name: 'Paderborn auswählen', exact: true }).click();
    await page.getByRole('button', { name: 'Karte', exact: true }).click();
    await waitForMap(page);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const { __map: map, __app: app } = window as unknown as Handles;
          const pb = app.dataset.nodes.find((n) => n.id === 'paderborn')!;
          const p = map.project(pb.coordinates!);
          const c = map.getCanvas();
          return (
            Math.abs(p.x - c.clientWidth / 2) / c.clientWidth < 0.15 &&
            Math.abs(p.y - c.clientHeight / 2) / c.clientHeight < 0.15 &&
            map.getZoom() > 7
          );
        }),
      )
      .toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps a camera from the URL over its selection, and writes its own camera back', async () => {
    const { page, errors, close } = await openApp(session, {
      path: '?sel=paderborn&cam=11.5,50.5,6.5',
    });
    await waitForMap(page);
    await waitForProjects(page);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
      .toBe('paderborn');
    await waitForMapIdle(page);
    const cam = await page.evaluate(() => {
      const map = (window as unknown as Handles).__map;
      return { ...map.getCenter(), zoom: map.getZoom() };
    });
    expect(cam.lng).toBeCloseTo(11.5, 3);
    expect(cam.lat).toBeCloseTo(50.5, 3);
    expect(cam.zoom).toBeCloseTo(6.5, 2);
    await page.evaluate(() =>
      (window as unknown as Handles).__map.jumpTo({ center: [9.25, 52.125], zoom: 7.5 }),
    );
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('cam')))
      .toBe('9.25,52.125,7.5');
    expect(await page.evaluate(() => (window as unknown as Handles).__app.camera)).toEqual({
      lng: 9.25,
      lat: 52.125,
      zoom: 7.5,
    });
    expect(errors).toEqual([]);
    await close();
  });
});
