/**
 * A round trip for every export the app offers: the data package (bundle), the selection as
 * GeoJSON and as CSV (plain and the German-Excel variant). Export the shipped dataset, import
 * the file, get the same data back. And references to the built-in MPSC data: a Landkreis adds
 * its own partners to an MPSC project, as a dataset that extends the built-in one.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset';
import { toCsv } from '../../../src/lib/export/csv';
import { selectionGeoJson, selectionRows } from '../../../src/lib/export/selection';
import { exportBundle } from '../../../src/lib/import/package';
import { analyseFiles, defaultDecisions, finalizeDraft } from '../../../src/lib/import/pipeline';
import { composeKey } from '../../../src/lib/import/mapping/destatis-key';
import { parseDataPackage } from '../../../src/lib/data/load';
import type { DataPackage } from '../../../src/lib/data/types';
import { EMPTY_FILTERS, applyFilters } from '../../../src/lib/state/filters';
import { readFileSync } from 'node:fs';
import { file, gazetteer, runImport } from './helpers';

function shipped(): DataPackage {
  const read = (f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8')) as unknown;
  const r = parseDataPackage({
    projects: read('projects.geojson'),
    actors: read('actors.geojson'),
    relations: read('relations.json'),
    documents: read('documents.json'),
    networks: read('networks.json'),
    solutions: read('solutions.json'),
  } as never);
  if (!r.ok) throw new Error('shipped data does not parse');
  return r.data;
}
const sortBy = <T>(xs: T[], key: (x: T) => string) =>
  [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** What every export keeps of a node: id, kind, name, type, call year, Land, position, sources. */
function nodesOf(data: NonNullable<Awaited<ReturnType<typeof runImport>>['data']>) {
  const ds = buildDataset(data);
  return sortBy(
    ds.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      name: n.name,
      type: n.type,
      staffel: n.staffel,
      land: n.kind === 'project' ? n.land : undefined,
      at: n.coordinates,
      sources: [...(n.project?.sources ?? n.actor?.sources ?? [])],
    })),
    (n) => n.id,
  );
}
const pairsOf = (relations: readonly { source: string; target: string }[]) =>
  [...new Set(relations.map((r) => [r.source, r.target].sort().join(' – ')))].sort();

describe('round trips of the exports', () => {
  it('data package: identical data (and a byte-identical second export)', async () => {
    const data = shipped();
    const r = await runImport([file('export.json', exportBundle(data, 'MPSC'))]);
    expect(r.data).toEqual(data);
    expect(exportBundle(r.data!, 'MPSC')).toBe(exportBundle(data, 'MPSC'));
  });

  it('selection as GeoJSON: the same nodes and the same relations', async () => {
    const data = shipped();
    const ds = buildDataset(data);
    const visible = applyFilters(ds, EMPTY_FILTERS);
    const text = JSON.stringify(selectionGeoJson(ds, visible));
    const r = await runImport([file('auswahl.geojson', text)]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(nodesOf(r.data!)).toEqual(nodesOf(data));
    expect(r.data!.relations.map((x) => x.id).sort()).toEqual(
      data.relations.map((x) => x.id).sort(),
    );
  });

  it.each([
    ['plain', false],
    ['German Excel', true],
  ])('selection as CSV (%s): the same nodes and the same connections', async (_, excel) => {
    const data = shipped();
    const ds = buildDataset(data);
    const visible = applyFilters(ds, EMPTY_FILTERS);
    for (const lang of ['de', 'en'] as const) {
      const csv = toCsv(selectionRows(ds, visible, lang), { excel });
      const r = await runImport([file(`auswahl-${lang}.csv`, csv)]);
      expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(nodesOf(r.data!)).toEqual(nodesOf(data));
      expect(pairsOf(r.data!.relations)).toEqual(pairsOf(data.relations));
    }
  });
});

describe('rows that point at the built-in MPSC projects and actors', () => {
  it('extend the built-in dataset: a Landkreis adds its partners to an MPSC project', async () => {
    const base = shipped();
    const project = base.projects.features[0].properties;
    const csv = [
      'name;typ;lat;lon;projekt',
      `Regionalbibliothek Test;Sonstige;${base.projects.features[0].geometry.coordinates[1]};${base.projects.features[0].geometry.coordinates[0]};${project.name}`,
      `Stadtwerke Test;Stadtwerke;50.1;10.1;${project.id}`,
    ].join('\n');
    const draft = await analyseFiles([file('partner.csv', csv)], async () => gazetteer());
    const r = finalizeDraft(draft, defaultDecisions(draft), gazetteer(), base);
    expect(r.extendsBuiltin).toBe(true);
    expect(r.counts).toMatchObject({ actors: 2, relations: 2, projects: 0 });
    expect(r.data!.projects.features).toHaveLength(base.projects.features.length);
    expect(r.data!.actors.features).toHaveLength(base.actors.features.length + 2);
    const added = r.data!.relations.filter((x) => x.source === project.id).map((x) => x.target);
    expect(added).toEqual(expect.arrayContaining(['regionalbibliothek-test', 'stadtwerke-test']));
    // Without the built-in data, the same rows have no project to join.
    const alone = finalizeDraft(draft, defaultDecisions(draft), gazetteer(), null);
    expect(alone.extendsBuiltin).toBe(false);
    expect(alone.issues.filter((i) => i.code === 'unknown-ref')).toHaveLength(2);
  });
});

describe('composeKey (Destatis key columns)', () => {
  it.each([
    [{ land: '05', rb: '9', kreis: '58', vb: '0004', gem: '004' }, '059580004004'],
    [{ land: 5, rb: 9, kreis: 58, vb: 4, gem: 4 }, '059580004004'],
    [{ land: '05', rb: '9', kreis: '58' }, '05958'],
    [{ land: '05', rb: '9' }, '059'],
    [{ land: '05', rb: '9', kreis: '58', gem: '004' }, '05958004'],
    [{ rb: '9' }, ''],
    [{ land: '123' }, ''],
  ])('%j → %s', (parts, key) => expect(composeKey(parts)).toBe(key));
});
