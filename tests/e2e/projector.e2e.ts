/**
 * The projector theme (issue 16): in presentation mode nothing visible is smaller than
 * PROJECTOR_MIN_TEXT_PX (24 px: a 1080p projector seen from 10 m, see src/lib/projector.ts)
 * — HTML text by its computed style, map labels by the size MapLibre rendered them at,
 * network labels by the font they are drawn with; zoom, layout and ego-network controls
 * are gone; the long step 12 stays inside its card. Leaving restores the regular sizes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, useSession, waitForMap, waitForMapIdle, waitForState } from './harness';
import { PROJECTOR_MIN_TEXT_PX } from '../../src/lib/projector';

const session = useSession();

interface Handles {
  __map: {
    getStyle(): { layers: { id: string; type: string; layout?: Record<string, unknown> }[] };
    queryRenderedFeatures(o: object): { layer: { id: string; layout: Record<string, unknown> } }[];
  };
  __graph?: { labelFonts(): string[]; canvasRect(): { width: number } };
  __story: { index: number; presenting: boolean };
}

/** Every visible text on the page with its computed font size, smallest first. */
function visibleTextSizes(page: Page): Promise<{ px: number; text: string }[]> {
  return page.evaluate(() => {
    const out: { px: number; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      // Visually hidden (inside a 1 × 1 px clipped box) and off-screen text is not seen.
      if (r.width <= 1 || r.height <= 1) continue;
      let clipped = false;
      for (let a: Element | null = el; a && !clipped; a = a.parentElement) {
        const b = a.getBoundingClientRect();
        clipped = getComputedStyle(a).overflow === 'hidden' && (b.width <= 1 || b.height <= 1);
      }
      if (clipped) continue;
      if (r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || r.top >= innerHeight) continue;
      out.push({ px: parseFloat(getComputedStyle(el).fontSize), text: text.slice(0, 60) });
    }
    return out.sort((a, b) => a.px - b.px);
  });
}

/** Sizes (px) of the map labels drawn now, per layer. */
function renderedMapLabelSizes(page: Page): Promise<{ layer: string; px: number }[]> {
  return page.evaluate(() => {
    const map = (window as unknown as Handles).__map;
    const layers = map
      .getStyle()
      .layers.filter((l) => l.type === 'symbol' && l.layout?.['text-field'] !== undefined)
      .map((l) => l.id);
    return map
      .queryRenderedFeatures({ layers })
      .map((f) => ({ layer: f.layer.id, px: Number(f.layer.layout['text-size'] ?? 16) }));
  });
}

const graphLabelSizes = (page: Page) =>
  page.evaluate(() =>
    ((window as unknown as Handles).__graph?.labelFonts() ?? []).map((f) =>
      parseFloat(/([\d.]+)px/.exec(f)![1]),
    ),
  );

async function expectProjectorSizes(page: Page): Promise<void> {
  await waitForMapIdle(page);
  const texts = await visibleTextSizes(page);
  expect(texts.length).toBeGreaterThan(10);
  expect(texts[0].px, `smallest: ${JSON.stringify(texts[0])}`).toBeGreaterThanOrEqual(
    PROJECTOR_MIN_TEXT_PX,
  );
  // The legend is part of it, and readable without scrolling a small box.
  expect(texts.some((t) => t.text === 'Legende')).toBe(true);
  await expect
    .poll(async () => {
      const map = await renderedMapLabelSizes(page);
      return map.length > 0 && Math.min(...map.map((l) => l.px));
    })
    .toBeGreaterThanOrEqual(PROJECTOR_MIN_TEXT_PX);
  const graph = await graphLabelSizes(page);
  if (graph.length) expect(Math.min(...graph)).toBeGreaterThanOrEqual(PROJECTOR_MIN_TEXT_PX);
}

