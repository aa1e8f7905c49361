import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeGazetteer, kreisOfPlace, placeLabel } from '../../../src/lib/geo/gazetteer';
import { resolvePlace, suggestPlaces } from '../../../src/lib/geo/place-query';

const gaz = decodeGazetteer(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/gazetteer.json'), 'utf8')),
);

describe('resolvePlace', () => {
  it('finds a single place', () => {
    const r = resolvePlace(gaz, 'Erlangen');
    expect(r.kind).toBe('found');
    if (r.kind === 'found') expect(r.place.land).toBe('DE-BY');
  });

  it('asks for Mühlhausen, with Thüringen, Bayern and Baden-Württemberg and their Kreise', () => {
    const r = resolvePlace(gaz, 'Mühlhausen');
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(new Set(r.candidates.map((p) => p.land))).toEqual(new Set(['DE-TH', 'DE-BY', 'DE-BW']));
    const th = r.candidates.find((p) => p.land === 'DE-TH')!;
    expect(kreisOfPlace(gaz, th)?.name).toBe('Unstrut-Hainich-Kreis');
    for (const p of r.candidates) expect(kreisOfPlace(gaz, p)).toBeDefined();
  });

  it('finds Kalletal (a Gemeinde GeoNames lacks) and Landkreis Bamberg', () => {
    const r = resolvePlace(gaz, 'Kalletal');
    expect(r.kind === 'found' && r.place.ags).toBe('05766036');
    const k = resolvePlace(gaz, 'Landkreis Bamberg');
    expect(k.kind === 'found' && placeLabel(k.place)).toBe('Landkreis Bamberg');
  });

  it('says unknown and suggests close matches', () => {
    const r = resolvePlace(gaz, 'Erlngen');
    expect(r.kind).toBe('unknown');
    if (r.kind === 'unknown') expect(r.suggestions[0].name).toBe('Erlangen');
    expect(suggestPlaces(gaz, 'Qxqxqxqx')).toEqual([]);
  });

  it('treats blank input as empty', () => {
    expect(resolvePlace(gaz, '  ').kind).toBe('empty');
  });
});
