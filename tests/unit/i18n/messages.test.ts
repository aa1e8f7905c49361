import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  bundles,
  de,
  en,
  lazyBundles,
  loadMessages,
  type MessageKey,
} from '../../../src/lib/i18n/messages';
import { formatMessage, formatNumber, maybeLang, translate } from '../../../src/lib/i18n/translate';

const parseMessage = (s: string) => parse(s, { ignoreTag: true });

/** The arguments of a parsed message (`{name}` text, plural numbers) and whether it has `#`. */
function argumentsOf(
  ast: MessageFormatElement[],
  out = { text: new Set<string>(), numbers: new Set<string>(), pound: false },
) {
  for (const el of ast) {
    if (el.type === TYPE.argument) out.text.add(el.value);
    if (el.type === TYPE.pound) out.pound = true;
    if (el.type === TYPE.plural) {
      out.numbers.add(el.value);
      for (const o of Object.values(el.options)) argumentsOf(o.value, out);
    }
  }
  return out;
}

/** The names a message needs, sorted. */
const names = (s: string) => {
  const args = argumentsOf(parseMessage(s));
  return [...new Set([...args.text, ...args.numbers])].sort();
};

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

  it('every string is non-empty and has the same arguments in both languages', () => {
    for (const key of Object.keys(de) as MessageKey[]) {
      expect(de[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      // The same names; a language may count where the other need not (“{count} Treffer”).
      expect(names(en[key]), key).toEqual(names(de[key]));
    }
  });
});

describe('every message in both languages', () => {
  const keys = Object.keys(de) as MessageKey[];

  it('some messages use plurals', () => {
    const plural = keys.filter((k) => argumentsOf(parseMessage(de[k])).numbers.size > 0);
    expect(plural.length).toBeGreaterThan(30);
  });

  it.each(['de', 'en'] as const)('%s: compiles and formats with sample values', (lang) => {
    const table = lang === 'de' ? de : en;
    for (const key of keys) {
      const args = argumentsOf(parseMessage(table[key]));
      const names = [...args.text, ...args.numbers];
      for (const n of [0, 1, 2, 1234]) {
        const params = Object.fromEntries(names.map((name) => [name, n]));
        const out = translate(lang, key, params);
        for (const name of names) expect(out, `${key} ${n}`).not.toContain(`{${name}`);
        expect(out, `${key} ${n}`).not.toMatch(/plural,|#/);
        // Every shown number is in the language's digits: 1.234 in German, 1,234 in English.
        if (n === 1234 && (args.text.size > 0 || args.pound))
          expect(out, key).toContain(formatNumber(lang, 1234));
      }
      if (names.length === 0) expect(translate(lang, key)).toBe(formatMessage(lang, table[key]));
    }
  });

  // translate() returns a message of text only without a formatter: it must read as FormatJS
  // formats it (quotes '' and '{' unescaped, `<…>` and `#` as written).
  it.each(['de', 'en'] as const)(
    '%s: a message of text only reads as FormatJS formats it',
    (lang) => {
      const table = lang === 'de' ? de : en;
      const locale = lang === 'de' ? 'de-DE' : 'en-GB';
      let textOnly = 0;
      for (const key of Object.keys(table) as MessageKey[]) {
        const ast = parseMessage(table[key]);
        if (!ast.every((el) => el.type === TYPE.literal)) continue;
        textOnly++;
        expect(translate(lang, key), key).toBe(new IntlMessageFormat(ast, locale).format());
      }
      expect(textOnly).toBeGreaterThan(100);
    },
  );

  it.each([
    ["Sag ''Hallo''", "Sag 'Hallo'"],
    ["'{name}' bleibt", '{name} bleibt'],
    ['<Placemark> # 1', '<Placemark> # 1'],
    ['', ''],
  ])('text only: %j reads %j', (source, expected) => {
    const ast = parseMessage(source);
    expect(formatMessage('de', source)).toBe(expected);
    expect(new IntlMessageFormat(ast, 'de-DE').format()).toBe(expected);
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
