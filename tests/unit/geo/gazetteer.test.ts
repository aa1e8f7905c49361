import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  baseName,
  decodeGazetteer,
  findPlaces,
  isAmbiguous,
  kreisOfPlace,
  maybeLandId,
  nearestPlace,
  normalizePlaceName,
  parsePlaceName,
  placeByKey,
  placeLabel,
} from '../../../src/lib/geo/gazetteer';

const gaz = decodeGazetteer(JSON.parse(readFileSync('data/gazetteer.json', 'utf8')));

describe('data/gazetteer.json', () => {
  it('holds every Gemeinde, Verband and Kreis of the VG5000 and the GeoNames Orte', () => {
    const count = (kind: string) => gaz.places.filter((p) => p.kind === kind).length;
    expect(count('gemeinde')).toBe(10_790);
    expect(count('kreis')).toBe(401);
    expect(count('verband')).toBeGreaterThan(1000);
    expect(count('ort')).toBeGreaterThan(500);
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
    ['Bad  Homburg v.d. Höhe', 'bad homburg vor der hoehe'],
    ['Neustadt a.d. Aisch', 'neustadt an der aisch'],
    ['Cottbus/Chóśebuz', 'cottbus chosebuz'],
    ['', ''],
  ])('%s → %s', (input, out) => expect(normalizePlaceName(input)).toBe(out));
});

describe('baseName', () => {
  it.each([
    ['Frankfurt am Main', 'frankfurt'],
    ['Frankfurt (Oder)', 'frankfurt'],
    ['Bernau bei Berlin', 'bernau'],
    ['Neustadt a.d. Aisch', 'neustadt'],
    ['Neustadt b. Coburg', 'neustadt'],
    ['Neustadt/Westerwald', 'neustadt'],
    ['Bad Homburg v.d. Höhe', 'bad homburg'],
    ['Bamberg', null],
    ['Halle', null],
  ])('%s → %s', (raw, base) => expect(baseName(normalizePlaceName(raw), raw)).toBe(base));
});

