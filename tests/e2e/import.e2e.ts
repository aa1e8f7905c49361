/**
 * Bring your own data, end to end against the production build (with its CSP): a CSV of real
 * places dropped on the app appears on the map and in the graph; an XSS probe renders as
 * literal text; the imported dataset survives a reload; export and re-import give back
 * identical data.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  downloadBytes,
  featureClientPoint,
  launch,
  openExportMenu,
  waitForMap,
  type AppPage,
  type Session,
  openLoadedApp,
  waitForMapIdle,
  waitForState,
} from './harness';

interface Handles {
  __app: {
    dataset: { nodes: { id: string; name: string }[]; relations: unknown[] } | null;
    select(id: string | null, source?: string): void;
  };
  __graph?: { ready: boolean; n: number; nodeClientPosition(id: string): [number, number] | null };
  __map: { querySourceFeatures(source: string): { properties: Record<string, unknown> }[] };
  __xss?: number;
}

const XSS_IMG = '<img src=x onerror="window.__xss=1">';
const XSS_SCRIPT = '<script>window.__xss=2</script>';
// Real places; Hallstadt and Forchheim are located through the gazetteer (no coordinates).
const CSV = [
  'id;name;kind;staffel;kategorie;land;lat;lon;projekt',
  'smart-testregion;Smart Testregion Oberfranken;Projekt;2021;Interkommunale Kooperation/Landkreis;BY;49,8917;10,8869;',
  'hallstadt;Hallstadt;Kommune;;;BY;;;smart-testregion',
  'forchheim;Forchheim;Kommune;;;BY;;;smart-testregion',
  `xss-img;"${XSS_IMG.replace(/"/g, '""')}";Verein;;;;49,95;10,95;smart-testregion`,
  `xss-script;${XSS_SCRIPT};Verein;;;;49,85;10,80;smart-testregion`,
].join('\r\n');

const w = (page: Page) => page.evaluate.bind(page);

async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
    },
    { name, text },
  );
}

async function confirmImport(page: Page): Promise<void> {
  const confirm = page.getByTestId('import-confirm');
  await confirm.waitFor({ state: 'visible' });
  await confirm.click();
  await page.getByTestId('import-dialog').waitFor({ state: 'hidden' });
}

const nodeNames = (page: Page) =>
  w(page)(() => (window as unknown as Handles).__app.dataset?.nodes.map((n) => n.name) ?? []);

describe('import', () => {
  let session: Session;
  let app: AppPage;
  beforeAll(async () => {
    session = await launch();
    app = await openLoadedApp(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a dropped CSV of real places appears on the map and in the graph', async () => {
    const { page } = app;
    await dropFile(page, 'oberfranken.csv', CSV);
    await confirmImport(page);
    await expect
      .poll(() => nodeNames(page))
      .toEqual(
        expect.arrayContaining(['Smart Testregion Oberfranken', 'Hallstadt', 'Forchheim', XSS_IMG]),
      );
    const ds = await w(page)(() => {
      const d = (window as unknown as Handles).__app.dataset!;
      return { nodes: d.nodes.length, relations: d.relations.length };
    });
    expect(ds).toEqual({ nodes: 5, relations: 4 });
    // Map: the project is in the map's project source.
    await expect
      .poll(() =>
        w(page)(() =>
          (window as unknown as Handles).__map
            .querySourceFeatures('mpsc-projects')
            .map((f) => f.properties.name),
        ),
      )
      .toContain('Smart Testregion Oberfranken');
    // Graph: every imported node has a position on the graph canvas.
    await expect
      .poll(() =>
        w(page)(() => {
          const g = (window as unknown as Handles).__graph;
          if (!g?.ready || g.n !== 5) return null;
          return ['smart-testregion', 'hallstadt', 'forchheim', 'xss-img', 'xss-script'].every(
            (id) => g.nodeClientPosition(id) !== null,
          );
        }),
      )
      .toBe(true);
  });

  it('an XSS probe name renders as literal text', async () => {
    const { page } = app;
    await w(page)(() => (window as unknown as Handles).__app.select('xss-img', 'other'));
    await expect.poll(() => page.getByText(XSS_IMG, { exact: true }).count()).toBeGreaterThan(0);
    await w(page)(() => (window as unknown as Handles).__app.select('xss-script', 'other'));
    await expect.poll(() => page.getByText(XSS_SCRIPT, { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await w(page)(() => (window as unknown as Handles).__xss)).toBeUndefined();
  });

  it('the imported dataset survives a reload', async () => {
    const { page } = app;
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.reload();
    await waitForMap(page);
    await expect
      .poll(() => nodeNames(page))
      .toEqual(expect.arrayContaining(['Smart Testregion Oberfranken', 'Forchheim']));
    const selected = await page.getByTestId('dataset-select').inputValue();
    expect(selected).not.toBe('builtin');
  });

  it('runs under a strict Content-Security-Policy: no violations, inline script blocked', async () => {
    const { page } = app;
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("connect-src 'self'");
    // The app itself (after the reload above, with an imported dataset) caused no violation.
    expect(await w(page)(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    // An injected inline script does not run.
    await w(page)(() => {
      const el = document.createElement('script');
      el.textContent = 'window.__inline = 1';
      document.body.append(el);
    });
    await expect
      .poll(() => w(page)(() => (window as unknown as { __csp: string[] }).__csp.length))
      .toBe(1);
    expect(
      await w(page)(() => (window as unknown as { __inline?: number }).__inline),
    ).toBeUndefined();
    await w(page)(() => ((window as unknown as { __csp: string[] }).__csp = []));
    // Chromium logs the refusal; that is the one console error this test expects.
    expect(app.errors).toEqual([expect.stringContaining('Content Security Policy')]);
    app.errors.splice(0);
  });

  it('export followed by re-import gives back identical data', async () => {
    const { page } = app;
    const exportOnce = async () => {
      await openExportMenu(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('dataset-export').click(),
      ]);
      return (await downloadBytes(download)).toString('utf8');
    };
    const first = await exportOnce();
    const bundle = JSON.parse(first);
    expect(bundle.format).toBe('kooperationsatlas/data-package');
    expect(
      bundle.actors.features.map((f: { properties: { name: string } }) => f.properties.name),
    ).toContain(XSS_SCRIPT);
    await page.getByRole('button', { name: 'Daten importieren' }).click();
    await page.getByTestId('import-input').setInputFiles({
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(first),
    });
    await confirmImport(page);
    await expect.poll(() => page.getByTestId('dataset-select').locator('option').count()).toBe(3);
    const second = await exportOnce();
    expect(second).toBe(first);
    // The next test uses this page: close the panel (on an 800 px high window it covers the
    // map legend, as it would for a person).
    await openExportMenu(page, false);
    await expect
      .poll(() => page.getByTestId('export-menu').getAttribute('aria-expanded'))
      .toBe('false');
    expect(app.errors).toEqual([]);
    expect(app.external).toEqual([]);
  });

  it('a dense import (over 5,000 connections) draws thin solid lines, and the legend says so', async () => {
    const { page } = app;
    const rows = ['id;name;kind;staffel;kategorie;land;lat;lon;projekt'];
    rows.push('dicht;Dichtes Netz;Projekt;2020;Großstadt;HE;50,11;8,68;');
    for (let i = 0; i < 5_001; i++) {
      const lat = (47.6 + ((i * 7) % 690) / 100).toFixed(2).replace('.', ',');
      const lon = (6.2 + ((i * 13) % 840) / 100).toFixed(2).replace('.', ',');
      rows.push(`p${i};Partner ${i};Verein;;;;${lat};${lon};dicht`);
    }
    await dropFile(page, 'dicht.csv', rows.join('\r\n'));
    await confirmImport(page);
    await expect
      .poll(() => w(page)(() => (window as unknown as Handles).__app.dataset?.relations.length))
      .toBe(5_001);
    const legend = page.getByTestId('legend');
    const show = legend.getByRole('button', { name: 'Legende ausklappen' });
    if (await show.isVisible()) await show.click();
    await expect
      .poll(() => legend.innerText())
      .toContain('Mehr als 5.000 Verbindungen: dünn und ohne Strichelung gezeichnet');
    const text = await legend.innerText();
    expect(text).toContain('Projekt – Partner (hellgrau)');
    expect(text).not.toContain('Projekt – Partner (gestrichelt)');
    // The map's relation layers use the plain line shader: no dasharray.
    const dash = () =>
      w(page)(() =>
        (
          window as unknown as { __map: { getPaintProperty(l: string, p: string): unknown } }
        ).__map.getPaintProperty('mpsc-relations-partner', 'line-dasharray'),
      );
    await expect.poll(dash).toBeUndefined();
    // Back to the programme's data: dashes and the regular legend return, without errors.
    await page.getByTestId('dataset-select').selectOption({ index: 0 });
    await expect.poll(() => legend.innerText()).toContain('Projekt – Partner (gestrichelt)');
    await expect.poll(dash).toBeDefined();
    expect(await legend.innerText()).not.toContain('Mehr als 5.000 Verbindungen');
    expect(app.errors).toEqual([]);
  });
  it('a dataset of projects only: after a reload, its projects answer hover and click', async () => {
    // No actors: after a new start the actor layers never join the map (ProjectLayers adds a
    // layer once its source has data). The file's app (the last test: this import stays the
    // active dataset); opened again without the previous view's link, whose camera may not
    // show these projects.
    const { page } = app;
    const errorsBefore = app.errors.length;
    const csv = [
      'id;name;kind;staffel;kategorie;land;lat;lon;projekt',
      'ofr;Smart Region Oberfranken;Projekt;2021;Interkommunale Kooperation/Landkreis;BY;49,89;10,89;',
      'ruhr;Smart Region Ruhr;Projekt;2020;Großstadt;NW;51,51;7,47;',
    ].join('\r\n');
    await dropFile(page, 'projekte.csv', csv);
    await confirmImport(page);
    await page.goto(page.url().split('?')[0]);
    await waitForState(page, () => {
      const h = window as unknown as {
        __app?: { dataset: { nodes: unknown[] } | null };
        __map?: { getLayer(id: string): unknown; queryRenderedFeatures(o: object): unknown[] };
      };
      return (
        h.__app?.dataset?.nodes.length === 2 &&
        !!h.__map?.getLayer('mpsc-projects-circle') &&
        h.__map.queryRenderedFeatures({ layers: ['mpsc-projects-circle'] }).length === 2
      );
    });
    await waitForMapIdle(page);
    const at = await featureClientPoint(page, 'mpsc-projects', 'ofr');
    await page.mouse.move(at.x - 40, at.y - 40);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await page.getByText('Smart Region Oberfranken', { exact: true }).first().waitFor();
    await page.mouse.click(at.x, at.y);
    await page.getByRole('heading', { name: 'Smart Region Oberfranken' }).waitFor();
    expect(app.errors.slice(errorsBefore)).toEqual([]);
    expect(app.external).toEqual([]);
  });
});