describe('presentation mode on a 1080p projector', () => {
  it('all text at least 24 px, no interaction controls, step 12 stays in its card', async () => {
    const { page, errors, close } = await openApp(session(), {
      viewport: { width: 1920, height: 1080 },
    });
    await waitForMap(page);
    await waitForState(page, () => !!(window as unknown as Handles).__graph?.labelFonts);
    // Before: the regular sizes (the test would pass for nothing otherwise).
    await waitForMapIdle(page);
    expect(Math.min(...(await renderedMapLabelSizes(page)).map((l) => l.px))).toBeLessThan(
      PROJECTOR_MIN_TEXT_PX,
    );
    await expect.poll(async () => (await graphLabelSizes(page)).length).toBeGreaterThan(0);
    expect(Math.min(...(await graphLabelSizes(page)))).toBeLessThan(PROJECTOR_MIN_TEXT_PX);
    expect((await visibleTextSizes(page))[0].px).toBeLessThan(PROJECTOR_MIN_TEXT_PX);

    await page.getByTestId('workshop-menu').click();
    await page.getByTestId('workshop-tab-story').click();
    await page.getByTestId('present').click();
    await page.getByTestId('presentation').waitFor();
    await expect.poll(() => page.getByTestId('step-count').textContent()).toContain('Schritt 1');
    // The network labels follow at the projector size.
    await expect
      .poll(async () => Math.min(...(await graphLabelSizes(page))))
      .toBeGreaterThanOrEqual(PROJECTOR_MIN_TEXT_PX);
    await expectProjectorSizes(page);

    // No zoom buttons, no "Deutschland einpassen", no layout / size / ego-network controls.
    for (const control of [
      page.getByRole('button', { name: 'Vergrößern' }),
      page.getByTestId('fit-germany'),
      page.getByRole('group', { name: 'Netzwerkansicht' }),
    ])
      expect(await control.isVisible()).toBe(false);

    // Step 12 (the longest): its text stays in the card — no sideways overflow; what does not
    // fit vertically scrolls inside the card.
    await page.keyboard.press('9');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('step-count').textContent()).toContain('Schritt 12');
    await expectProjectorSizes(page);
    const card = await page.getByTestId('step-caption').evaluate((el) => {
      const c = el.closest('.card') as HTMLElement;
      const box = c.getBoundingClientRect();
      const before = c.scrollTop;
      c.scrollTop = c.scrollHeight;
      return {
        sideways: c.scrollWidth - c.clientWidth,
        overflowY: getComputedStyle(c).overflowY,
        fits: c.scrollHeight <= c.clientHeight,
        scrolled: c.scrollTop > before,
        inside: box.bottom <= innerHeight && box.right <= innerWidth,
      };
    });
    expect(card.sideways).toBeLessThanOrEqual(0);
    expect(card.inside).toBe(true);
    expect(card.fits || (card.overflowY === 'auto' && card.scrolled)).toBe(true);

    // Leaving restores the regular sizes and the controls.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
    await expect
      .poll(async () => Math.min(...(await renderedMapLabelSizes(page)).map((l) => l.px)))
      .toBeLessThan(PROJECTOR_MIN_TEXT_PX);
    expect(await page.getByRole('button', { name: 'Vergrößern' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});

/** Boxes of the legend, its toggle, the scale and the credits, in page pixels. */
function footBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (sel: string) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return {
      legend: box('[data-testid="legend"]'),
      toggle: box('[data-testid="legend"] button'),
      scale: box('.maplibregl-ctrl-scale'),
      credits: box('footer.attribution'),
    };
  });
}

type Box = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
const inside = (a: Box, b: Box) =>
  a.left >= b.left - 0.5 &&
  a.right <= b.right + 0.5 &&
  a.top >= b.top - 0.5 &&
  a.bottom <= b.bottom + 0.5;

/** What is wrong with the foot of the map: each overlap with the credits, a toggle outside its legend. */
function footFaults(b: Awaited<ReturnType<typeof footBoxes>>): string[] {
  if (!b.legend || !b.toggle || !b.scale || !b.credits) return [`missing: ${JSON.stringify(b)}`];
  const faults: string[] = [];
  for (const name of ['legend', 'toggle', 'scale'] as const)
    if (overlap(b[name]!, b.credits)) faults.push(`${name} over the credits: ${JSON.stringify(b)}`);
  // The toggle sits inside the legend's box, not past its edge.
  if (!inside(b.toggle, b.legend)) faults.push(`toggle outside the legend: ${JSON.stringify(b)}`);
  return faults;
}

describe('presentation mode: the legend, its toggle and the scale stay off the credits', () => {
  it.each([
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ])('at %o, legend open and closed', async (viewport) => {
    const { page, errors, close } = await openApp(session(), { viewport });
    await waitForMap(page);
    await page.getByTestId('workshop-menu').click();
    await page.getByTestId('workshop-tab-story').click();
    await page.getByTestId('present').click();
    await page.getByTestId('presentation').waitFor();
    // The credits at the projector size wrap to several lines: the case that overlapped.
    await expect
      .poll(() =>
        page.evaluate(
          () => getComputedStyle(document.querySelector('footer.attribution')!).fontSize,
        ),
      )
      .toBe('24px');
    const toggle = page.getByTestId('legend').getByRole('button');
    for (const state of ['first', 'toggled'] as const) {
      if (state === 'toggled') {
        const before = await toggle.getAttribute('aria-expanded');
        await toggle.click();
        await expect.poll(() => toggle.getAttribute('aria-expanded')).not.toBe(before);
      }
      // The credits report their height after they wrap (a resize observation), and the
      // foot of the map moves up in the frame after: wait for that state, then name any fault.
      await expect
        .poll(async () => footFaults(await footBoxes(page)), {
          message: `${viewport.width}×${viewport.height}, ${state}`,
        })
        .toEqual([]);
    }
    expect(errors).toEqual([]);
    await close();
  });
});
