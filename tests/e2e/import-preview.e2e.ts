/**
 * Files people already have, through the real dialog: a Gephi node/edge pair picked with the
 * file chooser, one column fixed in the column preview (Gephi's node kind under a header the
 * app does not know), imported, and seen on the map and in the network. The mapping chosen is
 * remembered: the same headers next time are read the same way without asking.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type AppPage, type Session, openLoadedApp } from './harness';

interface Handles {
  __app: {
    dataset: {
      nodes: { id: string; name: string; kind: string }[];
      relations: { id: string }[];
    } | null;
  };
  __graph?: { ready: boolean; n: number; nodeClientPosition(id: string): [number, number] | null };
  __map: { querySourceFeatures(source: string): { properties: Record<string, unknown> }[] };
}

// Gephi's Data Laboratory export, its node kind in a column named as the user named it.
const NODES = [
  'Id,Label,Knotenart (Gephi),Latitude,Longitude',
  'p1,Smarte Kommunen Altmark,Projekt,52.6050,11.8580',
  'k1,Hansestadt Stendal,Kommune,52.6050,11.8580',
  'k2,Hansestadt Salzwedel,Kommune,52.8505,11.1528',
  'o1,Hochschule Magdeburg-Stendal,Hochschule,52.5896,11.8437',
].join('\n');
const EDGES = readFileSync('tests/fixtures/import-cases/gephi-edges.csv');

const w = (page: Page) => page.evaluate.bind(page);

async function pickFiles(
  page: Page,
  files: { name: string; mimeType: string; buffer: Buffer }[] = [
    { name: 'knoten.csv', mimeType: 'text/csv', buffer: Buffer.from(NODES) },
    { name: 'kanten.csv', mimeType: 'text/csv', buffer: EDGES },
  ],
): Promise<void> {
  await page.getByRole('button', { name: 'Daten importieren' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Dateien auswählen' }).click();
  await (await chooser).setFiles(files);
}

const CASES = 'tests/fixtures/import-cases/';
const caseFile = (name: string, dir = CASES) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: readFileSync(`${dir}${name}`),
});
/** Real-shaped inputs beyond the shared cases (tests/fixtures/import-real/README.md). */
const REAL = 'tests/fixtures/import-real/';

/** Open files through the dialog: the counts of valid nodes and connections; then close it. */
async function opensWith(
  app: AppPage,
  files: ReturnType<typeof caseFile>[],
  nodes: number,
  relations: number,
): Promise<void> {
  const { page } = app;
  await pickFiles(page, files);
  const dialog = page.getByTestId('import-dialog');
  const confirm = page.getByTestId('import-confirm');
  await confirm.waitFor();
  await expect.poll(() => confirm.innerText()).toBe(`${nodes} gültige Knoten importieren`);
  expect(
    await dialog.getByText(`${nodes} Knoten und ${relations} Verbindungen sind gültig`).count(),
  ).toBe(1);
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('import with the column preview', () => {
  let session: Session;
  let app: AppPage;
  beforeAll(async () => {
    session = await launch();
    app = await openLoadedApp(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a Gephi node/edge pair: fix one column, import, see the nodes on the map and in the network', async () => {
    const { page } = app;
    await pickFiles(page);
    const dialog = page.getByTestId('import-dialog');
    // The preview shows both files; the unknown column is „nicht verwendet“.
    const kindColumn = dialog.getByLabel('Spalte „Knotenart (Gephi)“ lesen als');
    await kindColumn.waitFor();
    expect(await kindColumn.inputValue()).toBe('');
    const nodeSheet = dialog.getByTestId('import-preview').first();
    expect(await nodeSheet.getByLabel('Spalte „Label“ lesen als').inputValue()).toBe('name');
    expect(await dialog.getByLabel('Spalte „Target“ lesen als').inputValue()).toBe('target');
    // Without the kind, nothing is a project: the three connections join two actors.
    await expect.poll(() => dialog.locator('tr[data-code="edge-kind"]').count()).toBe(3);

    await kindColumn.selectOption({ label: 'Typ' });
    await expect.poll(() => dialog.locator('tr[data-code="edge-kind"]').count()).toBe(0);
    // The empty Target (row 5) is still reported, naming row and field.
    const empty = dialog.locator('tr[data-code="missing-field"]');
    await expect.poll(() => empty.count()).toBe(1);
    expect(await empty.innerText()).toContain('Zeile 5');
    expect(await empty.innerText()).toContain('Target');

    await page.getByTestId('import-confirm').click();
    await dialog.waitFor({ state: 'hidden' });

    await expect
      .poll(() =>
        w(page)(() =>
          (window as unknown as Handles).__app.dataset?.nodes
            .map((n) => `${n.kind}:${n.name}`)
            .sort(),
        ),
      )
      .toEqual([
        'actor:Hansestadt Salzwedel',
        'actor:Hansestadt Stendal',
        'actor:Hochschule Magdeburg-Stendal',
        'project:Smarte Kommunen Altmark',
      ]);
    expect(
      await w(page)(() => (window as unknown as Handles).__app.dataset!.relations.length),
    ).toBe(3);
    // Map: the project in the project source.
    await expect
      .poll(() =>
        w(page)(() =>
          (window as unknown as Handles).__map
            .querySourceFeatures('mpsc-projects')
            .map((f) => f.properties.name),
        ),
      )
      .toContain('Smarte Kommunen Altmark');
    // Network: every node has a position on the graph canvas.
    await expect
      .poll(() =>
        w(page)(() => {
          const g = (window as unknown as Handles).__graph;
          if (!g?.ready || g.n !== 4) return null;
          return ['p1', 'k1', 'k2', 'o1'].every((id) => g.nodeClientPosition(id) !== null);
        }),
      )
      .toBe(true);
  });

  it.each([
    [['sep-line.csv'], 3, 0],
    [['ags-as-numbers.xlsx'], 5, 0],
    [['qgis-multipoint.geojson'], 3, 0],
    [['gephi-lite.gexf'], 3, 2],
    [['google-my-maps.kml'], 2, 0],
    [['shapefile-utm33.zip'], 2, 0],
    [['destatis-gv-auszug.xlsx'], 3, 0],
  ])(
    'the case %j opens through the dialog: %i nodes, %i connections, no error',
    async (names, nodes, relations) => {
      await opensWith(
        app,
        names.map((n) => caseFile(n)),
        nodes,
        relations,
      );
    },
  );

  // The readers' libraries (betterknown, geo-coordinates-parser) run in the import worker.
  it.each([
    ['qgis-newline.geojsonl', 3, 0],
    ['qgis-as-wkt.csv', 3, 0],
    ['postgis-ewkt.csv', 3, 0],
    ['kepler-export.csv', 2, 0],
    ['koordinaten-spalte.csv', 3, 0],
    ['kumu-blueprint.json', 3, 2],
  ])(
    'the real-shaped file %s opens through the dialog: %i nodes, %i connections',
    async (name, nodes, relations) => {
      await opensWith(app, [caseFile(name, REAL)], nodes, relations);
    },
  );

  it('remembers the column chosen: the same headers are read the same way next time', async () => {
    const { page } = app;
    await pickFiles(page);
    const dialog = page.getByTestId('import-dialog');
    const kindColumn = dialog.getByLabel('Spalte „Knotenart (Gephi)“ lesen als');
    await kindColumn.waitFor();
    expect(await kindColumn.inputValue()).toBe('type');
    await expect.poll(() => dialog.locator('tr[data-code="edge-kind"]').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(app.errors).toEqual([]);
    expect(app.external).toEqual([]);
  });
});
