/**
 * Issue 4, the map view, against the built app: select Bamberg by clicking its projected
 * screen position, read the details panel, clear with Esc; the Partheland consortium area
 * holds all seven member points; no page errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { launch, openApp, waitForMap, type Session } from './harness';
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
  __app: { selectedId: string | null; dataset: unknown };
}

async function waitForProjects(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as Handles).__map;
    return (
      !!map?.getLayer('mpsc-projects-circle') &&
      map.queryRenderedFeatures({ layers: ['mpsc-projects-circle'] }).length > 0
    );
  });
}

async function idle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as Handles).__map;
        if (map.loaded() && !map.isMoving()) resolve();
        map.once('idle', () => resolve());
      }),
  );
}

const selectedState = (page: Page, source: string, id: string) =>
  page.evaluate(
    ({ source, id }) =>
      Boolean((window as unknown as Handles).__map.getFeatureState({ source, id }).selected),
    { source, id },
  );

describe('map view', () => {
  it('selects Bamberg by a click at its projected position, shows partner and document, clears with Esc', async () => {
    const { page, errors, context } = await openApp(session);
    await waitForMap(page);
    await waitForProjects(page);

    // Centre on Bamberg at a regional zoom so no other project symbol overlaps it.
    await page.evaluate(() => {
      const map = (window as unknown as Handles).__map;
      map.jumpTo({ center: [10.9, 49.9], zoom: 9 });
    });
    await idle(page);
    const at = await page.evaluate(async () => {
      const map = (window as unknown as Handles).__map;
      const fc = (await (
        map.getSource('mpsc-projects') as import('maplibre-gl').GeoJSONSource
      ).getData()) as FeatureCollection<Point>;
      const bamberg = fc.features.find((f) => f.properties?.id === 'bamberg')!;
      const p = map.project(bamberg.geometry.coordinates as [number, number]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
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
    // Neighbours are marked related: the university's node and its line.
    const related = await page.evaluate(() => {
      const map = (window as unknown as Handles).__map;
      return {
        node: map.getFeatureState({ source: 'mpsc-actors', id: 'org-universitaet-bamberg' })
          .related,
        line: map.getFeatureState({
          source: 'mpsc-relations',
          id: 'partner:bamberg:org-universitaet-bamberg',
        }).related,
      };
    });
    expect(related).toEqual({ node: true, line: true });

    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
      .toBeNull();
    await expect.poll(() => panel.count()).toBe(0);
    expect(await selectedState(page, 'mpsc-projects', 'bamberg')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the Partheland consortium area around all seven member points', async () => {
    const { page, errors, context } = await openApp(session);
    await waitForMap(page);
    await waitForProjects(page);
    const { area, members } = await page.evaluate(async () => {
      const map = (window as unknown as Handles).__map;
      type Src = import('maplibre-gl').GeoJSONSource;
      const areas = (await (map.getSource('mpsc-areas') as Src).getData()) as FeatureCollection;
      const actors = (await (map.getSource('mpsc-actors') as Src).getData()) as FeatureCollection;
      const ids = [
        'kommune-brandis',
        'kommune-naunhof',
        'kommune-borsdorf',
        'kommune-grosspoesna',
        'kommune-belgershain',
        'kommune-parthenstein',
        'kommune-machern',
      ];
      return {
        area: areas.features.find((f) => f.properties?.id === 'brandis-partheland'),
        members: actors.features.filter((f) => ids.includes(String(f.properties?.id))),
      };
    });
    expect(area).toBeDefined();
    expect(members).toHaveLength(7);
    for (const m of members as Feature<Point>[])
      expect(
        booleanPointInPolygon(m.geometry.coordinates, area as Feature<Polygon | MultiPolygon>),
        String(m.properties?.id),
      ).toBe(true);
    // And the area is drawn: at its centre the fill layer answers.
    const hit = await page.evaluate(() => {
      const map = (window as unknown as Handles).__map;
      map.jumpTo({ center: [12.6, 51.3], zoom: 9 });
      return new Promise<string[]>((resolve) =>
        map.once('idle', () =>
          resolve(
            map
              .queryRenderedFeatures(map.project([12.6, 51.3]), { layers: ['mpsc-areas-fill'] })
              .map((f) => String(f.properties.id)),
          ),
        ),
      );
    });
    expect(hit).toContain('brandis-partheland');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an always-visible legend that collapses, and fits Germany', async () => {
    const { page, errors, context } = await openApp(session);
    await waitForMap(page);
    await waitForProjects(page);
    const legend = page.getByTestId('legend');
    await expect.poll(() => legend.textContent()).toContain('mit Dokument');
    await legend.getByRole('button', { name: 'Legende einklappen' }).click();
    await expect.poll(() => legend.textContent()).not.toContain('mit Dokument');
    expect(await legend.isVisible()).toBe(true);
    await page.evaluate(() =>
      (window as unknown as Handles).__map.jumpTo({ center: [10, 50], zoom: 11 }),
    );
    await page.getByTestId('fit-germany').click();
    await idle(page);
    const zoom = await page.evaluate(() => (window as unknown as Handles).__map.getZoom());
    expect(zoom).toBeLessThan(7);
    expect(errors).toEqual([]);
    await context.close();
  });
});
