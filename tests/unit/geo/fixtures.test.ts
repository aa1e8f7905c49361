/**
 * In/out GeoJSON fixtures for the geo builders (Turf's test style). Each directory in
 * tests/fixtures/geo is one case; its prefix names the builder:
 *   areas-*  consortiumArea over the member points in in.geojson
 *   lines-*  relationLines over the node points and the `relations` foreign member
 *   map-*    toGeoJSON over node points (geometry may be null) and `relations`
 * `REGEN=1 npx vitest run tests/unit/geo` rewrites out.geojson; on a mismatch an
 * out-changed.geojson is written next to the original for review.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { consortiumArea } from '../../../src/lib/geo/consortium-areas';
import { relationLines, type RelationInput } from '../../../src/lib/geo/relation-lines';
import { toGeoJSON, type NodeInput } from '../../../src/lib/geo/to-geojson';

const ROOT = join(import.meta.dirname, '../../fixtures/geo');
const REGEN = process.env.REGEN === '1';

type In = FeatureCollection<Point | null> & {
  relations?: RelationInput[];
  documentKinds?: Record<string, string[]>;
  bufferKm?: number;
};

const round = (v: unknown): unknown =>
  typeof v === 'number'
    ? Math.round(v * 1000) / 1000
    : Array.isArray(v)
      ? v.map(round)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]))
        : v;

function run(name: string, input: In): unknown {
  const pts = input.features as Feature<Point | null>[];
  if (name.startsWith('areas-')) {
    const area = consortiumArea(
      'p',
      'Projekt',
      pts.map((f) => f.geometry!.coordinates),
      { bufferKm: input.bufferKm ?? 5 },
    );
    return { type: 'FeatureCollection', features: area ? [area] : [] };
  }
  if (name.startsWith('lines-')) {
    const positions = new Map<string, Position>(
      pts.map((f) => [String(f.properties!.id), f.geometry!.coordinates]),
    );
    const { lines, missing } = relationLines(input.relations ?? [], positions, {
      documentKinds: new Map(Object.entries(input.documentKinds ?? {})),
      nameOf: (id) => pts.find((f) => f.properties!.id === id)?.properties!.name as string,
    });
    return { ...lines, missing };
  }
  if (name.startsWith('map-')) {
    const nodes: NodeInput[] = pts.map((f) => ({
      ...(f.properties as Omit<NodeInput, 'coordinates'>),
      coordinates: f.geometry?.coordinates,
    }));
    const out = toGeoJSON(nodes, input.relations ?? [], {
      documentKinds: new Map(Object.entries(input.documentKinds ?? {})),
    });
    return {
      type: 'FeatureCollection',
      features: [...out.projects.features, ...out.actors.features, ...out.relations.features],
      notLocated: out.notLocated,
    };
  }
  throw new Error(`unknown fixture prefix: ${name}`);
}

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('geo fixtures', () => {
  it('has cases for every builder', () => {
    for (const p of ['areas-', 'lines-', 'map-'])
      expect(cases.some((c) => c.startsWith(p))).toBe(true);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(ROOT, name);
    const input = JSON.parse(readFileSync(join(dir, 'in.geojson'), 'utf8')) as In;
    const before = JSON.stringify(input);
    const actual = round(run(name, input));
    expect(JSON.stringify(input), 'input not mutated').toBe(before);
    const outFile = join(dir, 'out.geojson');
    const changed = join(dir, 'out-changed.geojson');
    const text = JSON.stringify(actual, null, 2) + '\n';
    if (REGEN) writeFileSync(outFile, text);
    expect(existsSync(outFile), `${outFile} missing: run with REGEN=1`).toBe(true);
    const expected = JSON.parse(readFileSync(outFile, 'utf8'));
    if (JSON.stringify(expected) !== JSON.stringify(actual)) writeFileSync(changed, text);
    else if (existsSync(changed)) rmSync(changed);
    expect(actual).toEqual(expected);
  });
});
