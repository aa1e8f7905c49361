/**
 * The import cases (tests/fixtures/import-cases/, see its README): each file's expected result,
 * and variants of the same kinds of fault built here.
 */
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { file, runImport } from './helpers';

const dir = 'tests/fixtures/import-cases/';
const fixture = (name: string) => file(name, new Uint8Array(readFileSync(`${dir}${name}`)));
const errors = <I extends { severity: string }>(r: { issues: I[] }) =>
  r.issues.filter((i) => i.severity === 'error');
const names = (r: Awaited<ReturnType<typeof runImport>>) =>
  [...(r.data?.projects.features ?? []), ...(r.data?.actors.features ?? [])].map(
    (f) => f.properties.name,
  );
const actor = (r: Awaited<ReturnType<typeof runImport>>, name: string) =>
  r.data!.actors.features.find((f) => f.properties.name === name)!;

describe('sep-line.csv: Excel’s sep= line', () => {
  it('sets the separator and is skipped', async () => {
    const r = await runImport([fixture('sep-line.csv')]);
    expect(errors(r)).toEqual([]);
    expect(names(r)).toEqual(['Stadt Zwönitz', 'Erzgebirgskreis', 'TU Chemnitz']);
    expect(actor(r, 'TU Chemnitz').geometry.coordinates).toEqual([12.9294, 50.8133]);
    expect(r.draft.files[0].separator).toBe(';');
  });

  it('works with sep=, and a quoted value holding a semicolon', async () => {
    const csv =
      'sep=,\r\nName,Typ,lat,lon\r\n"Stadt Zwönitz; Erzgebirge",Kommune,50.6306,12.8105\r\n';
    const r = await runImport([file('komma.csv', csv)]);
    expect(names(r)).toEqual(['Stadt Zwönitz; Erzgebirge']);
    // Rows keep their numbers in the file: the header is row 2.
    expect(r.importedRefs).toEqual([{ file: 'komma.csv', row: 3 }]);
  });

  it('reads Excel’s “Unicode text” (UTF-16 LE with BOM, tab-separated)', async () => {
    const text = 'Name\tTyp\tlat\tlon\r\nGörlitz\tKommune\t51,1529\t14,9872\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const r = await runImport([file('unicode.txt', bytes)]);
    expect(r.draft.files[0]).toMatchObject({
      format: 'csv',
      encoding: 'utf-16le',
      separator: '\t',
    });
    expect(actor(r, 'Görlitz').geometry.coordinates).toEqual([14.9872, 51.1529]);
  });
});

describe('ags-as-numbers.xlsx: official keys stored as numbers', () => {
  it('restores the leading zero and places every row by its key, asking nothing', async () => {
    const r = await runImport([fixture('ags-as-numbers.xlsx')]);
    expect(errors(r)).toEqual([]);
    expect(r.draft.located.ambiguous).toEqual([]);
    expect(r.draft.located.byKey).toBe(5);
    const ags = Object.fromEntries(
      r.data!.actors.features.map((f) => [f.properties.name, f.properties.ags]),
    );
    expect(ags).toEqual({
      Neustadt: '07316000',
      Mühlheim: '06438008',
      Flensburg: '01001000',
      Kirchberg: '14524110',
      'Landkreis Hameln-Pyrmont': '03252',
    });
    // Neustadt an der Weinstraße (RP), not one of the other Neustadts.
    const [lon, lat] = actor(r, 'Neustadt').geometry.coordinates;
    expect(lon).toBeCloseTo(8.14, 1);
    expect(lat).toBeCloseTo(49.35, 1);
    expect(actor(r, 'Landkreis Hameln-Pyrmont').properties.type).toBe('Landkreis');
  });

  it('reports a key that matches nothing, naming row and field, and falls back to the name', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/universal');
    const blob = await writeXlsxFile([
      ['Name', 'AGS'],
      ['Flensburg', 1001000],
      ['Erfurt', 9999999],
      ['Nirgendwo', 'x12'],
    ]).toBlob();
    const r = await runImport([file('keys.xlsx', new Uint8Array(await blob.arrayBuffer()))]);
    const at = r.issues.map((i) => [i.code, i.row, i.field]);
    expect(at).toContainEqual(['key-unknown', 3, 'AGS']);
    expect(at).toContainEqual(['key-invalid', 4, 'AGS']);
    expect(names(r)).toEqual(expect.arrayContaining(['Flensburg', 'Erfurt']));
  });
});

