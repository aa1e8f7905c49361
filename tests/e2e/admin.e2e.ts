/**
 * Issue 13, official geography (BKG VG5000) on the production build: nothing of it loads at
 * start; Kalletal (a Gemeinde GeoNames lacks) finds Lemgo and TH OWL; Bamberg at zoom 9 shows
 * Kreis and Gemeinde names; the Partheland area is its seven Gemeinden and the
 * Hamburg–Leipzig–München area three small parts; the white-spot map colours every Kreis and
 * its table lists all 401; a polygon file that fails leaves a note and today's map; no page
 * errors, no request off the origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { area as turfArea, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import {
  launch,
  openApp,
  openLoadedApp,
  renderedNames,
  waitForMap,
  type AppPage,
  type Session,
  waitForState,
} from './harness';
import { clearNearOrigin, fitGermany, showView, startOver as startOverInUi } from './start-over';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

interface Handles {
  __map: import('maplibre-gl').Map;
  __app: { dataset: unknown; selectedId: string | null };
}

async function ready(page: Page): Promise<void> {
  await waitForState(page, () => !!(window as unknown as Handles).__app?.dataset);
  await waitForMap(page);
}

/** Resolves at the next `idle` after the camera jumps (the map has drawn everything). */
function jumpAndIdle(page: Page, center: [number, number], zoom: number): Promise<void> {
  return page.evaluate(
    ({ center, zoom }) =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as Handles).__map;
        map.once('idle', () => resolve());
        map.jumpTo({ center, zoom });
      }),
    { center, zoom },
  );
}

/** Features of a GeoJSON source as the map holds them. */
function sourceData(page: Page, id: string): Promise<FeatureCollection> {
  return page.evaluate(async (id) => {
    const src = (window as unknown as Handles).__map.getSource(id) as
      import('maplibre-gl').GeoJSONSource | undefined;
    return ((await src?.getData()) ?? { type: 'FeatureCollection', features: [] }) as never;
  }, id);
}

/** The consortium area of a project, once the Gemeinden have arrived. */
async function areaOf(page: Page, id: string): Promise<Feature<Polygon | MultiPolygon>> {
  let found: Feature | undefined;
  await expect
    .poll(async () => {
      found = (await sourceData(page, 'mpsc-areas')).features.find((f) => f.properties?.id === id);
      return found?.properties?.shape;
    })
    .toBe('territory');
  return found as Feature<Polygon | MultiPolygon>;
}

const adminFile =
  /\/(gemeinden|kreise)\.topo-[^/]*\.json$|\/gazetteer-[^/]*\.json$|\/gemeinde-borders-[^/]*\.geojson$/;

