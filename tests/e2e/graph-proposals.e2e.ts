/**
 * Workshop proposals in the network view and on the map, against the production build with
 * test handles: proposals made through the workshop panel (one between two
 * existing nodes, one with a new actor placed on the map) appear in the graph
 * as extra, proposed edges and a node, the legend explains them, hovering the
 * new actor names it, and deleting a proposal takes it out again. A town that is not in
 * the data proposes for itself ("Von" a new actor placed by the gazetteer): on the map, in
 * the network, after a reload, in the CSV and GeoJSON; with "Mit" new as well, and gone
 * from map and network once deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import {
  downloadBytes,
  launch,
  openApp,
  pickNode,
  renderedNames,
  waitForMap,
  type Session,
} from './harness';

interface Handles {
  __app: { selectedId: string | null };
  __proposals: {
    list: {
      id: string;
      fromActor: { name: string; type: string; place?: { key: string } } | null;
      newActor: { name: string } | null;
    }[];
  };
  __graph?: {
    ready: boolean;
    n: number;
    m: number;
    proposedNodes: number;
    proposedEdges: number;
    nodeClientPosition(id: string): [number, number] | null;
    labels(): string[];
  };
}

/** The graph's counts, or null before the graph view has drawn. */
const counts = (page: Page) =>
  page.evaluate(() => {
    const g = (window as unknown as Handles).__graph;
    return g?.ready
      ? { n: g.n, m: g.m, proposedNodes: g.proposedNodes, proposedEdges: g.proposedEdges }
      : null;
  });

async function openProposals(page: Page): Promise<void> {
  const menu = page.getByTestId('workshop-menu');
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.getByTestId('workshop-tab-proposals').click();
}

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

