import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataPackage } from '../../../src/lib/data/load';
import type { DataPackage } from '../../../src/lib/data/types';
import { exportBundle } from '../../../src/lib/import/package';
import { detectFormat } from '../../../src/lib/import/pipeline';
import { file, runImport } from './helpers';

const shipped = (): DataPackage => {
  const read = (f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8'));
  const r = parseDataPackage({
    projects: read('projects.geojson'),
    actors: read('actors.geojson'),
    relations: read('relations.json'),
    documents: read('documents.json'),
    networks: read('networks.json'),
    solutions: read('solutions.json'),
  });
  if (!r.ok) throw new Error('shipped data does not parse');
  return r.data;
};

describe('CSV import', () => {
  it('reads ;-separated nodes with decimal commas, geocodes names and links members to a project', async () => {
    const csv = [
      'name;kind;staffel;kategorie;land;lat;lon;projekt;url',
      'Smart Region;Projekt;2021;Interkommunale Kooperation/Landkreis;BY;49,8917;10,8869;;https://example.org/a',
      'Hallstadt;Kommune;;;;;;Smart Region;',
      'Universität Bamberg;Hochschule;;;;49,9;10,9;smart-region;',
    ].join('\n');
    const r = await runImport([file('region.csv', csv)]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const project = r.data!.projects.features[0];
    expect(project.geometry.coordinates).toEqual([10.8869, 49.8917]);
    expect(project.properties).toMatchObject({
      id: 'smart-region',
      staffel: 2021,
      bundesland: 'DE-BY',
      members: ['hallstadt'],
      sources: ['https://example.org/a'],
    });
    const hallstadt = r.data!.actors.features.find((f) => f.properties.id === 'hallstadt')!;
    expect(hallstadt.properties.ags).toBe('09471140');
    expect(r.data!.relations.map((x) => x.id).sort()).toEqual([
      'member:smart-region:hallstadt',
      'partner:smart-region:universitaet-bamberg',
    ]);
  });

  it('imports a node file and an edge file together, resolving edges by id or name', async () => {
    const nodes =
      'id,name,kind,staffel,category,lat,lon\np1,Projekt Eins,project,2020,Mittelstadt,50.1,8.6\na1,Stadt A,Kommune,,,50.2,8.7\n';
    const edges =
      'source\ttarget\tkind\na1\tp1\tmember\nProjekt Eins\tStadt A\tmember\np1\tghost\tpartner\n';
    const r = await runImport([file('nodes.csv', nodes), file('edges.tsv', edges)]);
    expect(r.data!.relations).toEqual([
      { id: 'member:p1:a1', source: 'p1', target: 'a1', kind: 'member', sources: [] },
    ]);
    const codes = r.issues.map((i) => [i.code, i.file, i.row, i.field]);
    expect(codes).toContainEqual(['duplicate-id', 'edges.tsv', 3, 'source']);
    expect(codes).toContainEqual(['unknown-ref', 'edges.tsv', 4, 'target']);
  });

  it('swaps and reprojects only after confirmation', async () => {
    const csv = 'name,rechtswert,hochwert\nBamberg,635500,5528300\n';
    const declined = await runImport([file('utm.csv', csv)], (d) => ({ ...d, crs: null }));
    expect(declined.data).toBeNull();
    expect(declined.issues.map((i) => i.code)).toContain('coords-projected');
    const confirmed = await runImport([file('utm.csv', csv)]);
    expect(confirmed.draft.located.crsCandidates[0].crs).toBe('EPSG:25832');
    const [lon, lat] = confirmed.data!.actors.features[0].geometry.coordinates;
    expect(lon).toBeCloseTo(10.8865, 2);
    expect(lat).toBeCloseTo(49.8917, 2);

    const swapped = 'name,lat,lon\nBamberg,10.8869,49.8917\n';
    expect(
      (await runImport([file('s.csv', swapped)], (d) => ({ ...d, swap: false }))).data,
    ).toBeNull();
    expect(
      (await runImport([file('s.csv', swapped)])).data!.actors.features[0].geometry.coordinates,
    ).toEqual([10.8869, 49.8917]);
  });

  it('offers ambiguous places and takes the chosen one', async () => {
    const csv = 'name\nFrankfurt\nFrankfurt (Oder)\n';
    const r = await runImport([file('f.csv', csv)], (d, draft) => {
      const i = draft.located.ambiguous[0];
      return { ...d, choices: { [i]: 1 } };
    });
    expect(r.draft.located.ambiguous).toEqual([0]);
    const coords = r.data!.actors.features.map((f) => f.geometry.coordinates[0]);
    expect(coords[0]).toBeGreaterThan(14); // Frankfurt (Oder), the second candidate
    expect(r.data!.actors.features.map((f) => f.properties.id)).toEqual([
      'frankfurt',
      'frankfurt-oder',
    ]);
  });

  it('reads an XLSX workbook with a node and an edge sheet', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/universal');
    const blob = await writeXlsxFile([
      {
        sheet: 'Knoten',
        data: [
          ['id', 'name', 'art', 'staffel', 'kategorie', 'lat', 'lon'],
          ['p', 'P', 'Projekt', 2019, 'Großstadt', 52.52, 13.4],
          ['k', 'Potsdam', 'Kommune', null, null, null, null],
        ],
      },
      {
        sheet: 'Kanten',
        data: [
          ['von', 'nach'],
          ['p', 'k'],
        ],
      },
    ]).toBlob();
    const r = await runImport([file('book.xlsx', new Uint8Array(await blob.arrayBuffer()))]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.data!.relations.map((x) => x.id)).toEqual(['member:p:k']);
    expect(r.data!.projects.features[0].properties.bundesland).toBe('DE-BE');
  });
});

describe('bundle', () => {
  it('export followed by import gives back identical data (shipped dataset)', async () => {
    const data = shipped();
    const r = await runImport([file('export.json', exportBundle(data, 'MPSC'))]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.data).toEqual(data);
    expect(r.draft.name).toBe('MPSC');
    // And once more: the second export is byte-identical to the first.
    expect(exportBundle(r.data!, 'MPSC')).toBe(exportBundle(data, 'MPSC'));
  });

  it('re-imports the shipped GeoJSON files with their properties as they are', async () => {
    const data = shipped();
    const r = await runImport([
      file('projects.geojson', readFileSync('data/projects.geojson', 'utf8')),
      file('actors.geojson', readFileSync('data/actors.geojson', 'utf8')),
    ]);
    expect(r.data!.projects.features.map((f) => f.properties)).toEqual(
      data.projects.features.map((f) => f.properties),
    );
    expect(r.data!.actors.features.length).toBe(data.actors.features.length);
  });

  it('does not mutate the package it exports', () => {
    const data = shipped();
    const before = JSON.stringify(data);
    exportBundle(data, 'x');
    expect(JSON.stringify(data)).toBe(before);
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.csv', 'name,lat\n', 'csv'],
    ['a.txt', '{"type":"FeatureCollection"}', 'geojson'],
    ['a.json', '  [1]', 'geojson'],
    ['a.xlsx', 'x', 'xlsx'],
    ['a.bin', 'PK\u0003\u0004', 'unknown'],
    ['a.xlsx', 'PK\u0003\u0004', 'xlsx'],
    ['a.csv', '\u0000\u0001', 'unknown'],
  ])('%s %j → %s', (name, text, format) =>
    expect(detectFormat(name, new TextEncoder().encode(text))).toBe(format),
  );
});

describe('templates', () => {
  it('the CSV templates import without errors (nodes and edges together)', async () => {
    const {
      templateCsv,
      NODE_TEMPLATE_HEADER,
      NODE_TEMPLATE_ROWS,
      EDGE_TEMPLATE_HEADER,
      EDGE_TEMPLATE_ROWS,
    } = await import('../../../src/lib/import/templates');
    const r = await runImport([
      file('knoten.csv', templateCsv(NODE_TEMPLATE_HEADER, NODE_TEMPLATE_ROWS)),
      file('kanten.csv', templateCsv(EDGE_TEMPLATE_HEADER, EDGE_TEMPLATE_ROWS)),
    ]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.counts).toMatchObject({ projects: 1, actors: 2, relations: 2 });
  });
});

describe('docs/data-package.schema.json', () => {
  it('is the JSON Schema generated from the app schemas (npm run data:schema)', async () => {
    const { dataPackageJsonSchema } = await import('../../../src/lib/import/json-schema');
    const committed = JSON.parse(readFileSync('docs/data-package.schema.json', 'utf8'));
    expect(committed).toEqual(dataPackageJsonSchema());
    expect(
      committed.properties.projects.properties.features.items.properties.properties.required,
    ).toEqual(expect.arrayContaining(['id', 'name']));
    // Any programme: the MPSC fields are optional for imported data.
    expect(
      committed.properties.projects.properties.features.items.properties.properties.required,
    ).not.toContain('staffel');
  });
});
