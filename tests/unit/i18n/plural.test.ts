import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyBundles, loadMessages } from '../../../src/lib/i18n/messages';
import {
  coordinate,
  formatMessage,
  MessageSyntaxError,
  translate,
} from '../../../src/lib/i18n/translate';

await loadMessages(...(Object.keys(lazyBundles) as (keyof typeof lazyBundles)[]));

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('plural forms (CLDR categories of the language)', () => {
  const things = '{n, plural, =0 {keine Dinge} one {# Ding} other {# Dinge}}';
  it.each([
    ['de', 0, 'keine Dinge'],
    ['de', 1, '1 Ding'],
    ['de', 2, '2 Dinge'],
    ['de', 21, '21 Dinge'],
    ['de', 1234, '1.234 Dinge'],
    ['en', 1, '1 Ding'],
    ['en', 1234, '1,234 Dinge'],
  ] as const)('%s %d → %s', (lang, n, expected) => {
    expect(formatMessage(lang, things, { n })).toBe(expected);
  });

  it('a decimal number is never “one” (1.5 Dinge), and # shows its fraction', () => {
    expect(formatMessage('de', things, { n: 1.5 })).toBe('1,5 Dinge');
    expect(formatMessage('en', things, { n: coordinate(1.5) })).toBe('1.5 Dinge');
  });

  it('picks a select branch by the string', () => {
    const msg = '{kind, select, city {Stadt {name}} other {Ort {name}}}';
    expect(formatMessage('de', msg, { kind: 'city', name: 'Ulm' })).toBe('Stadt Ulm');
    expect(formatMessage('de', msg, { kind: 'village', name: 'Ulm' })).toBe('Ort Ulm');
  });
});

describe('plural messages of the bundles', () => {
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

  it('the same message formats anew for each call', () => {
    expect(translate('de', 'import.confirm', { count: 1 })).toBe('1 gültigen Knoten importieren');
    expect(translate('de', 'import.confirm', { count: 2 })).toBe('2 gültige Knoten importieren');
    expect(translate('en', 'import.confirm', { count: 1 })).toBe('Import 1 valid node');
  });
});

describe('values are text, not messages', () => {
  it('a value that looks like a plural is shown as it is', () => {
    expect(translate('de', 'near.origin', { label: '{x, plural, one {a}}' })).toBe(
      'Ausgangspunkt: {x, plural, one {a}}',
    );
  });

  it('apostrophes and quoted braces in a message read as text', () => {
    expect(translate('en', 'storage.quota')).toMatch(/^This browser's storage/);
    expect(translate('de', 'hint.json.properties')).toBe('"properties": { "name": … }');
  });
});

describe('malformed messages and missing numbers', () => {
  const broken = '{count, plural, one {# Knoten}}';

  it('a malformed message is an error naming key, language and place in development', () => {
    expect(() => formatMessage('de', broken, { count: 1 }, 'test.broken')).toThrow(
      MessageSyntaxError,
    );
    expect(() => formatMessage('en', '{name', {}, 'test.open')).toThrow(
      /^Message test\.open \(en\) is not valid ICU MessageFormat: \w+ at character \d+\. Message: \{name$/,
    );
  });

  it('a plural without an “other” branch is malformed', () => {
    expect(() => formatMessage('de', broken, { count: 5 }, 'test.noOther')).toThrow(
      /test\.noOther \(de\).*MISSING_OTHER_CLAUSE/,
    );
  });

  it('an argument used both as text and as a plural number is malformed', () => {
    expect(() =>
      formatMessage('de', '{n} {n, plural, one {Ding} other {Dinge}}', { n: 2 }, 'test.both'),
    ).toThrow(/\{n\} is used both as text and as a number/);
  });

  it('a production build logs a malformed message once and shows it as written', () => {
    vi.stubEnv('DEV', false);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const prod = '{n, plural, one {# Ding}} (production)';
    expect(formatMessage('de', prod, { n: 1 })).toBe(prod);
    expect(formatMessage('de', prod, { n: 2 })).toBe(prod);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toBeInstanceOf(MessageSyntaxError);
  });

  it('a missing plural number is an error in development, “other” in production', () => {
    expect(() => translate('de', 'import.confirm', {})).toThrow(
      'Message import.confirm (de) needs a number for {count}',
    );
    vi.stubEnv('DEV', false);
    expect(translate('de', 'import.confirm', {})).toBe('NaN gültige Knoten importieren');
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