describe('qgis-multipoint.geojson: QGIS’ default export', () => {
  it('reads one-point MultiPoints as points', async () => {
    const r = await runImport([fixture('qgis-multipoint.geojson')]);
    expect(errors(r)).toEqual([]);
    expect(names(r)).toEqual(['Stadt Haßfurt', 'Landkreis Haßberge', 'Hochschule Schweinfurt']);
    expect(r.issues.map((i) => i.code)).not.toContain('geometry-centroid');
  });

  it('takes a representative point of several points, a collection or a polygon, with a note', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'A' },
          geometry: {
            type: 'MultiPoint',
            coordinates: [
              [10, 50],
              [10.2, 50.2],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: 'B' },
          geometry: {
            type: 'GeometryCollection',
            geometries: [{ type: 'Point', coordinates: [11, 51] }],
          },
        },
      ],
    };
    const r = await runImport([file('multi.geojson', JSON.stringify(fc))]);
    expect(r.data!.actors.features.map((f) => f.geometry.coordinates)).toEqual([
      [10.1, 50.1],
      [11, 51],
    ]);
    expect(r.issues.filter((i) => i.code === 'geometry-centroid').map((i) => i.feature)).toEqual([
      'features[0]',
      'features[1]',
    ]);
  });

  it('reads a LineString between two imported nodes as a relation, and a stray line as an error', async () => {
    const pt = (name: string, kind: string, c: number[]) => ({
      type: 'Feature',
      properties: { name, kind },
      geometry: { type: 'Point', coordinates: c },
    });
    const fc = {
      type: 'FeatureCollection',
      features: [
        pt('Projekt P', 'Projekt', [10.9, 49.9]),
        pt('Stadt S', 'Kommune', [11.0, 50.0]),
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [10.9, 49.9],
              [11.0, 50.0],
            ],
          },
        },
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [8, 48],
              [9, 49],
            ],
          },
        },
      ],
    };
    const r = await runImport([file('lines.geojson', JSON.stringify(fc))]);
    expect(r.data!.relations.map((x) => x.id)).toEqual(['member:projekt-p:stadt-s']);
    expect(errors(r).map((i) => [i.code, i.feature])).toEqual([['geometry-type', 'features[3]']]);
  });

  it('honours a crs written as an OGC URI', async () => {
    const fc = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'http://www.opengis.net/def/crs/EPSG/0/25833' } },
      features: [
        {
          type: 'Feature',
          properties: { name: 'Rathaus Görlitz' },
          geometry: { type: 'Point', coordinates: [498345, 5666011] },
        },
      ],
    };
    const r = await runImport([file('uri.geojson', JSON.stringify(fc))], (d) => ({
      ...d,
      crs: null,
    }));
    const [lon, lat] = r.data!.actors.features[0].geometry.coordinates;
    expect(lon).toBeCloseTo(14.976, 2);
    expect(lat).toBeCloseTo(51.146, 2);
    expect(r.draft.located.declared).toBe(1);
  });
});

describe('gephi-nodes.csv + gephi-edges.csv: Gephi’s Data Laboratory export', () => {
  it('names nodes by Label, reads 3 relations and reports the empty Target at row 5', async () => {
    const r = await runImport([fixture('gephi-nodes.csv'), fixture('gephi-edges.csv')]);
    expect(names(r)).toEqual([
      'Smarte Kommunen Altmark',
      'Hansestadt Stendal',
      'Hansestadt Salzwedel',
      'Hochschule Magdeburg-Stendal',
    ]);
    expect(r.data!.relations.map((x) => x.id)).toEqual([
      'member:p1:k1',
      'member:p1:k2',
      'partner:p1:o1',
    ]);
    expect(errors(r).map((i) => [i.code, i.file, i.row, i.field])).toEqual([
      ['missing-field', 'gephi-edges.csv', 5, 'Target'],
    ]);
    // Gephi's edge `Type` (Undirected) is the direction, not a kind of relation.
    expect(r.draft.mappings[1].fields).toEqual(['source', 'target', null, 'id', 'role', null]);
  });
});

