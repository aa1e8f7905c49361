/**
 * Workshop mode (issue 8) against the production build: the default story
 * played with the keyboard, the PNG export, offline reload through the service
 * worker, proposals surviving a reload, and a broken story file.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import {
  downloadBytes,
  launch,
  openApp,
  pickNode,
  openExportMenu,
  waitForMap,
  type Session,
  waitForState,
} from './harness';
import { parseCaption } from '../../src/lib/story/format';
import { pngSize } from '../../src/lib/export/png';
import type { Story } from '../../src/lib/story/schema';

const STORY = JSON.parse(
  readFileSync('data/stories/interkommunale-kooperation.json', 'utf8'),
) as Story;

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

interface Handles {
  __app: {
    selectedId: string | null;
    highlightIds: readonly string[];
    visible: { nodes: Set<string>; relations: Set<string> };
    select(id: string | null, source?: string): void;
    dataset: {
      byId: ReadonlyMap<string, { id: string; coordinates: [number, number] }>;
    } | null;
  };
  __story: { story: Story | null; index: number; presenting: boolean };
  __map: {
    getCenter(): { lng: number; lat: number };
    getZoom(): number;
    project(p: [number, number]): { x: number; y: number };
    getContainer(): HTMLElement;
  };
}

async function ready(page: Page): Promise<void> {
  await waitForState(page, () => {
    const w = window as unknown as Partial<Handles>;
    return !!w.__story?.story && w.__story.story.steps.length > 0;
  });
  await waitForMap(page);
}

/** Caption text without formatting or whitespace, as the DOM shows it. */
/**
 * The highlighted nodes (not relations) and the selection that lie outside the map's free
 * area — its size less the controls over its foot — with their screen position in px.
 */
function subjectOutsideMap(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    const w = window as unknown as Handles;
    const box = w.__map.getContainer();
    const width = box.clientWidth;
    const free =
      box.clientHeight -
      (box.querySelector<HTMLElement>('.maplibregl-ctrl-bottom-left')?.offsetHeight ?? 0);
    return [...w.__app.highlightIds, w.__app.selectedId ?? '']
      .map((id) => w.__app.dataset?.byId.get(id))
      .filter((n) => n !== undefined)
      .map((n) => ({ id: n.id, ...w.__map.project(n.coordinates) }))
      .filter((p) => p.x < 0 || p.x > width || p.y < 0 || p.y > free)
      .map(({ id, x, y }) => ({ id, x, y }));
  });
}

const squash = (s: string) => s.replace(/\s+/g, '');
function expectedCaption(text: string): string {
  return squash(
    parseCaption(text)
      .flatMap((b) => (b.kind === 'p' ? [b.inlines] : b.items))
      .flat()
      .map((i) => (i.kind === 'br' ? '' : i.text))
      .join(''),
  );
}

async function openWorkshop(page: Page, tab: 'story' | 'proposals'): Promise<void> {
  const menu = page.getByTestId('workshop-menu');
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.getByTestId(`workshop-tab-${tab}`).click();
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  return downloadBytes(dl);
}

