import { de, en, type MessageKey } from './messages';

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];
export type Params = Record<string, string | number>;

const tables: Record<Lang, Record<MessageKey, string>> = { de, en };

/** German numbers use `1.234,5`; English `1,234.5`. */
export function formatNumber(lang: Lang, n: number, digits = 0): string {
  return n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

/**
 * Look up `key` in `lang` and fill `{placeholders}`. Numbers are formatted for
 * the language. An unknown placeholder is left visible rather than dropped, so a
 * mistake shows up in review instead of producing a silently wrong sentence.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = tables[lang][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/** Accepts anything (a stored value, a URL parameter) and returns a supported language. */
export function maybeLang(value: unknown): Lang | undefined {
  return value === 'de' || value === 'en' ? value : undefined;
}
