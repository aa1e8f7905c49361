/**
 * Issue 18, the same coordinate and geometry checks in every reader: the data package, CSV and
 * GeoJSON refuse what the others refuse (1e308, latitude 90, nested-array Points, strings,
 * open and two-point rings, oversized polygons).
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { polygonProblem, positionProblem } from '../../../src/lib/data/geometry';
import { PositionSchema } from '../../../src/lib/data/schemas';
import { packageOfDataset, exportBundle } from '../../../src/lib/import/package';
import { MAX_GEOMETRY_POSITIONS } from '../../../src/lib/import/limits';
import { file, runImport } from './helpers';
import { shippedDataset } from '../helpers/dataset';

const point = (coordinates: unknown, name = 'X') => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: { name },
});
const collection = (...features: unknown[]) =>
  JSON.stringify({ type: 'FeatureCollection', features });
const polygon = (coordinates: unknown, type = 'Polygon') => ({
  type: 'Feature',
  geometry: { type, coordinates },
  properties: { name: 'Fläche' },
});
const square = [
  [10.8, 49.8],
  [11, 49.8],
  [11, 50],
  [10.8, 50],
  [10.8, 49.8],
];

describe('positions', () => {
  it.each([
    [[10, 50], null],
    [[10, 50, 200], null],
    [[[10], [50]], 'shape'],
    [[[10, 50]], 'shape'],
    [['10', '50'], 'shape'],
    [[10], 'shape'],
    [[10, 50, 1, 2], 'shape'],
    [[10, null], 'shape'],
    [[Infinity, 50], 'not-finite'],
    ['10,50', 'shape'],
  ])('%j → %s', (value, want) => expect(positionProblem(value)).toBe(want));
});

describe('rings', () => {
  it('a closed ring of four positions is well formed', () => {
    expect(polygonProblem('Polygon', [square], 10)).toBeNull();
    expect(polygonProblem('MultiPolygon', [[square]], 10)).toBeNull();
  });
  it.each([
    ['open', [square.slice(0, 4)], 'ring-open'],
    ['two points', [[square[0], square[0]]], 'ring-short'],
    ['nested too deep', [[square]], 'shape'],
    ['empty', [], 'shape'],
  ])('%s → %s', (_, coords, kind) =>
    expect(polygonProblem('Polygon', coords, 10)?.kind).toBe(kind),
  );
  it('counts positions before looking at them', () => {
    expect(polygonProblem('Polygon', [square, square], 8)).toMatchObject({
      kind: 'too-many-positions',
      path: '[1]',
    });
  });
});

describe('the data package refuses what CSV and GeoJSON refuse', () => {
  it.each([[[10, 90]], [[10, -86]], [[1e308, 50]], [[181, 50]]])(
    'PositionSchema refuses %j',
    (pos) => {
      expect(v.safeParse(PositionSchema, pos).success).toBe(false);
    },
  );

  it.each([
    ['latitude 90', 10, 90],
    ['1e308', 1e308, 50],
  ])('%s: refused by CSV, GeoJSON and the data package alike', async (_, lon, lat) => {
    const csv = await runImport([file('a.csv', `name;lat;lon\nX;${lat};${lon}`)]);
    const geo = await runImport([file('a.geojson', collection(point([lon, lat])))]);
    const ds = shippedDataset();
    const pkg = packageOfDataset(ds);
    const a = pkg.actors.features[0];
    pkg.actors.features = [{ ...a, geometry: { type: 'Point', coordinates: [lon, lat] } }];
    pkg.relations = [];
    pkg.documents = [];
    pkg.networks = [];
    for (const p of pkg.projects.features)
      p.properties = { ...p.properties, members: [], lead: null };
    const bundle = await runImport([file('b.json', exportBundle(pkg, 'b'))]);
    expect(csv.counts.actors).toBe(0);
    expect(geo.counts.actors).toBe(0);
    expect(bundle.counts.actors).toBe(0);
    for (const r of [csv, geo, bundle])
      expect(r.issues.filter((i) => i.severity === 'error').length).toBeGreaterThan(0);
  });

  it('the shipped data passes the stricter position check', () => {
    const ds = shippedDataset();
    for (const n of ds.nodes)
      expect(v.safeParse(PositionSchema, [...n.coordinates]).success, n.id).toBe(true);
  });
});

describe('GeoJSON', () => {
  it('a Point written as nested arrays is refused, not read as [8.6, 52.5]', async () => {
    const r = await runImport([file('n.geojson', collection(point([[8.6], [52.5]])))]);
    expect(r.counts.actors).toBe(0);
    expect(r.issues.map((i) => [i.code, i.feature, i.field])).toEqual([
      ['coords-nan', 'features[0]', 'geometry.coordinates[0]'],
    ]);
  });

  it('string coordinates are refused (RFC 7946: numbers)', async () => {
    const r = await runImport([file('s.geojson', collection(point(['10.9', '49.9'])))]);
    expect(r.counts.actors).toBe(0);
    expect(r.issues.map((i) => i.code)).toEqual(['coords-nan']);
  });

  it.each([
    ['an open ring', [square.slice(0, 4)], 'geometry.coordinates[0]'],
    ['a two-point ring', [[square[0], square[1]]], 'geometry.coordinates[0]'],
    [
      'a nested-array position',
      [[...square.slice(0, 2), [[11], [50]], ...square.slice(3)]],
      'geometry.coordinates[0][2]',
    ],
  ])('%s is refused naming the ring', async (_, coords, field) => {
    const r = await runImport([file('p.geojson', collection(polygon(coords)))]);
    expect(r.counts.actors).toBe(0);
    expect(r.issues.map((i) => [i.feature, i.field])).toEqual([['features[0]', field]]);
  });

  it('a closed polygon still imports at its centroid (warning)', async () => {
    const r = await runImport([file('ok.geojson', collection(polygon([square])))]);
    expect(r.counts.actors).toBe(1);
    expect(r.issues.map((i) => i.code)).toEqual(['geometry-centroid']);
  });

  it(`a polygon of more than ${MAX_GEOMETRY_POSITIONS.toLocaleString('en')} positions is refused before its centroid`, async () => {
    const ring = Array.from({ length: MAX_GEOMETRY_POSITIONS + 1 }, (_, i) => [
      10 + Math.cos(i) / 10,
      50 + Math.sin(i) / 10,
    ]);
    ring.push(ring[0]);
    const r = await runImport([file('big.geojson', collection(polygon([ring])))]);
    expect(r.counts.actors).toBe(0);
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([
      ['too-many-features', 'geometry.coordinates[0]'],
    ]);
  });
});