describe('gephi-lite.gexf: a network file', () => {
  it('opens as a network: 3 nodes by label, 2 relations, the unplaced project amid its members', async () => {
    const r = await runImport([fixture('gephi-lite.gexf')]);
    expect(r.draft.files[0].format).toBe('gexf');
    expect(names(r)).toEqual(['Smarte Grenzregion', 'Görlitz', 'Zittau']);
    expect(r.data!.relations).toHaveLength(2);
    const project = r.data!.projects.features[0];
    expect(project.properties.located).toBe('connections');
    // Gephi's layout position (viz:position x=10.2 y=-3.1) is not a place on earth.
    expect(project.geometry.coordinates[0]).toBeGreaterThan(14);
    expect(errors(r)).toEqual([]);
    expect(r.issues.find((i) => i.feature === 'node „p1“')?.severity).toBe('warning');
  });

  it('reads GraphML from yEd (labels in its graphics) and from networkx (data keys)', async () => {
    const yed = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key attr.name="Typ" attr.type="string" for="node" id="d1"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d1">Projekt</data><data key="d6"><y:ShapeNode><y:NodeLabel>Smart City Bamberg-Test</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Hallstadt</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>`;
    const r = await runImport([file('yed.graphml', yed)]);
    expect(names(r)).toEqual(['Smart City Bamberg-Test', 'Hallstadt']);
    expect(r.data!.relations).toHaveLength(1);

    const nx = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="kind" attr.type="string"/>
  <key id="d1" for="node" attr.name="lat" attr.type="double"/>
  <key id="d2" for="node" attr.name="lon" attr.type="double"/>
  <graph edgedefault="undirected">
    <node id="Smart Region X"><data key="d0">project</data><data key="d1">49.89</data><data key="d2">10.89</data></node>
    <node id="Bamberg"/>
    <edge source="Smart Region X" target="Bamberg"/>
  </graph>
</graphml>`;
    const n = await runImport([file('networkx.graphml', nx)]);
    expect(names(n)).toEqual(['Smart Region X', 'Bamberg']);
    expect(n.data!.relations.map((x) => x.kind)).toEqual(['member']);
  });
});

describe('google-my-maps.kml: Google My Maps', () => {
  it('reads 2 nodes with coordinates and the Typ from ExtendedData', async () => {
    const r = await runImport([fixture('google-my-maps.kml')]);
    expect(errors(r)).toEqual([]);
    expect(
      r.data!.actors.features.map((f) => [
        f.properties.name,
        f.properties.type,
        f.geometry.coordinates,
      ]),
    ).toEqual([
      ['Stadt Görlitz', 'Kommune', [14.9872, 51.1529]],
      ['Hochschule Zittau/Görlitz', 'Hochschule', [14.8056, 50.8946]],
    ]);
  });

  it('opens a KMZ (zipped KML) the same way', async () => {
    const kmz = zipSync({ 'doc.kml': new Uint8Array(readFileSync(`${dir}google-my-maps.kml`)) });
    const r = await runImport([file('karte.kmz', kmz)]);
    expect(r.draft.files[0].format).toBe('kmz');
    expect(names(r)).toEqual(['Stadt Görlitz', 'Hochschule Zittau/Görlitz']);
  });

  it('reads GPX waypoints and says that tracks are not places', async () => {
    const gpx = `<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="50.8946" lon="14.8056"><name>Hochschule Zittau/Görlitz</name><type>Hochschule</type></wpt>
  <trk><name>Radtour</name><trkseg><trkpt lat="50.9" lon="14.8"/><trkpt lat="51.1" lon="14.9"/></trkseg></trk>
</gpx>`;
    const r = await runImport([file('tour.gpx', gpx)]);
    expect(names(r)).toEqual(['Hochschule Zittau/Görlitz']);
    expect(r.issues.map((i) => [i.code, i.severity])).toContainEqual(['geometry-type', 'warning']);
  });
});

/** A zipped Shapefile like the case's, its parts moved into `folder/` and its `.prj` replaced. */
function shapefile(prj: string | null, folder = ''): Uint8Array {
  const parts: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(
    unzipSync(new Uint8Array(readFileSync(`${dir}shapefile-utm33.zip`))),
  )) {
    if (name.endsWith('.prj')) {
      if (prj !== null) parts[`${folder}${name}`] = strToU8(prj);
    } else parts[`${folder}${name}`] = bytes;
  }
  return zipSync(parts);
}

describe('shapefile-utm33.zip: a GIS office’s Shapefile', () => {
  it('reprojects from the .prj: the points land in Saxony', async () => {
    const r = await runImport([fixture('shapefile-utm33.zip')], (d) => ({ ...d, crs: null }));
    expect(r.draft.files[0].format).toBe('shapefile');
    expect(errors(r)).toEqual([]);
    for (const f of r.data!.actors.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThan(14.5);
      expect(lat).toBeGreaterThan(50.8);
      expect(lat).toBeLessThan(51.3);
    }
  });

  it('finds the layer in a subfolder, with an EPSG code as .prj', async () => {
    const r = await runImport([file('ordner.zip', shapefile('EPSG:25833', 'export/partner/'))]);
    expect(names(r)).toEqual(['Stadt Görlitz', 'Stadt Zittau']);
    expect(r.draft.located.declared).toBe(2);
  });

  it('without .prj, asks between UTM 32 and 33 and shows the names agree with 33', async () => {
    const r = await runImport([file('ohne-prj.zip', shapefile(null))], (d) => d);
    const c = r.draft.located.crsCandidates;
    expect(c.map((x) => x.crs)).toEqual(expect.arrayContaining(['EPSG:25832', 'EPSG:25833']));
    const utm33 = c.find((x) => x.crs === 'EPSG:25833')!;
    const utm32 = c.find((x) => x.crs === 'EPSG:25832')!;
    expect(utm33.nameMatches).toBe(2);
    expect(utm32.nameMatches).toBe(0);
    expect(utm33.places.join()).toMatch(/SN/);
  });

  it('never asks silently: without names to tell, no system is chosen', async () => {
    const { defaultDecisions } = await import('../../../src/lib/import/pipeline');
    const csv = 'id,rechtswert,hochwert\na,498345,5666011\nb,470000,5640000\n';
    const r = await runImport([file('utm.csv', csv)]);
    expect(r.draft.located.crsCandidates.length).toBeGreaterThan(1);
    expect(defaultDecisions(r.draft).crs).toBeNull();
  });
});

describe('destatis-gv-auszug.xlsx: Destatis GV-ISys download', () => {
  it('finds the two-row header, imports the three Gemeinden with keys and coordinates', async () => {
    const r = await runImport([fixture('destatis-gv-auszug.xlsx')]);
    expect(errors(r)).toEqual([]);
    expect(
      r.data!.actors.features.map((f) => [
        f.properties.name,
        f.properties.ags,
        f.geometry.coordinates,
      ]),
    ).toEqual([
      ['Arnsberg', '05958004', [8.063264, 51.396698]],
      ['Meschede', '05958032', [8.284447, 51.350322]],
      ['Soest', '05974040', [8.108913, 51.571223]],
    ]);
    const notes = r.issues.map((i) => i.code);
    expect(notes).toContain('rows-skipped'); // Land, RB, Kreis rows, title, numbering row
    expect(
      r.issues.find((i) => i.message.key === 'issue.rows.notGemeinde')?.message.params,
    ).toMatchObject({ count: 4 });
    // Never named after the neighbouring column (the tourism region „Sauerland“).
    expect(names(r)).not.toContain('Sauerland');
  });
});

describe('formats the import does not open', () => {
  it.each([
    ['partner.gpkg', new Uint8Array([...strToU8('SQLite format 3'), 0, 1, 2]), 'GeoPackage'],
    ['bericht.pdf', strToU8('%PDF-1.7\n%âãÏÓ'), 'PDF'],
    [
      'alt.xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'Excel 97–2003 (.xls)',
    ],
  ])('%s is named as unsupported, with what is', async (name, bytes, what) => {
    const r = await runImport([file(name, bytes)]);
    expect(r.issues.map((i) => [i.code, i.message.params?.what])).toEqual([
      ['unknown-format', what],
    ]);
    expect(r.issues[0].hint.key).toBe('hint.format.supported');
  });

  it('a ZIP of other things names its contents, and is never called a broken workbook', async () => {
    const r = await runImport([file('paket.zip', zipSync({ 'bericht.docx': strToU8('x') }))]);
    expect(r.issues.map((i) => i.code)).toEqual(['unknown-format']);
    expect(String(r.issues[0].message.params?.what)).toContain('bericht.docx');
  });
});
