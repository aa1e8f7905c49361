/**
 * Issue 19, against the built app: selecting Paderborn shows the urban data platform it
 * shares with Mönchengladbach as a line on the map (its own style, a legend entry) and in the
 * details ("nutzt die Lösung von Paderborn"), with sources and a check date; a partner moved
 * from its project to its sourced seat (bee smart city, Bochum's partner, seated in Mülheim an
 * der Ruhr) is drawn there and its reach is no longer 0 km.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Page } from 'playwright-core';
import {
  launch,
  openApp,
  waitForMap,
  waitForMapIdle,
  type AppPage,
  type Session,
  waitForState,
} from './harness';
import { backToStart, searchAndSelect } from './start-over';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

interface Handles {
  __map: import('maplibre-gl').Map;
  __app: { selectedId: string | null; dataset: unknown; camera: unknown };
}

const UDP_LINE = 'solution:udp-paderborn:paderborn:moenchengladbach';
const BEE = 'org-bee-smart-city';

/** Features of one GeoJSON source of the map, as the app set them. */
function sourceData<T extends FeatureCollection>(page: Page, source: string): Promise<T> {
  return page.evaluate(async (source) => {
    const map = (window as unknown as Handles).__map;
    return (await (
      map.getSource(source) as import('maplibre-gl').GeoJSONSource
    ).getData()) as unknown as T;
  }, source) as Promise<T>;
}

async function waitForRelations(page: Page): Promise<void> {
  await waitForState(page, () => {
    const map = (window as unknown as Handles).__map;
    return !!map?.getLayer('mpsc-relations-solution') && !!map.getSource('mpsc-relations');
  });
}

/** Great-circle distance in km (haversine), enough to tell two cities apart. */
function km([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe('shared solutions between projects', () => {
  // These tests run in order on one app, as one person's session: each starts by going back
  // to the start through the UI (`backToStart`) and checking it.
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp(session);
    await waitForMap(app.page);
    await waitForRelations(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('selecting Paderborn shows the data platform shared with Mönchengladbach on the map and in the details', async () => {
    const { page, errors, external } = app;
    await backToStart(app);
    const camera = () =>
      page.evaluate(() => JSON.stringify((window as unknown as Handles).__app.camera));
    const germany = await camera();
    await searchAndSelect(page, 'Paderborn', 'paderborn');
    // The map fits the selection a frame later (once the details column has opened): let it
    // arrive before moving the camera to where both ends of the line are in view.
    await expect.poll(camera).not.toBe(germany);

    // The map: a solution line from Paderborn to Mönchengladbach, among the selection's strong
    // lines, and drawn in the solution layer once both ends are in view.
    const lines = await sourceData<FeatureCollection<LineString>>(page, 'mpsc-relations');
    const udp = lines.features.find((f) => f.properties?.id === UDP_LINE);
    expect(udp?.properties).toMatchObject({
      kind: 'solution',
      source: 'paderborn',
      target: 'moenchengladbach',
    });
    await expect
      .poll(async () =>
        (
          await sourceData<FeatureCollection<LineString>>(page, 'mpsc-relations-focus').catch(
            () => null,
          )
        )?.features.map((f) => f.properties?.id),
      )
      .toContain(UDP_LINE);
    await page.evaluate(() => {
      (window as unknown as Handles).__map.jumpTo({ center: [7.6, 51.45], zoom: 7 });
    });
    await waitForMapIdle(page);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const map = (window as unknown as Handles).__map;
          return map
            .queryRenderedFeatures({
              layers: ['mpsc-relations-solution', 'mpsc-relations-documented'],
            })
            .filter((f) => f.properties.kind === 'solution')
            .map((f) => String(f.properties.id));
        }),
      )
      .toContain(UDP_LINE);
    // With the details open the pane is narrow and the legend starts folded.
    const legend = page.getByTestId('legend');
    const unfold = legend.getByRole('button', { name: 'Legende ausklappen' });
    if (await unfold.count()) await unfold.click();
    await expect
      .poll(() => legend.textContent())
      .toContain('Geteilte Lösung zwischen Modellprojekten');

    // The details: the solution with Mönchengladbach's role, its sources and check date.
    const panel = page.getByTestId('details-panel');
    const solutions = panel.getByTestId('solutions');
    await expect.poll(() => solutions.textContent()).toContain('Urbane Datenplattform Paderborn');
    const udpItem = solutions.locator(':scope > li', {
      hasText: 'Urbane Datenplattform Paderborn',
    });
    const text = (await udpItem.textContent()) ?? '';
    expect(text).toMatch(/Mönchengladbach\s*–\s*nutzt die Lösung von Paderborn/);
    expect(text).toContain('Quellen geprüft am');
    expect(await udpItem.locator('a[href*="kommune21.de"]').count()).toBeGreaterThan(0);
    for (const a of await panel.locator('a[href]').all()) {
      expect(await a.getAttribute('target')).toBe('_blank');
      expect(await a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // Following the other project from the details selects it.
    await udpItem.getByRole('button', { name: 'Mönchengladbach' }).first().click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
      .toBe('moenchengladbach');
    await expect.poll(() => solutions.textContent()).toContain('Paderborn');

    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a partner moved to its sourced seat is drawn there, and its reach is no longer 0 km', async () => {
    const { page, errors } = app;
    await backToStart(app);
    await searchAndSelect(page, 'Bochum', 'bochum');
    await waitForState(page, () => !!(window as unknown as Handles).__map.getSource('mpsc-actors'));

    // Drawn at Mülheim an der Ruhr (~25 km from Bochum), not at its project.
    const actors = await sourceData<FeatureCollection<Point>>(page, 'mpsc-actors');
    const projects = await sourceData<FeatureCollection<Point>>(page, 'mpsc-projects');
    const bee = actors.features.find((f) => f.properties?.id === BEE);
    const bochum = projects.features.find((f) => f.properties?.id === 'bochum');
    expect(bee && bochum).toBeTruthy();
    const apart = km(bee!.geometry.coordinates, bochum!.geometry.coordinates);
    expect(apart).toBeGreaterThan(15);
    expect(apart).toBeLessThan(40);
    const mulheim = [6.88, 51.43];
    expect(km(bee!.geometry.coordinates, mulheim)).toBeLessThan(3);

    // Reach of Bochum: bee smart city is a row with a distance above 0 km.
    await page.getByRole('tab', { name: 'Analyse' }).click();
    await page.getByTestId('analysis-tab-reach').click();
    const row = page.locator('tr', { hasText: 'bee smart city' });
    await expect.poll(() => row.count()).toBe(1);
    const cell = (await row.locator('td.num').textContent()) ?? '';
    const distance = Number(/(\d+(?:,\d+)?)\s*km/.exec(cell)?.[1].replace(',', '.'));
    expect(distance).toBeGreaterThan(15);
    expect(distance).toBeLessThan(40);

    // Its details name the seat, with the sources for it.
    await searchAndSelect(page, 'bee smart city', BEE);
    const seat = page.getByTestId('details-panel').getByTestId('actor-seat');
    await expect.poll(() => seat.textContent()).toContain('Mülheim an der Ruhr');
    expect(await seat.locator('a[href*="wo-was.de"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
