/**
 * Regional analysis (issue 7): „Was gibt es schon in meiner Nähe?“ from a place that is not
 * a model project, ambiguous and unknown place names, and the cluster slider.
 *
 * The tests of this file run in order on one app (one start instead of four): a person types
 * one place, then an ambiguous one, then an unknown one, then tries the clusters. Each test
 * first brings the app back to the start state through the UI (start-over.ts) and checks it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openLoadedApp, type AppPage, type Session } from './harness';
import { clearNearOrigin, fitGermany, startOver } from './start-over';

let session: Session;
let shared: AppPage;
beforeAll(async () => {
  session = await launch();
  shared = await openLoadedApp(session);
});
afterAll(async () => {
  await shared?.close();
  await session?.close();
});

/**
 * The shared app at the start state (nothing searched, selected or filtered; Germany in view,
 * no analysis overlay), with the „Analyse“ tab open at „Nähe“ and no starting point set.
 */
async function openAnalysis(): Promise<AppPage> {
  const { page } = await startOver(shared);
  await fitGermany(page);
  await clearNearOrigin(page);
  return shared;
}

/** Distinct values of `field` among rendered features of `layer`. */
function rendered(page: Page, layer: string, field: string): Promise<string[]> {
  return page.evaluate(
    ({ layer, field }) => {
      const map = (
        window as unknown as {
          __map: { queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[] };
        }
      ).__map;
      const v = map
        .queryRenderedFeatures({ layers: [layer] })
        .map((f) => String(f.properties[field]));
      return [...new Set(v)].sort();
    },
    { layer, field },
  );
}

async function searchPlace(page: Page, name: string): Promise<void> {
  const input = page.getByLabel('Kommune oder Ort');
  await input.fill(name);
  await input.press('Enter');
}

describe('what already exists near me', () => {
  it('Erlangen (not a model project) lists the nearest projects with distances and maps them', async () => {
    const { page, errors, external } = await openAnalysis();
    await searchPlace(page, 'Erlangen');
    const list = page.getByTestId('near-projects');
    await expect.poll(() => list.locator('li').count()).toBe(5);
    const first = await list.locator('li').first().textContent();
    // Bamberg is the nearest model project, ~35 km away (straight line).
    expect(first).toMatch(/Bamberg\s*3[45] km/);
    await expect.poll(() => page.getByTestId('near-origin').textContent()).toContain('Erlangen');
    // The map shows a line to each of the five projects, with distance labels.
    await expect
      .poll(() => rendered(page, 'analysis-near-line', 'id').then((x) => x.length))
      .toBe(5);
    const lineIds = await rendered(page, 'analysis-near-line', 'id');
    expect(lineIds).toContain('bamberg');
    await expect
      .poll(() => rendered(page, 'analysis-near-distance', 'label'))
      .toContain(first!.match(/(\d+) km/)![0]);
    // Nearest per cooperation form and documents are listed.
    await expect.poll(() => page.getByTestId('near-forms').locator('li').count()).toBe(5);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('an ambiguous name asks which place is meant, with Land and district', async () => {
    const { page, errors } = await openAnalysis();
    await searchPlace(page, 'Mühlhausen');
    const choices = page.getByTestId('near-ambiguous');
    await expect.poll(() => choices.locator('li').count()).toBeGreaterThanOrEqual(3);
    const text = await choices.textContent();
    for (const part of ['Thüringen', 'Bayern', 'Baden-Württemberg', 'Unstrut-Hainich-Kreis'])
      expect(text).toContain(part);
    await choices.getByRole('button', { name: /Thüringen/ }).click();
    await expect.poll(() => page.getByTestId('near-projects').locator('li').count()).toBe(5);
    expect(errors).toEqual([]);
  });

  it('an unknown name says so and suggests close matches', async () => {
    const { page } = await openAnalysis();
    await searchPlace(page, 'Erlngen');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Erlngen' }).count())
      .toBe(1);
    await expect
      .poll(() => page.getByTestId('near-suggestions').textContent())
      .toContain('Erlangen');
  });
});

describe('regional clusters', () => {
  it('moving the distance slider changes the number of clusters shown', async () => {
    const { page, errors } = await openAnalysis();
    await page.getByTestId('analysis-tab-clusters').click();
    const slider = page.getByTestId('cluster-km');
    const items = page.getByTestId('cluster-list').locator(':scope > li');
    const labels = () => rendered(page, 'analysis-cluster-label', 'id').then((x) => x.length);

    await slider.fill('25');
    await expect.poll(() => page.getByTestId('cluster-summary').textContent()).toContain('25 km');
    const at25 = await items.count();
    await slider.fill('100');
    await expect.poll(() => page.getByTestId('cluster-summary').textContent()).toContain('100 km');
    const at100 = await items.count();
    expect(at25).toBeGreaterThan(0);
    expect(at100).toBeGreaterThan(0);
    expect(at100).not.toBe(at25);
    // The map follows (a frame or two later): cluster labels rendered, the 25 km ones gone
    // (collisions may hide some, never add).
    await expect.poll(labels).toSatisfy((n: number) => n > 0 && n <= at100);
    await slider.fill('25');
    await expect.poll(() => items.count()).toBe(at25);
    expect(errors).toEqual([]);
  });
});