describe('official geography at start', () => {
  it('loads no Kreis, Gemeinde or gazetteer file at start, and the Kreise at regional zoom', async () => {
    const { page, errors, external, close } = await openApp(session);
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (adminFile.test(r.url())) fetched.push(new URL(r.url()).pathname);
    });
    await ready(page);
    await waitForState(page, () => {
      const map = (window as unknown as Handles).__map;
      return map.queryRenderedFeatures({ layers: ['mpsc-projects-circle'] }).length > 0;
    });
    expect(fetched).toEqual([]);
    await jumpAndIdle(page, [10.5, 50.5], 6.5);
    await expect.poll(() => fetched.some((f) => f.includes('kreise.topo'))).toBe(true);
    expect(fetched.some((f) => f.includes('gemeinden.topo'))).toBe(false);
    expect(fetched.some((f) => f.includes('gemeinde-borders'))).toBe(false);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

/**
 * The tests of this describe run in order on one app (one start instead of four): finding a
 * place, zooming in on a project, looking at consortium areas and the white-spot map are steps
 * a person takes in one sitting. Each test first brings the app back to the start state through
 * the UI (start-over.ts: nothing searched, selected or filtered; „Deutschland einpassen“) and
 * checks it.
 */
describe('official geography', () => {
  let shared: AppPage;
  beforeAll(async () => {
    shared = await openLoadedApp(session);
  });
  afterAll(async () => {
    await shared?.close();
  });
  /** The start state in view `view` (the toolbar's „Karte + Netzwerk“ unless given). */
  async function startOver(view = 'Karte + Netzwerk'): Promise<AppPage> {
    const { page } = await startOverInUi(shared);
    await showView(page, view);
    await fitGermany(page);
    return shared;
  }

  it('„In meiner Nähe“ for Kalletal finds Lemgo and TH OWL', async () => {
    const { page, errors, external } = await startOver();
    await clearNearOrigin(page);
    const input = page.getByLabel('Kommune oder Ort');
    await input.fill('Kalletal');
    await input.press('Enter');
    const list = page.getByTestId('near-projects');
    await expect.poll(() => list.locator('li').count()).toBe(5);
    expect(await list.locator('li').first().textContent()).toContain('Lemgo');
    await expect
      .poll(() => page.getByTestId('near-forms').textContent())
      .toContain('Technische Hochschule Ostwestfalen-Lippe');
    await expect.poll(() => page.getByTestId('near-origin').textContent()).toContain('Kalletal');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('selecting Bamberg shows Kreis and Gemeinde names around it at zoom 9', async () => {
    const { page, errors, external } = await startOver('Karte');
    const search = page.getByRole('combobox', { name: 'Suche' });
    await search.fill('Bamberg');
    await search.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
      .toBe('bamberg');
    await jumpAndIdle(page, [10.89, 49.89], 9);
    await expect
      .poll(() => renderedNames(page, ['admin-kreis-labels'], 'text'))
      .toContain('Landkreis Bamberg');
    // Names of the Gemeinden around Bamberg (several collide with project and partner labels
    // next to the city; the map places the bigger ones first).
    const neighbours = ['Hallstadt', 'Memmelsdorf', 'Bischberg', 'Stegaurach', 'Litzendorf'];
    const around = async () =>
      (await renderedNames(page, ['admin-gemeinde-labels'])).filter((n) => neighbours.includes(n));
    await expect.poll(around).not.toEqual([]);
    expect((await renderedNames(page, ['admin-gemeinde-labels'])).length).toBeGreaterThan(40);
    // Gemeinde and Kreis borders are drawn too.
    const lines = await page.evaluate(() =>
      ['admin-gemeinde-lines', 'admin-kreis-lines-fine'].map(
        (layer) =>
          (window as unknown as Handles).__map.queryRenderedFeatures({ layers: [layer] }).length,
      ),
    );
    expect(lines.every((n) => n > 0)).toBe(true);
    // The project symbol stays on top: at Bamberg's position the project answers first.
    const top = await page.evaluate(() => {
      const map = (window as unknown as Handles).__map;
      const p = map.project([10.90067, 49.89873]);
      return map.queryRenderedFeatures(p)[0]?.layer.id;
    });
    expect(top).toMatch(/^mpsc-projects/);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws Partheland as its seven Gemeinden, and Hamburg–Leipzig–München as three small parts', async () => {
    const { page, errors, external } = await startOver();
    await jumpAndIdle(page, [12.6, 51.3], 9);
    const area = await areaOf(page, 'brandis-partheland');
    const actors = (await sourceData(page, 'mpsc-actors')) as FeatureCollection<Point>;
    const projects = (await sourceData(page, 'mpsc-projects')) as FeatureCollection<Point>;
    const ids = [
      'kommune-brandis',
      'kommune-naunhof',
      'kommune-borsdorf',
      'kommune-grosspoesna',
      'kommune-belgershain',
      'kommune-parthenstein',
      'kommune-machern',
    ];
    const members = actors.features.filter((f) => ids.includes(String(f.properties?.id)));
    expect(members).toHaveLength(7);
    // True seats (the drawn points may be spread apart around a shared seat).
    for (const m of members) {
      const at = [Number(m.properties?.trueLon), Number(m.properties?.trueLat)];
      expect(booleanPointInPolygon(at, area), String(m.properties?.id)).toBe(true);
    }
    for (const p of projects.features)
      if (p.properties?.id !== 'brandis-partheland')
        expect(
          booleanPointInPolygon(p.geometry.coordinates, area),
          `project ${String(p.properties?.id)} inside Partheland`,
        ).toBe(false);
    // Drawn: at Naunhof the fill layer answers (once the map has drawn the area it was just
    // given: the source holding it is not yet the frame showing it).
    const hit = () =>
      page.evaluate(() => {
        const map = (window as unknown as Handles).__map;
        return map
          .queryRenderedFeatures(map.project([12.59, 51.28]), { layers: ['mpsc-areas-fill'] })
          .map((f) => String(f.properties.id));
      });
    await expect.poll(hit).toContain('brandis-partheland');

    // Three separate territories (Hamburg's own islands Neuwerk and Scharhörn are parts of
    // Hamburg, ~100 km out): parts closer than ~200 km make three groups, one per member.
    const hlm = await areaOf(page, 'hamburg-leipzig-muenchen-cut');
    const parts = hlm.geometry.type === 'MultiPolygon' ? hlm.geometry.coordinates : [];
    const groups: number[][][] = [];
    for (const part of parts) {
      const [x, y] = part[0][0];
      const near = groups.find((g) => Math.hypot(g[0][0] - x, (g[0][1] - y) * 1.5) < 3);
      if (near) near.push([x, y]);
      else groups.push([[x, y]]);
    }
    expect(groups).toHaveLength(3);
    const germanyKm2 = 357_600;
    expect(turfArea(hlm) / 1e6 / germanyKm2).toBeLessThan(0.02);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the white-spot map colours every Kreis and its table lists all 401', async () => {
    const { page, errors, external } = await startOver();
    await page.getByRole('tab', { name: 'Analyse' }).click();
    await page.getByRole('tab', { name: 'Weiße Flecken' }).click();
    const rows = page.getByTestId('spots-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(401);
    await expect.poll(() => page.getByTestId('spots-summary').textContent()).toMatch(/von 401/);
    // Every Kreis has its class as feature-state, and the fill layer draws them.
    const classes = await page.evaluate(async () => {
      const map = (window as unknown as Handles).__map;
      const src = map.getSource('admin-kreise') as import('maplibre-gl').GeoJSONSource;
      const fc = (await src.getData()) as FeatureCollection;
      return fc.features.map(
        (f) => map.getFeatureState({ source: 'admin-kreise', id: String(f.properties?.ags) }).cls,
      );
    });
    expect(classes).toHaveLength(401);
    expect(classes.every((c) => typeof c === 'number' && c >= 0 && c <= 4)).toBe(true);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as unknown as Handles).__map.queryRenderedFeatures({
              layers: ['admin-kreise-fill'],
            }).length,
        ),
      )
      .toBeGreaterThan(300);
    // Another kind of cooperation changes the figures: fewer Kreise hold a Digitalagentur.
    const summary = async () => page.getByTestId('spots-summary').textContent();
    const before = await summary();
    await page.getByLabel('Modellprojekt mit …').selectOption('form:digitalagentur');
    await expect.poll(summary).not.toBe(before);
    // The table names the nearest project, and choosing it selects it.
    await rows.first().getByRole('button').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
      .not.toBeNull();
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** A failure injected before the app starts: a start of its own. */
describe('official geography when files fail', () => {
  it('Gemeinde files that fail to load leave a note and today’s map', async () => {
    const { page, external, close } = await openApp(session);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.route(/gemeinden\.topo-[^/]*\.json$/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"Topo' }),
    );
    // The border lines MapLibre's worker fetches itself.
    await page.route(/gemeinde-borders-[^/]*\.geojson$/, (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    await ready(page);
    await jumpAndIdle(page, [12.6, 51.3], 8);
    const note = page.getByTestId('admin-error');
    await expect.poll(() => note.textContent()).toContain('gemeinden.topo.json');
    await expect.poll(() => note.textContent()).toContain('gemeinde-borders.geojson');
    // The consortium areas fall back to today's buffered shapes; the projects still draw.
    await expect
      .poll(async () =>
        (await sourceData(page, 'mpsc-areas')).features.some(
          (f) => f.properties?.id === 'brandis-partheland',
        ),
      )
      .toBe(true);
    const projects = await page.evaluate(
      () =>
        (window as unknown as Handles).__map.queryRenderedFeatures({
          layers: ['mpsc-projects-circle'],
        }).length,
    );
    expect(projects).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    expect(external).toEqual([]);
    await close();
  });
});