describe('findPlaces', () => {
  const first = (q: string, o = {}) => findPlaces(gaz, q, o)[0]?.place;

  it('finds a place by exact name, whatever the case, diacritics or umlaut spelling', () => {
    for (const q of ['München', 'münchen', 'Muenchen', 'MUNCHEN', 'munchen']) {
      expect(first(q)?.ags, q).toBe('09162000');
    }
  });
  it('prefers the exact tier over the loose tier', () => {
    const m = findPlaces(gaz, 'Muenchen');
    expect(m[0].match).toBe('exact');
  });
  it('reads St. as Sankt', () => {
    // The BKG writes „St. Ingbert“; both spellings find it.
    expect(first('Sankt Ingbert')?.ags).toBe('10045117');
    expect(first('St. Ingbert')?.ags).toBe('10045117');
  });
  it('returns several candidates for an ambiguous name, largest first', () => {
    const m = findPlaces(gaz, 'Frankfurt', { kinds: ['gemeinde'] });
    expect(m.map((x) => x.place.name)).toEqual(['Frankfurt am Main', 'Frankfurt (Oder)']);
    expect(isAmbiguous(m)).toBe(true);
  });
  it('asks which Neustadt and which Mühlheim, not which Ortsteil', () => {
    const n = findPlaces(gaz, 'Neustadt', { limit: 50 });
    expect(isAmbiguous(n)).toBe(true);
    expect(n.filter((x) => x.rank === n[0].rank).length).toBeGreaterThan(10);
    expect(n[0].place.kind).toBe('gemeinde');
    const m = findPlaces(gaz, 'Mühlheim');
    expect(isAmbiguous(m)).toBe(true);
    expect(
      m
        .slice(0, 2)
        .map((x) => x.place.land)
        .sort(),
    ).toEqual(['DE-BW', 'DE-HE']);
  });
  it('finds Gemeinden that GeoNames lacks (Kalletal, Fuchstal, Parthenstein)', () => {
    expect(first('Kalletal')?.ags).toBe('05766036');
    expect(first('Fuchstal')?.land).toBe('DE-BY');
    expect(first('Parthenstein')?.land).toBe('DE-SN');
  });
  it('narrows by Land (ISO, short code or name)', () => {
    for (const land of ['DE-BB', 'BB', 'Brandenburg']) {
      const m = findPlaces(gaz, 'Frankfurt', { land });
      // The Gemeinde, then the kreisfreie Stadt as a Kreis: one place, not a choice.
      expect(m.map((x) => placeLabel(x.place))).toEqual([
        'Stadt Frankfurt (Oder)',
        'Kreisfreie Stadt Frankfurt (Oder)',
      ]);
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
  it('finds a Kreis by its key alone, before the Gemeinden in it', () => {
    const m = findPlaces(gaz, '', { key: '9471' });
    expect(placeLabel(m[0].place)).toBe('Landkreis Bamberg');
    expect(isAmbiguous(m, { key: '9471' })).toBe(false);
  });
  it('reads a query that is a key', () => {
    expect(first('05766036')?.name).toBe('Kalletal');
    expect(first('5766036')?.name).toBe('Kalletal');
    expect(first('071375008')?.bez).toBe('Verbandsgemeinde');
  });
  it('returns nothing for unknown names and for a key of the wrong form', () => {
    expect(findPlaces(gaz, 'Atlantis')).toEqual([]);
    expect(findPlaces(gaz, '', { key: 'abc' })).toEqual([]);
    expect(findPlaces(gaz, '   ')).toEqual([]);
  });
  it('a bare name means the Gemeinde, not the Kreis or Verband of the same name', () => {
    const m = findPlaces(gaz, 'Bamberg');
    expect(m[0].place.bez).toBe('Stadt');
    expect(isAmbiguous(m)).toBe(false);
    expect(first('Weißenthurm')?.kind).toBe('gemeinde');
  });
  it.each([
    ['Landkreis Bamberg', 'Landkreis', '09471'],
    ['Bamberg, Landkreis', 'Landkreis', '09471'],
    ['Bamberg (Landkreis)', 'Landkreis', '09471'],
    ['LK Bamberg', 'Landkreis', '09471'],
    ['Stadt Bamberg', 'Stadt', '09461000'],
    ['Bamberg, Stadt', 'Stadt', '09461000'],
    ['Kreisfreie Stadt Bamberg', 'Kreisfreie Stadt', '09461'],
    ['Hansestadt Rostock', 'Stadt', '13003000'],
    ['Freie und Hansestadt Hamburg', 'Stadt', '02000000'],
    ['Lutherstadt Wittenberg', 'Stadt', '15091375'],
    ['Kreis Lippe', 'Kreis', '05766'],
    ['Lippe', 'Kreis', '05766'],
    ['Landkreis Wunsiedel im Fichtelgebirge', 'Landkreis', '09479'],
    ['Neustadt an der Aisch', 'Stadt', '09575153'],
    ['Stadt Cottbus/Chóśebuz', 'Stadt', '12052000'],
    ['Kreis Schleswig-Flensburg', 'Kreis', '01059'],
    ['Verbandsgemeinde Weißenthurm', 'Verbandsgemeinde', '071375008'],
    ['VG Linz am Rhein', 'Verbandsgemeinde', '071385004'],
    ['Amt Süderbrarup', 'Amt', '010595974'],
    ['Samtgemeinde Artland', 'Samtgemeinde', '034595401'],
    ['Gemeinde Kalletal', 'Gemeinde', '05766036'],
  ])('understands BEZ and titles: %s', (q, bez, key) => {
    const m = findPlaces(gaz, q);
    expect(m[0]?.place.bez, q).toBe(bez);
    expect(m[0]?.place.key, q).toBe(key);
    expect(isAmbiguous(m), q).toBe(false);
  });
  it('respects the limit', () => {
    expect(findPlaces(gaz, 'Neustadt', { limit: 3 })).toHaveLength(3);
  });
});

describe('parsePlaceName', () => {
  it.each([
    ['Landkreis Bamberg', 'bamberg', ['kreis']],
    ['Bamberg, Landkreis', 'bamberg', ['kreis']],
    ['Universitätsstadt Gießen', 'giessen', ['gemeinde', 'kreis']],
    ['Stadtwerke Bamberg', 'stadtwerke bamberg', undefined],
    ['Halle (Saale)', 'halle saale', undefined],
    ['Bamberg', 'bamberg', undefined],
  ])('%s → %s %j', (raw, name, kinds) => {
    const p = parsePlaceName(raw);
    expect(p.name).toBe(name);
    expect(p.qualifier?.kinds).toEqual(kinds);
  });
});

describe('placeByKey', () => {
  it.each([
    ['05766036', 'Kalletal', 'gemeinde'],
    ['5766036', 'Kalletal', 'gemeinde'],
    [5766036, 'Kalletal', 'gemeinde'],
    ['057660036036', 'Kalletal', 'gemeinde'],
    ['05 766 036', 'Kalletal', 'gemeinde'],
    ['05766', 'Lippe', 'kreis'],
    ['5766', 'Lippe', 'kreis'],
    ['05766000', 'Lippe', 'kreis'],
    ['071375008', 'Weißenthurm', 'verband'],
    ['71375008', 'Weißenthurm', 'verband'],
    ['10595974', 'Süderbrarup', 'verband'],
  ] as const)('%j → %s (%s)', (key, name, kind) => {
    const hit = placeByKey(gaz, key);
    expect(hit?.place.name).toBe(name);
    expect(hit?.place.kind).toBe(kind);
  });
  it('returns undefined for keys that name nothing here', () => {
    expect(placeByKey(gaz, '09')).toBeUndefined();
    expect(placeByKey(gaz, '09999999')).toBeUndefined();
    expect(placeByKey(gaz, 'Bamberg')).toBeUndefined();
  });
});

describe('kreisOfPlace', () => {
  it('names the Kreis of a Gemeinde, an Ort and a Verband', () => {
    const kalletal = placeByKey(gaz, '05766036')!.place;
    expect(placeLabel(kreisOfPlace(gaz, kalletal)!)).toBe('Kreis Lippe');
    const vg = placeByKey(gaz, '071375008')!.place;
    expect(placeLabel(kreisOfPlace(gaz, vg)!)).toBe('Landkreis Mayen-Koblenz');
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

describe('nearestPlace', () => {
  it('finds the Gemeinde or Ort nearest to a point, as a full scan does', () => {
    const scan = (lon: number, lat: number) => {
      let best = gaz.places[0];
      let bestD = Infinity;
      const k = Math.cos((lat * Math.PI) / 180);
      for (const p of gaz.places) {
        if (p.kind !== 'gemeinde' && p.kind !== 'ort') continue;
        const d = ((p.lon - lon) * k) ** 2 + (p.lat - lat) ** 2;
        if (d < bestD) [bestD, best] = [d, p];
      }
      return best;
    };
    for (const [lon, lat] of [
      [10.9, 49.9],
      [8.95, 52.1],
      [13.4, 52.52],
      [6.0, 50.8],
      [14.9, 51.2],
      [7.5, 54.3], // North Sea
      [9.0, 47.3], // Switzerland
    ])
      expect(nearestPlace(gaz, lon, lat), `${lon},${lat}`).toBe(scan(lon, lat));
  });
  it('names Bamberg for a point in Bamberg', () => {
    expect(nearestPlace(gaz, 10.89, 49.89)?.name).toBe('Bamberg');
  });
});
