import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import {
  gemeindeLabelSortKey,
  kreisLabelText,
  SPOT_COLORS,
  spotFill,
} from '../../../src/lib/map/admin/admin-style';
import { SPOT_CLASSES } from '../../../src/lib/geo/white-spots';
import { decodeGemeinden, decodeKreise, kreisLabels } from '../../../src/lib/geo/admin-areas';

describe('kreisLabelText', () => {
  it.each([
    ['Bamberg', 'Landkreis', 'Landkreis Bamberg'],
    ['Lippe', 'Kreis', 'Kreis Lippe'],
    ['Bamberg', 'Kreisfreie Stadt', 'Bamberg'],
    ['Karlsruhe', 'Stadtkreis', 'Karlsruhe'],
    ['Hochsauerlandkreis', 'Kreis', 'Hochsauerlandkreis'],
    ['Region Hannover', 'Landkreis', 'Region Hannover'],
    ['Städteregion Aachen', 'Kreis', 'Städteregion Aachen'],
    ['Regionalverband Saarbrücken', 'Landkreis', 'Regionalverband Saarbrücken'],
    ['Eifelkreis Bitburg-Prüm', 'Landkreis', 'Eifelkreis Bitburg-Prüm'],
  ])('%s (%s) → %s', (name, bez, out) => expect(kreisLabelText(name, bez)).toBe(out));
});

describe('style expressions', () => {
  const evaluate = (e: unknown, props: Record<string, unknown>, state: Record<string, unknown>) => {
    const parsed = createExpression(e, 'test');
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    return parsed.value.evaluate(
      { zoom: 9 },
      { type: 'Polygon', properties: props } as never,
      state,
    );
  };
  it('colours each white-spot class and leaves unclassed areas clear', () => {
    expect(SPOT_COLORS).toHaveLength(SPOT_CLASSES.length + 1);
    SPOT_COLORS.forEach((c, i) => expect(evaluate(spotFill(), {}, { cls: i })).toBe(c));
    expect(evaluate(spotFill(), {}, {})).toBe('rgba(0,0,0,0)');
  });
  it('places Städte first, then the larger Gemeinden', () => {
    const key = (bez: string, population: number) =>
      evaluate(gemeindeLabelSortKey(), { bez, population }, {}) as number;
    expect(key('Stadt', 1000)).toBeLessThan(key('Gemeinde', 50_000));
    expect(key('Stadt', 70_000)).toBeLessThan(key('Stadt', 1000));
    expect(key('Gemeinde', 5000)).toBeLessThan(key('Gemeinde', 0));
  });
});

describe('shipped admin files', () => {
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as unknown;
  it('hold all 10,997 Gemeinden and 401 Kreise with a label inside Germany', () => {
    const g = decodeGemeinden(read('data/admin/gemeinden.topo.json'));
    expect(g.geometries).toHaveLength(10_997);
    expect(g.byAgs.size).toBe(10_997);
    const k = decodeKreise(read('data/admin/kreise.topo.json'));
    const labels = kreisLabels(k).features;
    expect(labels).toHaveLength(401);
    for (const l of labels) {
      const [lon, lat] = l.geometry.coordinates;
      expect(lon > 5.8 && lon < 15.1 && lat > 47.2 && lat < 55.1, l.properties.name).toBe(true);
    }
  });
  it('reject a file of the wrong shape', () => {
    expect(() => decodeGemeinden({ type: 'Topology', objects: {}, arcs: [] })).toThrow();
    expect(() => decodeKreise(read('data/admin/gemeinden.topo.json'))).toThrow();
    expect(() => decodeGemeinden(null)).toThrow();
  });
});
