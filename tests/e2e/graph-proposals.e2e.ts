/**
 * Workshop proposals in the network view, against the production build with
 * test handles: proposals made through the workshop panel (one between two
 * existing nodes, one with a new actor placed on the map) appear in the graph
 * as extra, proposed edges and a node, the legend explains them, hovering the
 * new actor names it, and deleting a proposal takes it out again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openApp, pickNode, waitForMap, type Session } from './harness';

interface Handles {
  __app: { selectedId: string | null };
  __proposals: { list: { id: string; newActor: { name: string } | null }[] };
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
    const { page, errors, context } = await openApp(session);
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
    await page.getByLabel('Art (z. B. Hochschule)').fill('Genossenschaft');
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
    await context.close();
  });
});
