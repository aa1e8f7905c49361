import { de, en, type MessageKey } from './messages';

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

/**
 * A decimal number shown with up to `digits` fraction digits in the reader's language
 * (coordinates: `8.9` → „8,9“ in German, “8.9” in English). A plain number is shown whole.
 */
export interface Decimal {
  decimal: number;
  digits: number;
}
export type Params = Record<string, string | number | Decimal>;

const tables: Record<Lang, Record<MessageKey, string>> = { de, en };
const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

/**
 * One `Intl.NumberFormat` per language and digit count: `toLocaleString` with options
 * builds a new formatter (ICU data look-up included) on every call.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * Builds the whole-number formatter of `lang` ahead of use. The first `Intl.NumberFormat` of a
 * page loads its locale's ICU data (~10 ms on a slow machine); {@link I18n} asks for this in a
 * task of its own when the app starts, so that cost never lands in the task of a view that
 * happens to format the first number (the network view's progress and limits).
 */
export function prepareNumberFormat(lang: Lang): void {
  numberFormat(lang, 0, 0);
}

/** German numbers use `1.234,5`; English `1,234.5`. */
export function formatNumber(lang: Lang, n: number, digits = 0): string {
  return numberFormat(lang, digits, digits).format(n);
}

/** A coordinate (degrees) for a message: up to 6 fraction digits, none padded. */
export function coordinate(n: number): Decimal {
  return { decimal: n, digits: 6 };
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The CLDR plural category of `n` in `lang` (`one`, `other`, …), from `Intl.PluralRules`. */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

const PLURAL_START = /\{(\w+), plural,/g;

/**
 * Expands ICU-style plurals, `{count, plural, one {# Nachbar} other {# Nachbarn}}`: the
 * branch is chosen by `=n` first, then by {@link pluralCategory}, then `other`; `#` in it
 * becomes `{count}` (formatted later like any number). Branches may hold `{placeholders}`,
 * not further plurals. A malformed plural is left as written so review sees it.
 */
function expandPlurals(lang: Lang, template: string, params: Params): string {
  let out = '';
  let last = 0;
  PLURAL_START.lastIndex = 0;
  for (let m = PLURAL_START.exec(template); m; m = PLURAL_START.exec(template)) {
    const name = m[1];
    const branches = new Map<string, string>();
    let i = m.index + m[0].length;
    let closed = false;
    while (i < template.length) {
      while (template[i] === ' ') i++;
      if (template[i] === '}') {
        closed = true;
        i++;
        break;
      }
      const sel = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(template.slice(i));
      if (!sel) break;
      i += sel[0].length;
      let depth = 1;
      const start = i;
      while (i < template.length && depth > 0) {
        if (template[i] === '{') depth++;
        else if (template[i] === '}') depth--;
        i++;
      }
      branches.set(sel[1], template.slice(start, i - 1));
    }
    if (!closed || !branches.has('other')) continue;
    const raw = params[name];
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : raw?.decimal;
    const chosen =
      (n !== undefined && Number.isFinite(n)
        ? (branches.get(`=${n}`) ?? branches.get(pluralCategory(lang, n)))
        : undefined) ?? branches.get('other')!;
    out += template.slice(last, m.index) + chosen.replace(/#/g, `{${name}}`);
    last = i;
    PLURAL_START.lastIndex = i;
  }
  return out + template.slice(last);
}

/**
 * Look up `key` in `lang` and fill `{placeholders}`. Numbers are formatted for the
 * language; `{n, plural, one {…} other {…}}` picks the plural form (see
 * {@link pluralCategory}). In English, German quotation marks „…“ in string values (user
 * values quoted by the importer) become “…”. An unknown placeholder is left visible rather
 * than dropped, so a mistake shows up in review instead of producing a silently wrong sentence.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = tables[lang][key] ?? key;
  if (!params) return template;
  return expandPlurals(lang, template, params).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(lang, value);
    if (typeof value === 'object') return formatDecimal(lang, value);
    return lang === 'en' ? value.replace(/„([^„“]*)“/g, '“$1”') : value;
  });
}

function formatDecimal(lang: Lang, { decimal, digits }: Decimal): string {
  return numberFormat(lang, 0, digits).format(decimal);
}

/** Accepts anything (a stored value, a URL parameter) and returns a supported language. */
export function maybeLang(value: unknown): Lang | undefined {
  return value === 'de' || value === 'en' ? value : undefined;
}
