import { describe, expect, it } from 'vitest';
import { bundles, de, en, lazyBundles, loadMessages } from '../../../src/lib/i18n/messages';
import { formatNumber, maybeLang, translate } from '../../../src/lib/i18n/translate';

/** Names used as `{name}` or `{name, plural, …}`, each once. */
const placeholders = (s: string) =>
  [
    ...new Set(
      [...s.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+) ?)\{(\w+)(?:\}|, plural,)/g)].map(
        (m) => m[1],
      ),
    ),
  ].sort();

// Every bundle, those that load on first use too.
await loadMessages(...(Object.keys(lazyBundles) as (keyof typeof lazyBundles)[]));
const all: Record<string, { de: Record<string, string>; en: Record<string, string> }> = {
  ...bundles,
};
for (const [name, load] of Object.entries(lazyBundles)) all[name] = await load();

describe('i18n tables', () => {
  it('a bundle that loads on first use is not in the start-up tables until loaded', () => {
    expect(Object.keys(bundles)).not.toContain('importing');
    expect(de['import.title']).toBe('Eigene Daten importieren');
  });

  it.each(Object.entries(all))('bundle %s has the same keys in German and English', (_, b) => {
    expect(Object.keys(b.en).sort()).toEqual(Object.keys(b.de).sort());
  });

  it('no key is defined by two bundles', () => {
    const seen = new Map<string, string>();
    for (const [name, b] of Object.entries(all)) {
      for (const key of Object.keys(b.de)) {
        expect(seen.get(key), `${key} in ${name} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('every string is non-empty and uses the same placeholders in both languages', () => {
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(de[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
    }
  });
});

describe('translate', () => {
  it.each([
    ['de', 'app.title', undefined, 'Smart City Kooperationsatlas'],
    ['en', 'app.title', undefined, 'Smart City Cooperation Atlas'],
    ['de', 'error.http', { status: '404' }, 'Server antwortete mit Status 404'],
    ['en', 'error.http', { status: 404 }, 'The server answered with status 404'],
  ] as const)('%s %s', (lang, key, params, expected) => {
    expect(translate(lang, key, params)).toBe(expected);
  });

  it('leaves an unknown placeholder visible', () => {
    expect(translate('de', 'error.http', {})).toBe('Server antwortete mit Status {status}');
  });

  it('formats numbers per language', () => {
    expect(formatNumber('de', 1234.5, 1)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5, 1)).toBe('1,234.5');
  });

  it.each([
    ['de', 'de'],
    ['en', 'en'],
    ['fr', undefined],
    [null, undefined],
    [42, undefined],
  ])('maybeLang(%s) = %s', (input, out) => {
    expect(maybeLang(input)).toBe(out);
  });
});
