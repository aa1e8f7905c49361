/**
 * One rule for the screen's state, and the whole view in a shared link (issue 16), driven
 * as a person would: „near me“ for Grevesmühlen, then the story — no distance line stays;
 * a cluster's fade ends on switching section or fitting Germany; a copied link restores the
 * language, the sidebar tab, the „near me“ origin, the story step and the network's zoom.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  openApp,
  shippedStory,
  useSession,
  waitForMap,
  waitForMapIdle,
  waitForState,
} from './harness';

const session = useSession();
const STORY = shippedStory();

interface Handles {
  __app: {
    dataset: unknown;
    highlightIds: readonly string[];
    colorBy: string;
  };
  __map: {
    getLayer(id: string): unknown;
    queryRenderedFeatures(o: object): unknown[];
    getSource(id: string): { _data?: unknown } | undefined;
  };
  __story: { index: number; story: { steps: unknown[] } | null };
  __graph: { ready: boolean };
}

async function ready(page: Page): Promise<void> {
  await waitForState(page, () => !!(window as unknown as Partial<Handles>).__app?.dataset);
  await waitForMap(page);
}

/** Distance lines („near me“) the map draws now (one per project; tiles may repeat a line). */
function nearLines(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = (window as unknown as Handles).__map;
    if (!map.getLayer('analysis-near-line')) return 0;
    const lines = map.queryRenderedFeatures({ layers: ['analysis-near-line'] }) as {
      properties: { id: string };
    }[];
    return new Set(lines.map((f) => f.properties.id)).size;
  });
}

async function nearMe(page: Page, place: string): Promise<void> {
  await page.getByRole('tab', { name: 'Analyse' }).click();
  const input = page.getByLabel('Kommune oder Ort');
  await input.fill(place);
  await input.press('Enter');
  await expect.poll(() => page.getByTestId('near-origin').textContent()).toContain(place);
}

async function openStoryPanel(page: Page): Promise<void> {
  const menu = page.getByTestId('workshop-menu');
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.getByTestId('workshop-tab-story').click();
}

