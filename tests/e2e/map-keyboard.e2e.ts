/**
 * Keyboard access to the features on the map (WCAG 2.1.1), against the built app:
 * Shift+Tab from "Deutschland einpassen" reaches the map canvas, whose hint shows the
 * keys; N walks the features in view (hover ring, live region "Name – Typ (n von m)"),
 * Shift+N walks back and wraps; Enter selects like a click (details panel), Esc clears;
 * at a regional zoom the walk reaches members and partners after the projects; at the
 * Germany view it reaches actor clusters ("Gruppe mit …"), and Enter on one zooms in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openApp, waitForMap, waitForMapIdle, type Session, waitForState } from './harness';

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
    hoveredId: string | null;
    dataset: { byId: Map<string, { id: string; name: string; kind: string }> };
  };
}

async function ready(page: Page): Promise<void> {
  await waitForMap(page);
  await waitForState(page, () => {
    const map = (window as unknown as Handles).__map;
    return (
      !!map?.getLayer('mpsc-projects-circle') &&
      map.queryRenderedFeatures({ layers: ['mpsc-projects-circle'] }).length > 0
    );
  });
  await waitForMapIdle(page);
}

const canvasFocused = (page: Page) =>
  page.evaluate(() => document.activeElement === (window as unknown as Handles).__map.getCanvas());

/** Shift+Tab from the fit button until the canvas has focus (real key presses). */
async function tabToCanvas(page: Page): Promise<void> {
  await page.getByTestId('fit-germany').focus();
  for (let i = 0; i < 8 && !(await canvasFocused(page)); i++)
    await page.keyboard.press('Shift+Tab');
  expect(await canvasFocused(page)).toBe(true);
}

const ITEM = /^(.+) – (.+) \((\d+) von (\d+)\)$/;
async function announced(
  page: Page,
): Promise<{ name: string; type: string; n: number; m: number }> {
  const text = ((await page.getByTestId('map-keyboard-live').textContent()) ?? '').trim();
  const m = ITEM.exec(text);
  expect(m, text).not.toBeNull();
  return { name: m![1], type: m![2], n: Number(m![3]), m: Number(m![4]) };
}

/** The hovered node (id, name, kind) and whether its feature-state `hover` is set. */
const hovered = (page: Page) =>
  page.evaluate(() => {
    const { __app: app, __map: map } = window as unknown as Handles;
    const id = app.hoveredId;
    const node = id ? app.dataset.byId.get(id) : undefined;
    if (!id || !node) return null;
    const source = node.kind === 'project' ? 'mpsc-projects' : 'mpsc-actors';
    return {
      id,
      name: node.name,
      kind: node.kind,
      ring: Boolean(map.getFeatureState({ source, id }).hover),
    };
  });

/** Ids the map draws (not hidden) in the current view; a cluster as `cluster:<cluster_id>`. */
const renderedIds = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as Handles).__map;
    const layers = ['mpsc-projects-circle', 'mpsc-actors-circle', 'mpsc-actor-clusters'];
    const ids = map
      .queryRenderedFeatures({ layers: layers.filter((l) => map.getLayer(l)) })
      .filter((f) => !f.state?.hidden)
      .map((f) =>
        f.properties.cluster ? `cluster:${f.properties.cluster_id}` : String(f.properties.id),
      );
    return [...new Set(ids)];
  });

const CLUSTER = /^Gruppe mit (\d+) Mitgliedern und Partnern \((\d+) von (\d+)\)$/;
const liveText = async (page: Page) =>
  ((await page.getByTestId('map-keyboard-live').textContent()) ?? '').trim();

/** Whether the shown hint's box overlaps any of the map's other controls. */
const hintOverlaps = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element | null) => el?.getBoundingClientRect() ?? null;
    const hint = box(document.querySelector('[data-testid="map-keyboard-hint"]'))!;
    const others = [
      '[data-testid="fit-germany"]',
      '[data-testid="legend"]',
      '[data-testid="not-located"]',
      '.maplibregl-ctrl-top-right',
      '.maplibregl-ctrl-bottom-left',
    ];
    return others.filter((sel) => {
      const r = box(document.querySelector(sel));
      return (
        !!r &&
        r.width > 0 &&
        hint.left < r.right &&
        r.left < hint.right &&
        hint.top < r.bottom &&
        r.top < hint.bottom
      );
    });
  });

