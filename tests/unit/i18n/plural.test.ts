import { describe, expect, it } from 'vitest';
import { de, en, lazyBundles, loadMessages, type MessageKey } from '../../../src/lib/i18n/messages';
import { coordinate, pluralCategory, translate, type Lang } from '../../../src/lib/i18n/translate';

await loadMessages(...(Object.keys(lazyBundles) as (keyof typeof lazyBundles)[]));

const pluralKeys = (Object.keys(de) as MessageKey[]).filter(
  (k) => de[k].includes(', plural,') || en[k].includes(', plural,'),
);

describe('pluralCategory (Intl.PluralRules)', () => {
  it.each([
    ['de', 0, 'other'],
    ['de', 1, 'one'],
    ['de', 2, 'other'],
    ['de', 1.5, 'other'],
    ['en', 1, 'one'],
    ['en', 21, 'other'],
  ] as const)('%s %d → %s', (lang, n, cat) => {
    expect(pluralCategory(lang, n)).toBe(cat);
  });
});

describe('plural messages', () => {
  it('some messages use plurals', () => {
    expect(pluralKeys.length).toBeGreaterThan(20);
  });

  it.each(pluralKeys)('%s expands fully for 0, 1, 2 in both languages', (key) => {
    const names = [
      ...new Set(
        [
          ...de[key].matchAll(
            /(?<!(?:zero|one|two|few|many|other|=\d+) ?)\{(\w+)(?:\}|, plural,)/g,
          ),
        ].map((m) => m[1]),
      ),
    ];
    for (const lang of ['de', 'en'] as Lang[])
      for (const n of [0, 1, 2]) {
        const params = Object.fromEntries(names.map((name) => [name, n]));
        const out = translate(lang, key, params);
        expect(out, `${lang} ${n}`).not.toMatch(/[{}#]|plural/);
      }
  });

  it.each([
    ['de', 'graph.announce.selected', { name: 'Kalletal', count: 1 }, 'Kalletal: 1 Nachbar.'],
    ['de', 'graph.announce.selected', { name: 'Kalletal', count: 3 }, 'Kalletal: 3 Nachbarn.'],
    ['en', 'graph.announce.selected', { name: 'Kalletal', count: 1 }, 'Kalletal: 1 neighbour.'],
    ['en', 'graph.announce.selected', { name: 'Kalletal', count: 0 }, 'Kalletal: 0 neighbours.'],
    ['en', 'import.confirm', { count: 1 }, 'Import 1 valid node'],
    ['en', 'import.confirm', { count: 1200 }, 'Import 1,200 valid nodes'],
    ['de', 'import.confirm', { count: 1 }, '1 gültigen Knoten importieren'],
    ['de', 'import.confirm', { count: 1200 }, '1.200 gültige Knoten importieren'],
    [
      'en',
      'import.confirm.partial',
      { count: 1, errors: 2 },
      'Import the 1 valid node despite 2 errors',
    ],
    [
      'en',
      'import.confirm.partial',
      { count: 5, errors: 1 },
      'Import the 5 valid nodes despite 1 error',
    ],
    [
      'de',
      'import.confirm.partial',
      { count: 1, errors: 1 },
      'Trotz 1 Fehler den 1 gültigen Knoten importieren',
    ],
    [
      'de',
      'import.confirm.partial',
      { count: 4, errors: 2 },
      'Trotz 2 Fehlern die 4 gültigen Knoten importieren',
    ],
    [
      'en',
      'import.result',
      { nodes: 1, relations: 0, errors: 1 },
      '1 node and 0 connections are valid; 1 row/record is left out.',
    ],
    [
      'de',
      'import.result',
      { nodes: 1, relations: 1, errors: 2 },
      '1 Knoten und 1 Verbindung sind gültig; 2 Zeilen/Datensätze werden nicht übernommen.',
    ],
  ] as const)('%s %s %o', (lang, key, params, expected) => {
    expect(translate(lang, key, params).startsWith(expected.replace(/\.$/, ''))).toBe(true);
    expect(translate(lang, key, params)).toContain(expected);
  });

  it('a malformed plural stays visible', () => {
    // `near.origin` has no plural; feed a label that looks like one: values are not parsed.
    expect(translate('de', 'near.origin', { label: '{x, plural, one {a}}' })).toBe(
      'Ausgangspunkt: {x, plural, one {a}}',
    );
  });
});

describe('quotes and coordinates', () => {
  it('user values quoted by the importer get English quotes in English', () => {
    expect(translate('en', 'issue.coords.nan', { value: '„abc“' })).toBe('“abc” is not a number.');
    expect(translate('de', 'issue.coords.nan', { value: '„abc“' })).toBe('„abc“ ist keine Zahl.');
  });

  it('coordinates name longitude and latitude, with the decimal mark of the language', () => {
    const params = { x: coordinate(8.9), y: coordinate(152.3) };
    expect(translate('de', 'issue.coords.range', params)).toBe(
      'Längengrad 8,9 / Breitengrad 152,3 liegt außerhalb jedes gültigen Bereichs.',
    );
    expect(translate('en', 'issue.coords.range', params)).toBe(
      'Longitude 8.9 / latitude 152.3 is outside any valid range.',
    );
    expect(
      translate('en', 'issue.coords.abroad', { x: coordinate(-3.70379), y: coordinate(40.416775) }),
    ).toContain('longitude -3.70379 / latitude 40.416775');
  });

  it('swapped coordinates say what the file gives as longitude and latitude', () => {
    const params = { x: coordinate(49.89), y: coordinate(11.2) };
    expect(translate('de', 'issue.coords.swapped', params)).toContain(
      'in der Datei Längengrad 49,89 / Breitengrad 11,2',
    );
    expect(translate('en', 'issue.coords.swapped', params)).toContain(
      'the file gives longitude 49.89 / latitude 11.2',
    );
  });
});
