/**
 * Files shaped like real exports beyond the shared cases (tests/fixtures/import-real/, see its
 * README): each a kind of file a new user would try, with the result it should give.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { file, issueText, runImport } from './helpers';

const dir = 'tests/fixtures/import-real/';
const fixture = (name: string) => file(name, new Uint8Array(readFileSync(`${dir}${name}`)));
const errors = <I extends { severity: string }>(r: { issues: I[] }) =>
  r.issues.filter((i) => i.severity === 'error');
const nodes = (r: Awaited<ReturnType<typeof runImport>>) => [
  ...(r.data?.projects.features ?? []),
  ...(r.data?.actors.features ?? []),
];

describe('GeoJSON sequences (QGIS „GeoJSON - Newline Delimited“, ogr2ogr GeoJSONSeq)', () => {
  it('reads one Feature per line', async () => {
    const r = await runImport([fixture('qgis-newline.geojsonl')]);
    expect(errors(r)).toEqual([]);
    expect(r.draft.files[0]).toMatchObject({ format: 'geojson', records: 3 });
    expect(nodes(r).map((f) => [f.properties.name, f.geometry.coordinates])).toEqual([
      ['Stadt Görlitz', [14.9872, 51.1529]],
      ['Hochschule Zittau/Görlitz', [14.8056, 50.8946]],
      ['Landkreis Görlitz', [14.9872, 51.1529]],
    ]);
    // Locations name the line.
    expect(r.importedRefs[1]).toEqual({ file: 'qgis-newline.geojsonl', row: 2 });
  });

  it('reads RFC 8142 record separators, whatever the file is called', async () => {
    const bytes = new Uint8Array(readFileSync(`${dir}ogr-geojsonseq.geojsons`));
    const r = await runImport([file('export.json', bytes)]);
    expect(errors(r)).toEqual([]);
    expect(nodes(r).map((f) => f.properties.name)).toEqual([
      'Stadt Görlitz',
      'Hochschule Zittau/Görlitz',
    ]);
  });

  it('recognises a newline-delimited file by its first line, and names a broken line', async () => {
    const text = readFileSync(`${dir}qgis-newline.geojsonl`, 'utf8').split('\n');
    text[1] = text[1].slice(0, 40);
    const r = await runImport([file('export.json', text.join('\n'))]);
    const bad = errors(r);
    expect(bad.map((i) => [i.code, i.row])).toEqual([['json-syntax', 2]]);
    expect(issueText(bad[0], 'de')).toMatch(/^Kein gültiges JSON/);
    expect(nodes(r).map((f) => f.properties.name)).toEqual(['Stadt Görlitz', 'Landkreis Görlitz']);
  });

  it('a pretty-printed FeatureCollection is not a sequence', async () => {
    const fc = JSON.stringify(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'Stadt Görlitz' },
            geometry: { type: 'Point', coordinates: [14.9872, 51.1529] },
          },
        ],
      },
      null,
      2,
    );
    const r = await runImport([file('a.geojson', fc)]);
    expect(errors(r)).toEqual([]);
    expect(r.importedRefs[0]).toEqual({ file: 'a.geojson', feature: 'features[0]' });
  });
});

describe('a WKT geometry column (QGIS CSV „AS_WKT“, PostGIS EWKT)', () => {
  it('reads QGIS’ WKT column: MultiPoint as its point, a Polygon by its centroid', async () => {
    const r = await runImport([fixture('qgis-as-wkt.csv')]);
    expect(errors(r)).toEqual([]);
    expect(r.draft.mappings[0].fields).toEqual(['wkt', null, 'name', 'type']);
    const at = Object.fromEntries(nodes(r).map((f) => [f.properties.name, f.geometry.coordinates]));
    expect(at['Stadt Görlitz']).toEqual([14.9872, 51.1529]);
    expect(at['Hochschule Zittau/Görlitz']).toEqual([14.8056, 50.8946]);
    expect(at['Landeshauptstadt Dresden'][0]).toBeCloseTo(13.74, 2);
    expect(at['Landeshauptstadt Dresden'][1]).toBeCloseTo(51.05, 2);
    const centroid = r.issues.find((i) => i.code === 'geometry-centroid');
    expect(centroid).toMatchObject({ row: 4, severity: 'warning' });
  });

  it('converts EWKT with a declared SRID without asking; SRID=4326 is WGS 84', async () => {
    const r = await runImport([fixture('postgis-ewkt.csv')]);
    expect(errors(r)).toEqual([]);
    expect(r.draft.located.projected).toEqual([]);
    expect(r.draft.located.declared).toBe(2);
    const at = Object.fromEntries(nodes(r).map((f) => [f.properties.name, f.geometry.coordinates]));
    expect(at['Stadt Görlitz'][0]).toBeCloseTo(14.9872, 3);
    expect(at['Stadt Görlitz'][1]).toBeCloseTo(51.1529, 3);
    expect(at['Hochschule Zittau/Görlitz'][1]).toBeCloseTo(50.8946, 3);
    expect(at['Landeshauptstadt Dresden']).toEqual([13.7383, 51.0493]);
  });

  it('metres without an SRID are asked about like coordinate columns', async () => {
    const csv =
      'WKT,name\n"Point (499104.8 5666828.2)",Stadt Görlitz\n"Point (486328.2 5638122.1)",Hochschule Zittau/Görlitz\n';
    const r = await runImport([file('utm.csv', csv)], (d) => ({ ...d, crs: 'EPSG:25833' }));
    expect(errors(r)).toEqual([]);
    const at = nodes(r).map((f) => f.geometry.coordinates.map((c) => Math.round(c * 100) / 100));
    expect(at).toEqual([
      [14.99, 51.15],
      [14.81, 50.89],
    ]);
  });

  it('broken WKT and an unknown SRID are errors naming row and field; other rows import', async () => {
    const csv =
      'name,geometry\nA,POINT (14.9872 51.1529)\nB,"POINT (14.9)"\nC,SRID=9999;POINT(1 2)\nD,POINT EMPTY\nE,"LINESTRING (14 51, 15 52)"\n';
    const r = await runImport([file('bad.csv', csv)]);
    expect(errors(r).map((i) => [i.code, i.row, i.field])).toEqual([
      ['coords-nan', 3, 'geometry'],
      ['coords-nan', 4, 'geometry'],
      ['geometry-type', 6, 'geometry'],
      ['geocode-none', 5, 'name'],
    ]);
    expect(issueText(errors(r)[0], 'de')).toContain('keine Geometrie in WKT oder GeoJSON');
    expect(issueText(errors(r)[1], 'en')).toContain('SRID=9999');
    expect(nodes(r).map((f) => f.properties.name)).toEqual(['A']);
  });

  it('a „geometry“ column of type names is not read as WKT', async () => {
    const csv = 'name,geometry,lat,lon\nStadt Görlitz,Point,51.1529,14.9872\n';
    const r = await runImport([file('esri.csv', csv)]);
    expect(r.draft.mappings[0].fields).toEqual(['name', null, 'lat', 'lon']);
    expect(errors(r)).toEqual([]);
  });
});

describe('a GENESIS / Regionalstatistik table (genesis-12411-01-01-4.csv)', () => {
  it('finds the separator under the title, the key and name columns without header, the footer', async () => {
    const r = await runImport([fixture('genesis-12411-01-01-4.csv')]);
    expect(r.draft.files[0]).toMatchObject({ separator: ';', encoding: 'windows-1252' });
    expect(r.draft.mappings[0].fields).toEqual(['key', 'name', null, null, null]);
    const at = Object.fromEntries(
      r.data!.actors.features.map((f) => [f.properties.ags, f.properties.name]),
    );
    expect(at).toEqual({ '14612': 'Dresden', '14626': 'Görlitz, Landkreis', '14713': 'Leipzig' });
    const footer = r.issues.find((i) => i.code === 'rows-skipped' && i.field === '(rows)');
    expect(issueText(footer!, 'de')).toContain('Zeile 14–16');
  });

  it('a Land key not in the gazetteer looks the name up in that Land only', async () => {
    const r = await runImport([fixture('genesis-12411-01-01-4.csv')]);
    const rows = errors(r).map((i) => [i.row, i.code, i.field]);
    expect(rows).toEqual([
      [9, 'geocode-none', 'B'],
      [10, 'geocode-none', 'B'],
    ]);
    // Never the village Sachsen near Ansbach (Bayern).
    expect(nodes(r).some((f) => f.properties.name === 'Sachsen')).toBe(false);
  });
});

describe('Kumu’s JSON blueprint (kumu-blueprint.json)', () => {
  it('reads elements and connections as Kumu’s workbook is read', async () => {
    const r = await runImport([fixture('kumu-blueprint.json')]);
    expect(r.draft.files[0]).toMatchObject({ format: 'kumu', records: 5 });
    expect(errors(r)).toEqual([]);
    expect(r.data!.projects.features.map((f) => f.properties.name)).toEqual(['Smarte Grenzregion']);
    expect(r.data!.actors.features.map((f) => [f.properties.name, f.properties.type])).toEqual([
      ['Stadt Görlitz', 'Kommune'],
      ['Hochschule Zittau/Görlitz', 'Hochschule'],
    ]);
    expect(r.data!.relations.map((x) => x.kind).sort()).toEqual(['member', 'partner']);
    expect(r.importedRefs.map((x) => x.feature)).toContain('elements[2]');
  });

  it('a connection to an unknown element is named by its index', async () => {
    const text = JSON.stringify({
      elements: [
        { label: 'Smarte Grenzregion', type: 'Projekt' },
        { label: 'Stadt Görlitz', type: 'Kommune' },
      ],
      connections: [
        { from: 'Smarte Grenzregion', to: 'Stadt Görlitz' },
        { from: 'Smarte Grenzregion', to: 'Niemand' },
      ],
    });
    const r = await runImport([file('kumu.json', text)]);
    expect(errors(r).map((i) => [i.code, i.feature, i.field])).toEqual([
      ['unknown-ref', 'connections[1]', 'to'],
    ]);
    expect(issueText(errors(r)[0], 'de')).toContain('„Niemand“');
  });
});

describe('kepler.gl’s CSV export (kepler-export.csv)', () => {
  it('reads the `_geojson` column (a Feature or a geometry) as the position', async () => {
    const r = await runImport([fixture('kepler-export.csv')]);
    expect(errors(r)).toEqual([]);
    expect(r.draft.mappings[0].fields).toEqual(['name', 'type', 'wkt']);
    expect(nodes(r).map((f) => f.geometry.coordinates)).toEqual([
      [14.9872, 51.1529],
      [14.8056, 50.8946],
    ]);
  });

  it('broken GeoJSON text is an error naming row and field', async () => {
    const csv = 'name,_geojson\nA,"{""type"":""Point"",""coordinates"":[14.9,"\n';
    const r = await runImport([file('k.csv', csv)]);
    expect(errors(r).map((i) => [i.code, i.row, i.field])).toEqual([['coords-nan', 2, '_geojson']]);
  });
});

describe('technical columns of GIS and network tools', () => {
  it('QGIS’ fid and ArcGIS’ OBJECTID are left out without a warning; other unused columns warn', async () => {
    const csv = 'fid,OBJECTID,name,lat,lon,Einwohner\n1,7,Stadt Görlitz,51.1529,14.9872,55000\n';
    const r = await runImport([file('qgis.csv', csv)]);
    const unused = r.issues.filter((i) => i.code === 'unknown-column');
    expect(unused.map((i) => i.field)).toEqual(['Einwohner']);
  });
});

describe('one column with both coordinates (koordinaten-spalte.csv)', () => {
  it('reads pairs copied from Google Maps, Wikipedia (DMS, „O“) and a GPS device', async () => {
    const r = await runImport([fixture('koordinaten-spalte.csv')]);
    expect(errors(r)).toEqual([]);
    expect(r.draft.mappings[0].fields).toEqual(['name', 'type', 'coords', 'notes']);
    const at = nodes(r).map((f) => f.geometry.coordinates.map((c) => Math.round(c * 1000) / 1000));
    expect(at).toEqual([
      [14.987, 51.153],
      [14.806, 50.895], // 50° 53′ 40,6″ = 50.89461°
      [14.987, 51.153],
    ]);
  });

  it('longitude first is offered as swapped; a cell that is no pair is an error naming the field', async () => {
    const csv = 'name,coordinates\nStadt Görlitz,"14.9872, 51.1529"\nB,"Görlitz"\n';
    const r = await runImport([file('pairs.csv', csv)]);
    expect(r.draft.located.swapped).toEqual([0]);
    expect(errors(r).map((i) => [i.code, i.row, i.field])).toContainEqual([
      'coords-nan',
      3,
      'coordinates',
    ]);
    const swapped = await runImport([file('pairs.csv', csv)], (d) => ({ ...d, swap: true }));
    expect(nodes(swapped)[0].geometry.coordinates).toEqual([14.9872, 51.1529]);
  });

  it('plain decimals are never read as degrees and minutes', async () => {
    const csv = 'name,Koordinaten\nStadt Görlitz,"51.1529, 14.98"\n';
    const r = await runImport([file('p.csv', csv)]);
    expect(nodes(r)[0].geometry.coordinates).toEqual([14.98, 51.1529]);
  });
});