describe('workshop: the default story', () => {
  it('plays from the first to the last step with the keyboard; captions and highlights match', async () => {
    const { page, errors, close } = await openApp(session);
    await ready(page);
    await openWorkshop(page, 'story');
    await page.getByTestId('present').click();
    const title = page.getByTestId('step-title');
    const caption = page.getByTestId('step-caption');
    const total = STORY.steps.length;
    expect(total).toBeGreaterThanOrEqual(13);

    for (let i = 0; i < total; i++) {
      const step = STORY.steps[i];
      await expect.poll(() => title.textContent()).toBe(step.title.de);
      expect(squash((await caption.textContent()) ?? '')).toBe(expectedCaption(step.caption.de));
      expect(await page.getByTestId('step-count').textContent()).toContain(
        `Schritt ${i + 1} von ${total}`,
      );
      const state = await page.evaluate(() => {
        const w = window as unknown as Handles;
        const c = w.__map.getCenter();
        return {
          highlight: [...w.__app.highlightIds],
          hidden: w.__app.highlightIds.filter(
            (id) => !w.__app.visible.nodes.has(id) && !w.__app.visible.relations.has(id),
          ),
          selected: w.__app.selectedId,
          camera: { lng: c.lng, lat: c.lat, zoom: w.__map.getZoom() },
        };
      });
      expect(state.highlight).toEqual(step.highlight);
      // Every highlighted node and relation passes the step's own filters.
      expect(state.hidden).toEqual([]);
      expect(state.selected).toBe(step.selected);
      if (step.camera) {
        // Reduced motion: the map jumps, so the camera is there at once: the step's own,
        // or, where its subject would not fit on this screen beside the slide text, a
        // camera that fits it, never closer than the step's.
        expect(state.camera.zoom).toBeLessThanOrEqual(step.camera.zoom + 0.01);
        // Either way, everything the step is about is on the map, clear of the credits —
        // once the map has its size and the camera its place (the credits report their
        // height by a resize observation; the camera follows in the frame after).
        await expect.poll(() => subjectOutsideMap(page)).toEqual([]);
      }
      await page.keyboard.press(i % 2 ? 'Space' : 'ArrowRight');
    }
    // Past the end: stays on the last step.
    await expect.poll(() => title.textContent()).toBe(STORY.steps[total - 1].title.de);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => title.textContent()).toBe(STORY.steps[total - 2].title.de);
    await page.keyboard.press('3');
    await expect.poll(() => title.textContent()).toBe(STORY.steps[2].title.de);
    // The projector theme is on while presenting.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');

    // Esc leaves the presentation and does not clear the selection.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('presentation').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as Handles).__app.selectedId)).toBe(
      STORY.steps[2].selected,
    );
    expect(await page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBeNull();
    expect(errors).toEqual([]);
    await close();
  });

  it('"Zurück zur Folie" restores the step after free exploration', async () => {
    const { page, close } = await openApp(session);
    await ready(page);
    await openWorkshop(page, 'story');
    await page.getByTestId('present').click();
    // The slide loads on first use (its keys with it): a person presses keys once it shows.
    await page.getByTestId('presentation').waitFor();
    await page.keyboard.press('2');
    const step = STORY.steps[1];
    await expect.poll(() => page.getByTestId('step-title').textContent()).toBe(step.title.de);
    expect(await page.getByTestId('restore-step').count()).toBe(0);
    await page.evaluate(() => (window as unknown as Handles).__app.select('bamberg', 'map'));
    await page.getByTestId('restore-step').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Handles).__app.selectedId))
      .toBe(step.selected);
    await expect.poll(() => page.getByTestId('restore-step').count()).toBe(0);
    await close();
  });
});

