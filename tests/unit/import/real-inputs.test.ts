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