/** Whether the shown hint box covers the hovered feature's centre on the screen. */
const hintCoversHovered = (page: Page) =>
  page.evaluate(() => {
    const { __app: app, __map: map } = window as unknown as Handles;
    const id = app.hoveredId;
    const f = map
      .queryRenderedFeatures({ layers: ['mpsc-projects-circle', 'mpsc-actors-circle'] })
      .find((x) => String(x.properties.id) === id);
    if (!f || f.geometry.type !== 'Point') throw new Error(`hovered ${id} not rendered`);
    const p = map.project(f.geometry.coordinates as [number, number]);
    const c = map.getCanvas().getBoundingClientRect();
    const h = document.querySelector('[data-testid="map-keyboard-hint"]')!.getBoundingClientRect();
    const x = c.left + p.x;
    const y = c.top + p.y;
    return x >= h.left && x <= h.right && y >= h.top && y <= h.bottom;
  });

describe('map keyboard walk', () => {
  it('reaches the canvas by Tab, walks the projects in view, selects with Enter, clears with Esc', async () => {
    const { page, errors, close } = await openApp(session);
    await ready(page);

    const hint = page.getByTestId('map-keyboard-hint');
    // Before focus the hint is only the (visually hidden) description.
    expect(await hint.evaluate((el) => el.classList.contains('visually-hidden'))).toBe(true);
    await tabToCanvas(page);
    await expect
      .poll(() => hint.evaluate((el) => el.getBoundingClientRect().width))
      .toBeGreaterThan(100);
    expect(await hint.textContent()).toContain('Umschalt+N');
    expect(await hintOverlaps(page)).toEqual([]);
    // The hint is the canvas's accessible description.
    const described = await page.evaluate(() => {
      const c = (window as unknown as Handles).__map.getCanvas();
      return (c.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    });
    expect(described).toContain('Enter');

    await page.keyboard.press('n');
    const first = await announced(page);
    expect(first.n).toBe(1);
    expect(first.m).toBeGreaterThan(1);
    const h1 = await hovered(page);
    expect(h1).not.toBeNull();
    expect(h1!.name).toBe(first.name);
    expect(h1!.kind).toBe('project'); // projects come first
    expect(first.type).toContain('Modellprojekt');
    expect(h1!.ring).toBe(true);
    const inView = await renderedIds(page);
    expect(inView).toContain(h1!.id);
    expect(first.m).toBe(inView.length);

    await page.keyboard.press('n');
    const second = await announced(page);
    expect(second.n).toBe(2);
    expect(second.name).not.toBe(first.name);
    const h2 = await hovered(page);
    expect(h2!.name).toBe(second.name);
    expect(h2!.ring).toBe(true);
    // The ring moved: the first one no longer has it.
    expect(
      await page.evaluate(
        (id) =>
          Boolean(
            (window as unknown as Handles).__map.getFeatureState({ source: 'mpsc-projects', id })
              .hover,
          ),
        h1!.id,
      ),
    ).toBe(false);

    // Back, and back again past the start: wraps to the last item.
    await page.keyboard.press('Shift+N');
    expect(await announced(page)).toEqual(first);
    await page.keyboard.press('Shift+N');
    // (The last item in reading order may be a project, actor or cluster.)
    expect(await liveText(page)).toMatch(new RegExp(`\\(${first.m} von ${first.m}\\)$`));
    await page.keyboard.press('n');
    expect(await announced(page)).toEqual(first);

    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
      .toBe(h1!.id);
    const panel = page.getByTestId('details-panel');
    await expect
      .poll(() => panel.getByRole('heading', { level: 2 }).textContent())
      .toBe(first.name);

    // Focus stays on the canvas; Esc clears the selection and ends the walk.
    expect(await canvasFocused(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
      .toBeNull();
    await expect.poll(() => panel.count()).toBe(0);
    expect(await hovered(page)).toBeNull();
    expect(((await page.getByTestId('map-keyboard-live').textContent()) ?? '').trim()).toBe('');

    // The hint never hides the walked-to feature (it moves right when it would): the
    // first items in reading order lie in the north, where the hint sits.
    // (The closed panel may resize the map: wait for it to settle first.)
    await waitForMapIdle(page);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('n');
      const a = await announced(page);
      expect(a.n).toBe(i + 1);
      await expect.poll(() => hintCoversHovered(page), { message: a.name }).toBe(false);
    }

    // Leaving the canvas hides the hint again.
    await page.keyboard.press('Tab');
    expect(await canvasFocused(page)).toBe(false);
    await expect
      .poll(() => hint.evaluate((el) => el.classList.contains('visually-hidden')))
      .toBe(true);

    expect(errors).toEqual([]);
    await close();
  });

  it('at a regional zoom walks projects first, then members and partners, and Space selects', async () => {
    const { page, errors, close } = await openApp(session, { path: '?view=map' });
    await ready(page);
    // Bamberg at zoom 10: actors are unclustered (cluster max zoom 8).
    await page.evaluate(() =>
      (window as unknown as Handles).__map.jumpTo({ center: [10.9, 49.9], zoom: 10 }),
    );
    await waitForMapIdle(page);
    await tabToCanvas(page);

    await page.keyboard.press('n');
    const start = await announced(page);
    expect(start.m).toBeGreaterThan(2);
    // With the current item shown and the legend open, the hint covers no control.
    expect(await page.getByTestId('legend').isVisible()).toBe(true);
    expect(await hintOverlaps(page)).toEqual([]);
    const kinds: string[] = [];
    const names = new Set<string>();
    for (let i = 0; i < start.m; i++) {
      if (i > 0) await page.keyboard.press('n');
      const a = await announced(page);
      expect(a.n).toBe(i + 1);
      const h = await hovered(page);
      expect(h!.name).toBe(a.name);
      kinds.push(h!.kind);
      await expect.poll(() => hintCoversHovered(page), { message: a.name }).toBe(false);
      names.add(h!.id);
      if (h!.kind !== 'project') expect(a.type).toMatch(/Mitglied|Partner/);
    }
    // Every item once, projects as a prefix, and actors reached.
    expect(names.size).toBe(start.m);
    const firstActor = kinds.indexOf('actor');
    expect(kinds[0]).toBe('project');
    expect(firstActor).toBeGreaterThan(0);
    expect(kinds.slice(firstActor).every((k) => k !== 'project')).toBe(true);
    // One more wraps to the start.
    await page.keyboard.press('n');
    expect(await announced(page)).toEqual(start);

    // Walk to the first actor and select it with Space.
    for (let i = 0; i < firstActor; i++) await page.keyboard.press('n');
    const actor = await announced(page);
    const h = await hovered(page);
    expect(h!.kind).toBe('actor');
    await page.keyboard.press(' ');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
      .toBe(h!.id);
    await expect
      .poll(() =>
        page.getByTestId('details-panel').getByRole('heading', { level: 2 }).textContent(),
      )
      .toBe(actor.name);

    expect(errors).toEqual([]);
    await close();
  });

  it('at the Germany view reaches actor clusters, and Enter zooms in to where one breaks apart', async () => {
    const { page, errors, close } = await openApp(session);
    await ready(page);
    await tabToCanvas(page);
    const zoomBefore = await page.evaluate(() => (window as unknown as Handles).__map.getZoom());

    await page.keyboard.press('n');
    const start = await announced(page);
    expect(start.type).toContain('Modellprojekt');
    const clusters = (await renderedIds(page)).filter((id) => id.startsWith('cluster:'));
    expect(clusters.length).toBeGreaterThan(0);
    expect(start.m).toBe((await renderedIds(page)).length);

    // Walk on until a cluster is announced (at most once around the walk).
    let hit: RegExpExecArray | null = null;
    for (let i = 1; i < start.m && !hit; i++) {
      await page.keyboard.press('n');
      const text = await liveText(page);
      hit = CLUSTER.exec(text);
      if (!hit) expect(text).toMatch(ITEM);
    }
    expect(hit, 'no cluster announced').not.toBeNull();
    const [, count, n, m] = hit!.map(Number);
    expect(count).toBeGreaterThan(1);
    expect(n).toBeGreaterThan(1);
    expect(m).toBe(start.m);
    // Shown in the visible hint too; a cluster has no node, so no hover ring.
    expect(await page.getByTestId('map-keyboard-hint').textContent()).toContain(hit![0]);
    expect(await hovered(page)).toBeNull();

    await page.keyboard.press('Enter');
    // The walk restarts (nothing announced) and the map eases in.
    expect(await liveText(page)).toBe('');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__map.getZoom()))
      .toBeGreaterThan(zoomBefore + 0.5);
    await waitForMapIdle(page);
    const zoomAfter = await page.evaluate(() => (window as unknown as Handles).__map.getZoom());
    expect(zoomAfter).toBeGreaterThan(zoomBefore);
    expect(await page.evaluate(() => (window as unknown as Handles).__app.selectedId)).toBeNull();
    expect(await canvasFocused(page)).toBe(true);

    // The next N starts at the first item of the new view.
    await page.keyboard.press('n');
    await expect.poll(() => liveText(page)).toMatch(/\(1 von \d+\)$/);

    expect(errors).toEqual([]);
    await close();
  });
});