describe('workshop: exports', () => {
  it('exports map and graph side by side as a 3200×1800 PNG', async () => {
    const { page, errors, close } = await openApp(session);
    await ready(page);
    await openExportMenu(page);
    const bytes = await downloaded(page, () => page.getByTestId('export-png-both').click());
    expect(pngSize(new Uint8Array(bytes))).toEqual({ width: 3200, height: 1800 });
    // A figure with content, not a blank canvas: compressed size well above an empty image.
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('workshop: proposals', () => {
  it('"Von" and "Mit" are searchable pickers: each actor once, with type and place', async () => {
    const { page, errors, close } = await openApp(session);
    await ready(page);
    await openWorkshop(page, 'proposals');
    // The panel says what the app does: proposals are in the map and the network.
    expect(await page.getByTestId('proposal-form').locator('..').textContent()).toContain(
      'Karte, Netzwerk',
    );
    const from = page.getByTestId('proposal-from');
    await from.getByRole('combobox', { name: 'Von' }).fill('Wismar');
    const options = from.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    // Type and place (the Gemeinde from the gazetteer, loaded on focus, and the Land).
    const metas = () => from.locator('[role=option] .meta').allTextContents();
    await expect
      .poll(async () => (await metas()).every((m) => m.split(' · ').length >= 2))
      .toBe(true);
    const texts = (await options.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(new Set(texts).size).toBe(texts.length);
    const wismar = texts.find((t) => t.startsWith('Hochschule Wismar'));
    expect(wismar, JSON.stringify(texts)).toMatch(/Hochschule · .*Mecklenburg-Vorpommern/);
    // Keyboard: the first option, Enter.
    await from.getByRole('combobox').press('ArrowDown');
    await from.getByRole('combobox').press('Enter');
    await expect.poll(() => from.getByRole('status').textContent()).toMatch(/^Gewählt: /);
    const chosen = (await from.getByRole('combobox').inputValue()).trim();
    // "Mit" leaves out what "Von" holds.
    const to = page.getByTestId('proposal-to');
    await to.getByRole('combobox', { name: 'Mit' }).fill(chosen);
    await to.locator('.popup').waitFor();
    const toNames = await to.locator('[role=option] .name').allTextContents();
    expect(toNames).not.toContain(chosen);
    // A new actor is placed by typing its place (the gazetteer), not only by a map click.
    await page.getByTestId('proposal-mode-new').check();
    await page.getByTestId('proposal-new-name').fill('Bürgerenergie Grevesmühlen eG');
    await page.getByTestId('proposal-new-type').fill('Genossenschaft');
    await page.getByTestId('proposal-place-name').fill('Grevesmühlen');
    const placeIt = page.getByRole('button', { name: 'Dort setzen' });
    await expect.poll(() => placeIt.isEnabled()).toBe(true);
    await placeIt.click();
    await expect
      .poll(() => page.getByText(/^Gesetzt in /).textContent())
      .toBe('Gesetzt in Stadt Grevesmühlen, Mecklenburg-Vorpommern');
    await page.getByTestId('proposal-add').click();
    await expect
      .poll(() => page.getByTestId('proposal-list').textContent())
      .toContain('Bürgerenergie Grevesmühlen eG');
    expect(errors).toEqual([]);
    await close();
  });

  it('the disabled "Vorschlag hinzufügen" says what is still missing, in German and English', async () => {
    const { page, errors, close } = await openApp(session);
    await ready(page);
    await openWorkshop(page, 'proposals');
    const add = page.getByTestId('proposal-add');
    await add.waitFor();
    expect(await add.textContent()).toBe('Vorschlag hinzufügen');
    const why = page.getByTestId('proposal-add-why');
    expect(await add.isDisabled()).toBe(true);
    // Visible under the button, and its accessible description and tooltip.
    expect(await why.textContent()).toBe(
      'Zum Hinzufügen fehlt noch: bei „Von“ einen Akteur auswählen; bei „Mit“ einen Akteur auswählen.',
    );
    const described = () =>
      add.evaluate((b) =>
        (b.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    expect(await described()).toBe(await why.textContent());
    expect(await add.getAttribute('title')).toBe(await why.textContent());
    await pickNode(page, 'proposal-from', 'Bamberg');
    await expect
      .poll(() => why.textContent())
      .toBe('Zum Hinzufügen fehlt noch: bei „Mit“ einen Akteur auswählen.');
    // A new actor names each field it still lacks.
    await page.getByTestId('proposal-mode-new').check();
    await page.getByTestId('proposal-new-name').fill('Bürgerenergie eG');
    await expect.poll(() => why.textContent()).toContain('bei „Mit“ die Art des neuen Akteurs');
    expect(await why.textContent()).toContain('bei „Mit“ den Ort des neuen Akteurs');
    expect(await why.textContent()).not.toContain('Namen');
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => why.textContent())
      .toBe(
        'Still needed to add it: the new actor’s type under “With”; the new actor’s place under “With” (type it or set it on the map).',
      );
    expect(await described()).toBe(await why.textContent());
    await page.getByTestId('proposal-new-type').fill('Genossenschaft');
    await page.getByTestId('proposal-place-name').fill('Grevesmühlen');
    const placeIt = page.getByRole('button', { name: 'Place it there' });
    await expect.poll(() => placeIt.isEnabled()).toBe(true);
    await placeIt.click();
    // Complete: enabled, and no reason left.
    await expect.poll(() => add.isEnabled()).toBe(true);
    expect(await add.textContent()).toBe('Add proposal');
    expect(await why.count()).toBe(0);
    expect(await add.getAttribute('aria-describedby')).toBeNull();
    expect(await add.getAttribute('title')).toBeNull();
    expect(errors).toEqual([]);
    await close();
  });

  it('a proposal survives a reload and is in its CSV export', async () => {
    const { page, close } = await openApp(session);
    await ready(page);
    await openWorkshop(page, 'proposals');
    await pickNode(page, 'proposal-from', 'Bamberg');
    await pickNode(page, 'proposal-to', 'Hochschule Wismar');
    await page
      .getByTestId('proposal-note')
      .fill('Datenplattform; gemeinsam "testen"\nzweite Zeile');
    await page.getByTestId('proposal-add').click();
    await expect.poll(() => page.getByTestId('proposal-list').locator('li').count()).toBe(1);

    await page.reload();
    await ready(page);
    // The proposal is drawn on its own map source, apart from the data.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const map = (window as unknown as { __map: { getSource(id: string): unknown } }).__map;
          return !!map.getSource('workshop-proposals');
        }),
      )
      .toBe(true);
    await openWorkshop(page, 'proposals');
    const item = page.getByTestId('proposal-list').locator('li');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.first().textContent()).toContain('Hochschule Wismar');

    const csv = (await downloaded(page, () => page.getByTestId('proposal-csv').click())).toString(
      'utf8',
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0].split(';')).toContain('status');
    expect(csv).toContain(
      ';vorgeschlagen;bamberg;Bamberg;org-hochschule-wismar;Hochschule Wismar;',
    );
    expect(csv).toContain('"Datenplattform; gemeinsam ""testen""\nzweite Zeile"');
    await close();
  });
});

describe('workshop: bad story input', () => {
  it('names step and field of an unknown id and keeps the valid steps after confirmation', async () => {
    const { page, close } = await openApp(session);
    await ready(page);
    await openWorkshop(page, 'story');
    const bad = structuredClone(STORY);
    bad.id = 'kaputt';
    bad.steps = bad.steps.slice(0, 3);
    bad.steps[1].highlight = ['bamberg', 'gibt-es-nicht'];
    await page.getByTestId('story-import').setInputFiles({
      name: 'kaputt.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const problems = page.getByTestId('story-problems');
    await expect
      .poll(() => problems.textContent())
      .toContain('Schritt 2, Feld „steps[1].highlight[1]“: unbekannte Id „gibt-es-nicht“');
    expect(await page.evaluate(() => (window as unknown as Handles).__story.story?.id)).toBe(
      STORY.id,
    );
    await page.getByRole('button', { name: 'Gültige Schritte übernehmen' }).click();
    const kept = await page.evaluate(() => {
      const s = (window as unknown as Handles).__story.story!;
      return { id: s.id, titles: s.steps.map((x) => x.title.de) };
    });
    expect(kept).toEqual({ id: 'kaputt', titles: [bad.steps[0].title.de, bad.steps[2].title.de] });
    await close();
  });
});

describe('workshop: offline', () => {
  it('after one load, reloads with the network blocked (service worker) and works', async () => {
    const { page, context, errors, close } = await openApp(session, { serviceWorkers: 'allow' });
    await ready(page);
    // The worker registers once the map is ready (src/pwa.ts); `ready` resolves when it is
    // active, its install (the precache) done. This first page stays uncontrolled (no
    // clients.claim); the reload below is controlled, which the test checks.
    const active = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active?.state ?? null;
    });
    expect(active).toMatch(/^(activating|activated)$/);
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    const state = await page.evaluate(() => {
      const w = window as unknown as Handles & { __app: { dataset: { nodes: unknown[] } } };
      return {
        nodes: w.__app.dataset.nodes.length,
        steps: w.__story.story?.steps.length,
        fonts: document.fonts.check('16px "Noto Sans"'),
        controlled: !!navigator.serviceWorker.controller,
      };
    });
    expect(state.controlled).toBe(true);
    expect(state.nodes).toBeGreaterThan(300);
    expect(state.steps).toBe(STORY.steps.length);
    expect(state.fonts).toBe(true);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.setOffline(false);
    await close();
  });
});