describe('network graph: workshop proposals', () => {
  it('shows proposals made in the workshop as proposed edges and nodes, and drops deleted ones', async () => {
    const { page, errors, close } = await openApp(session);
    await waitForMap(page);
    await expect.poll(() => counts(page)).not.toBeNull();
    const before = (await counts(page))!;
    expect(before.proposedNodes).toBe(0);
    expect(before.proposedEdges).toBe(0);
    const legend = page.getByTestId('graph-legend-proposed');
    expect(await legend.count()).toBe(0);

    // On the map: one proposal between two existing nodes …
    await page.getByRole('button', { name: 'Karte', exact: true }).click();
    await openProposals(page);
    await pickNode(page, 'proposal-from', 'Bamberg');
    await pickNode(page, 'proposal-to', 'Hochschule Wismar');
    await page.getByTestId('proposal-note').fill('Gemeinsame Datenplattform');
    await page.getByTestId('proposal-add').click();
    await expect.poll(() => page.getByTestId('proposal-list').locator('li').count()).toBe(1);

    // … and one with a new actor, placed with a click on the map.
    // "Von" keeps Bamberg.
    await page.getByTestId('proposal-mode-new').check();
    await page.getByTestId('proposal-new-name').fill('Bürgerenergie eG');
    await page.getByTestId('proposal-to-new').getByLabel(/^Art/).fill('Genossenschaft');
    await page.getByTestId('proposal-place').click();
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.6);
    await expect.poll(() => page.getByText(/^Gesetzt bei/).count()).toBe(1);
    await page.getByTestId('proposal-add').click();
    await expect.poll(() => page.getByTestId('proposal-list').locator('li').count()).toBe(2);

    // The network view now has the new actor and two more edges, all marked proposed.
    await page.getByRole('button', { name: 'Netzwerk', exact: true }).click();
    await expect
      .poll(() => counts(page))
      .toEqual({ n: before.n + 1, m: before.m + 2, proposedNodes: 1, proposedEdges: 2 });
    await expect.poll(() => legend.count()).toBe(1);
    expect(await legend.isVisible()).toBe(true);
    expect(await legend.textContent()).toContain('Vorgeschlagen');

    // Hovering the proposed actor names it; clicking it selects nothing and throws nothing.
    const newId = await page.evaluate(
      () => (window as unknown as Handles).__proposals.list.find((p) => p.newActor)!.id,
    );
    // The new graph may still be settling (layout, fit): aim at where the node is now.
    const position = () =>
      page.evaluate((id) => (window as unknown as Handles).__graph!.nodeClientPosition(id), newId);
    let at: [number, number] | null = null;
    await expect
      .poll(async () => {
        at = await position();
        if (!at) return [];
        await page.mouse.move(at[0], at[1]);
        return page.evaluate(() => (window as unknown as Handles).__graph!.labels());
      })
      .toContain('Bürgerenergie eG');
    expect(at).not.toBeNull();
    await page.mouse.click(at![0], at![1]);
    expect(await page.evaluate(() => (window as unknown as Handles).__app.selectedId)).toBeNull();

    // Deleting the new actor's proposal takes its node and edge out of the graph again.
    await openProposals(page);
    await page
      .getByRole('button', { name: /^Vorschlag Bamberg – Bürgerenergie eG löschen$/ })
      .click();
    await expect
      .poll(() => counts(page))
      .toEqual({ n: before.n, m: before.m + 1, proposedNodes: 0, proposedEdges: 1 });
    // No layout failure along the way (the note the view shows then).
    expect(await page.getByTestId('network-graph').getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});

/** The proposal form's end ("Von" or "Kooperation mit"), as a person finds it: by its legend. */
const end = (page: Page, legend: 'Von' | 'Kooperation mit'): Locator =>
  page.getByRole('group', { name: legend, exact: true });

/**
 * Makes one end a new actor as a person would: the "neuem Akteur" choice, name, type, and the
 * place typed into the gazetteer field; waits until the form says where it was placed.
 */
async function newActor(
  page: Page,
  legend: 'Von' | 'Kooperation mit',
  a: { name: string; type: string; place: string; placed: string },
): Promise<void> {
  const group = end(page, legend);
  await group.getByRole('radio', { name: /neuem Akteur/ }).check();
  await group.getByLabel(/^Name des neuen Akteurs/).fill(a.name);
  await group.getByLabel(/^Art/).fill(a.type);
  await group.getByLabel(/^Ort/).fill(a.place);
  const placeIt = group.getByRole('button', { name: 'Dort setzen' });
  // The gazetteer loads when the place field is first focused.
  await expect.poll(() => placeIt.isEnabled()).toBe(true);
  await placeIt.click();
  await expect
    .poll(() => group.getByText(/^Gesetzt in /).textContent())
    .toBe(`Gesetzt in ${a.placed}`);
}

/** The proposals' map features (role, name) as the map source holds them now. */
const mapFeatures = (page: Page) =>
  page.evaluate(async () => {
    const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const src = map.getSource('workshop-proposals') as
      import('maplibre-gl').GeoJSONSource | undefined;
    if (!src) return null;
    const fc = (await src.getData()) as import('geojson').FeatureCollection;
    return fc.features.map((f) => `${f.properties?.role}:${f.properties?.name ?? ''}`).sort();
  });

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  return (await downloadBytes(dl)).toString('utf8');
}

const UPAHL = {
  name: 'Gemeinde Upahl',
  type: 'Kommune',
  // Upahl (Nordwestmecklenburg) is not in the data; the gazetteer knows it by name or AGS.
  place: '13074079',
  placed: 'Upahl, Mecklenburg-Vorpommern',
};

/** The app with map and network drawn, the graph's counts before any proposal, the proposal form open on the map view. */
async function openOnProposals() {
  const app = await openApp(session);
  const { page } = app;
  await waitForMap(page);
  await expect.poll(() => counts(page)).not.toBeNull();
  const before = (await counts(page))!;
  await page.getByRole('button', { name: 'Karte', exact: true }).click();
  await openProposals(page);
  return { ...app, before };
}

describe('a town that is not in the data proposes for itself', () => {
  it('"Von" a new actor: on the map, in the network, after a reload, in CSV and GeoJSON', async () => {
    const { page, errors, close, before } = await openOnProposals();

    // The town looks for itself first and is not there.
    const von = end(page, 'Von');
    await von.getByRole('combobox', { name: 'Von' }).fill('Upahl');
    await expect.poll(() => von.getByText('Keine Treffer für „Upahl“.').count()).toBe(1);
    expect(await von.getByRole('option', { name: /Upahl/ }).count()).toBe(0);

    // So "Von" becomes a new actor, placed by its AGS.
    await newActor(page, 'Von', UPAHL);
    await pickNode(page, 'proposal-to', 'Hochschule Wismar');
    await page
      .getByTestId('proposal-note')
      .fill('Digitale Verwaltung gemeinsam mit der Hochschule');
    await page.getByRole('button', { name: 'Vorschlag hinzufügen' }).click();
    const list = page.getByTestId('proposal-list');
    await expect.poll(() => list.locator('li').count()).toBe(1);
    const item = (await list.locator('li').first().textContent())!.replace(/\s+/g, ' ');
    expect(item).toContain('Gemeinde Upahl (neu · Kommune · Upahl, Mecklenburg-Vorpommern)');
    expect(item).toContain('Hochschule Wismar');
    const stored = await page.evaluate(() => (window as unknown as Handles).__proposals.list[0]);
    expect(stored.fromActor).toMatchObject({
      name: 'Gemeinde Upahl',
      type: 'Kommune',
      place: { key: '13074079' },
    });
    const nodeId = `${stored.id}-von`;

    // Hochschule Wismar's details name the proposal and its new partner with type and place.
    const search = page.getByRole('combobox', { name: 'Suche' });
    await search.fill('Hochschule Wismar');
    await search.press('Enter');
    const details = page.getByTestId('details-proposals');
    await expect
      .poll(async () => (await details.count()) && details.textContent())
      .toContain('Gemeinde Upahl');
    expect((await details.textContent())!.replace(/\s+/g, ' ')).toContain(
      'Gemeinde Upahl (neu · Kommune · Upahl, Mecklenburg-Vorpommern) (vorgeschlagen)',
    );

    // On the map: its hollow marker with its name, and the dashed line to Wismar, drawn.
    await expect.poll(() => mapFeatures(page)).toEqual(['link:', 'new-actor:Gemeinde Upahl']);
    await expect
      .poll(() => renderedNames(page, ['workshop-proposals-point-label'], 'name'))
      .toContain('Gemeinde Upahl');

    // In the network: one more node, proposed, at its place; one more proposed edge.
    await page.getByRole('button', { name: 'Netzwerk', exact: true }).click();
    await expect
      .poll(() => counts(page))
      .toEqual({ n: before.n + 1, m: before.m + 1, proposedNodes: 1, proposedEdges: 1 });
    await expect
      .poll(() =>
        page.evaluate(
          (id) => (window as unknown as Handles).__graph!.nodeClientPosition(id),
          nodeId,
        ),
      )
      .not.toBeNull();

    // After a reload it is all still there.
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => mapFeatures(page)).toEqual(['link:', 'new-actor:Gemeinde Upahl']);
    await expect
      .poll(() => counts(page))
      .toEqual({ n: before.n + 1, m: before.m + 1, proposedNodes: 1, proposedEdges: 1 });
    await openProposals(page);
    await expect.poll(() => list.locator('li').count()).toBe(1);

    // The exports carry the new actor: CSV (its own columns) and GeoJSON (its point).
    const csv = await download(page, () =>
      page.getByRole('button', { name: 'CSV', exact: true }).click(),
    );
    const [head, row] = csv
      .slice(1)
      .split('\r\n')
      .map((l) => l.split(';'));
    const cell = (name: string) => row[head.indexOf(name)];
    expect([cell('von_id'), cell('von'), cell('mit')]).toEqual([
      nodeId,
      'Gemeinde Upahl',
      'Hochschule Wismar',
    ]);
    expect([cell('von_neu_typ'), cell('von_neu_ort'), cell('von_neu_schluessel')]).toEqual([
      'Kommune',
      'Upahl',
      '13074079',
    ]);
    expect(cell('status')).toBe('vorgeschlagen');
    const geo = JSON.parse(
      await download(page, () =>
        page.getByRole('button', { name: 'GeoJSON', exact: true }).click(),
      ),
    ) as import('geojson').FeatureCollection;
    const point = geo.features.find((f) => f.properties?.role === 'new-actor')!;
    expect(point.properties).toMatchObject({
      end: 'from',
      name: 'Gemeinde Upahl',
      placeKey: '13074079',
    });
    expect(geo.features.find((f) => f.properties?.role === 'link')).toBeDefined();
    expect(errors).toEqual([]);
    await close();
  });

  it('both ends new: two proposed nodes and a line; deleting removes both from map and network', async () => {
    const { page, errors, close, before } = await openOnProposals();
    await newActor(page, 'Von', { ...UPAHL, place: 'Upahl' });
    await newActor(page, 'Kooperation mit', {
      name: 'Bürgerenergie Upahl eG',
      type: 'Genossenschaft',
      place: 'Grevesmühlen',
      placed: 'Stadt Grevesmühlen, Mecklenburg-Vorpommern',
    });
    await page.getByRole('button', { name: 'Vorschlag hinzufügen' }).click();
    const list = page.getByTestId('proposal-list');
    await expect.poll(() => list.locator('li').count()).toBe(1);
    await expect
      .poll(() => mapFeatures(page))
      .toEqual(['link:', 'new-actor:Bürgerenergie Upahl eG', 'new-actor:Gemeinde Upahl']);

    await page.getByRole('button', { name: 'Netzwerk', exact: true }).click();
    await expect
      .poll(() => counts(page))
      .toEqual({ n: before.n + 2, m: before.m + 1, proposedNodes: 2, proposedEdges: 1 });

    // Deleting the proposal takes both new actors off the network and the map.
    await openProposals(page);
    await page
      .getByRole('button', { name: 'Vorschlag Gemeinde Upahl – Bürgerenergie Upahl eG löschen' })
      .click();
    await expect.poll(() => list.count()).toBe(0);
    await expect
      .poll(() => counts(page))
      .toEqual({ n: before.n, m: before.m, proposedNodes: 0, proposedEdges: 0 });
    await expect.poll(() => mapFeatures(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