describe('one rule for the screen', () => {
  it('„near me“ for Grevesmühlen, then the story: no distance line on any slide', async () => {
    const { page, errors, close } = await openApp(session());
    await ready(page);
    await nearMe(page, 'Grevesmühlen');
    await expect.poll(() => nearLines(page)).toBeGreaterThan(0);
    await openStoryPanel(page);
    await page.getByTestId('present').click();
    const title = page.getByTestId('step-title');
    for (let i = 0; i < STORY.steps.length; i++) {
      await expect.poll(() => title.textContent()).toBe(STORY.steps[i].title.de);
      await waitForMapIdle(page);
      expect(await nearLines(page), `step ${i + 1}`).toBe(0);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
    // Leaving the presentation ends the story: no highlight remains.
    expect(
      await page.evaluate(() => (window as unknown as Handles).__app.highlightIds.length),
    ).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('a cluster’s fade ends when the reader switches to communities, and on „Deutschland einpassen“', async () => {
    const { page, close } = await openApp(session());
    await ready(page);
    await page.getByRole('tab', { name: 'Analyse' }).click();
    const highlighted = () =>
      page.evaluate(() => (window as unknown as Handles).__app.highlightIds.length);
    const pickCluster = async () => {
      await page.getByRole('tab', { name: 'Cluster', exact: true }).click();
      await page.getByTestId('cluster-list').getByRole('button').first().click();
      await expect.poll(highlighted).toBeGreaterThan(0);
    };
    await pickCluster();
    await page.getByRole('tab', { name: 'Communities' }).click();
    await expect.poll(highlighted).toBe(0);
    // Community colours belong to the communities section: they end when it is left.
    await page.getByLabel('nach Community').check();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.colorBy))
      .toBe('community');
    await pickCluster();
    expect(await page.evaluate(() => (window as unknown as Handles).__app.colorBy)).toBe('type');
    await page.getByTestId('fit-germany').click();
    await expect.poll(highlighted).toBe(0);
    await close();
  });
});

describe('the whole view in the link', () => {
  it('a copied link restores language, tab, „near me“ origin, story step and network zoom', async () => {
    const { page, close } = await openApp(session());
    await ready(page);
    // Story step 5 from the story panel (not presenting), then „near me“ and a network zoom.
    await openStoryPanel(page);
    await page
      .getByRole('button', { name: new RegExp(`^5\\s+${STORY.steps[4].title.de}`) })
      .click();
    await page.getByTestId('workshop-menu').click();
    await nearMe(page, 'Grevesmühlen');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    const stage = page.getByTestId('graph-stage');
    const box = (await stage.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => new URL(page.url()).searchParams.get('gz')).not.toBeNull();
    const link = page.url();
    const q = new URL(link).searchParams;
    expect(q.get('lang')).toBe('en');
    expect(q.get('tab')).toBe('analysis');
    expect(q.get('near')).toMatch(/^[\d.]+,[\d.]+,.*Grevesmühlen$/);
    expect([q.get('story'), q.get('step')]).toEqual([STORY.id, '5']);
    await close();

    // A fresh reader (German browser, nothing stored) opens the link.
    const other = await openApp(session(), { path: link.slice(link.indexOf('?')) });
    const p2 = other.page;
    await ready(p2);
    await expect
      .poll(() => p2.getByRole('tab', { name: 'Analysis' }).getAttribute('aria-selected'))
      .toBe('true');
    await expect.poll(() => p2.getByTestId('near-origin').textContent()).toContain('Grevesmühlen');
    await expect.poll(() => p2.getByTestId('near-projects').locator('li').count()).toBe(5);
    await expect
      .poll(() => p2.evaluate(() => (window as unknown as Handles).__story.index))
      .toBe(4);
    await openStoryPanel(p2);
    expect(await p2.locator('li[aria-current="step"]').textContent()).toContain(
      STORY.steps[4].title.en,
    );
    // The network shows the same zoom (the link's gz stays as it was).
    await waitForState(p2, () => !!(window as unknown as Partial<Handles>).__graph?.ready);
    await expect.poll(() => new URL(p2.url()).searchParams.get('gz')).toBe(q.get('gz'));
    expect(await p2.evaluate(() => document.documentElement.lang)).toBe('en');
    await other.close();
  });

  it('a link with a camera makes the map there, not over Germany and then moved', async () => {
    // The camera the map was made with, read when the app publishes it right after making it:
    // a script for the next document (CDP, removed again: the page is shared).
    const record = `(() => {
      let map;
      Object.defineProperty(window, '__map', {
        configurable: true,
        get: () => map,
        set: (m) => {
          map = m;
          if (m && !window.__madeAt) {
            const c = m.getCenter();
            window.__madeAt = [c.lng, c.lat, m.getZoom()];
          }
        },
      });
    })()`;
    const { page, errors, close } = await openApp(session(), { path: 'favicon.svg' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.enable');
    const { identifier } = await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
      source: record,
    });
    try {
      await page.goto(new URL('./?sel=bamberg&cam=10.9,49.9,8', page.url()).href);
    } finally {
      await cdp.send('Page.removeScriptToEvaluateOnNewDocument', { identifier });
      await cdp.detach();
    }
    await ready(page);
    const made = await page.evaluate(() => (window as unknown as { __madeAt: number[] }).__madeAt);
    expect(made[0]).toBeCloseTo(10.9, 3);
    expect(made[1]).toBeCloseTo(49.9, 3);
    expect(made[2]).toBeCloseTo(8, 3);
    // The selection from the link is there too, and the camera stayed the link's.
    await expect
      .poll(() => page.getByTestId('details-panel').getByRole('heading').first().textContent())
      .toBe('Bamberg');
    expect(new URL(page.url()).searchParams.get('cam')).toBe('10.9,49.9,8');
    expect(errors).toEqual([]);
    await close();
  });

  it('an old link without the new parameters still opens', async () => {
    const { page, errors, close } = await openApp(session(), {
      path: '?sel=bamberg&r=2020&view=map&cam=10.9,49.9,8',
    });
    await ready(page);
    await expect
      .poll(() => page.getByTestId('details-panel').getByRole('heading').first().textContent())
      .toBe('Bamberg');
    expect(await page.getByRole('status').filter({ hasText: 'nicht übernommen' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
