/**
 * Messages are ICU MessageFormat (`{name}`, `{count, plural, one {# Knoten} other {# Knoten}}`),
 * parsed and formatted by FormatJS (`@formatjs/icu-messageformat-parser`, `intl-messageformat`),
 * not by code of our own. FormatJS interprets the parsed message, so it runs under the app's
 * Content-Security-Policy (no `eval`, unlike `@messageformat/core`'s compiler). Each message is
 * parsed once per language and kept ({@link translate} is called for every label of the graph
 * and the list).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import {
  isLiteralElement,
  parse,
  TYPE,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
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

/** German numbers use `1.234,5`; English `1,234.5`. */
export function formatNumber(lang: Lang, n: number, digits = 0): string {
  return numberFormat(lang, digits, digits).format(n);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `Intl.NumberFormat` for `lang`, made once per setting (making one costs ~30 µs). */
function numberFormat(lang: Lang, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const id = `${lang} ${minDigits} ${maxDigits}`;
  let f = numberFormats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    });
    numberFormats.set(id, f);
  }
  return f;
}

/**
 * Builds the whole-number formatters of both languages ahead of use. The page's first
 * `Intl.NumberFormat` (or `supportedLocalesOf`, which every `IntlMessageFormat` calls) loads
 * ICU's locale tables: 15–25 ms on a slow machine, not the ~30 µs of a later one. `main.ts`
 * asks for this in the short task that runs the start-up modules, so that cost does not land
 * in the task that mounts the page, where the first message with a number would pay it
 * (the filter counts), nor in a later view's.
 */
export function prepareNumberFormats(): void {
  for (const lang of LANGS) numberFormat(lang, 0, 0);
}

/** A coordinate (degrees) for a message: up to 6 fraction digits, none padded. */
export function coordinate(n: number): Decimal {
  return { decimal: n, digits: 6 };
}

/**
 * A message that is not valid ICU MessageFormat, or that uses one argument both as text and
 * as a number. Names the key, the language and what the parser found.
 */
export class MessageSyntaxError extends Error {
  override readonly name = 'MessageSyntaxError';
  constructor(
    readonly lang: Lang,
    readonly key: string,
    readonly source: string,
    /** What the parser found, and where (`MALFORMED_ARGUMENT at character 15`). */
    readonly detail: string,
  ) {
    super(`Message ${key} (${lang}) is not valid ICU MessageFormat: ${detail}. Message: ${source}`);
  }
}

/**
 * How an argument reaches the formatter: `text` (`{name}`) is filled by {@link show};
 * `number` (the subject of a plural, `{n, number}`) goes in as a number, and `#` in a plural
 * branch is that number in the language's digits (`Intl.NumberFormat`); `select` as a string.
 */
type Role = 'text' | 'number' | 'select';

interface Compiled {
  /**
   * The formatter, or the text itself for a message that is only text (most labels): each
   * `IntlMessageFormat` made resolves its locale through `Intl` (`supportedLocalesOf`, ~0.1 ms;
   * the page's first loads ICU's tables), and the first view shows dozens of labels.
   */
  message: IntlMessageFormat | string;
  args: ReadonlyMap<string, Role>;
}

/** Parsed messages per language, by source text (a lazy bundle's key reads as itself first). */
const compiled: Record<Lang, Map<string, Compiled | MessageSyntaxError>> = {
  de: new Map(),
  en: new Map(),
};

function compile(lang: Lang, key: string, source: string): Compiled | MessageSyntaxError {
  let ast: MessageFormatElement[];
  try {
    // `<` and `>` are text here (“<Placemark>”), not FormatJS rich-text tags.
    ast = parse(source, { ignoreTag: true });
  } catch (e) {
    return new MessageSyntaxError(lang, key, source, parserDetail(e));
  }
  const args = new Map<string, Role>();
  const clash = collectArgs(ast, args);
  if (clash)
    return new MessageSyntaxError(
      lang,
      key,
      source,
      `{${clash}} is used both as text and as a number; write # inside its plural, or {${clash}, number}`,
    );
  // Text only: what FormatJS would return, its literal parts joined (quotes already unescaped).
  if (ast.every(isLiteralElement)) return { message: ast.map((el) => el.value).join(''), args };
  return { message: new IntlMessageFormat(ast, LOCALE[lang]), args };
}

/** Fills `args` with every argument of `ast`; returns a name used in two roles, if any. */
function collectArgs(ast: MessageFormatElement[], args: Map<string, Role>): string | undefined {
  for (const el of ast) {
    const arg = argumentOf(el);
    if (arg) {
      const [name, role] = arg;
      const seen = args.get(name);
      if (seen && seen !== role) return name;
      args.set(name, role);
    }
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) {
        const clash = collectArgs(option.value, args);
        if (clash) return clash;
      }
  }
  return undefined;
}

/** The argument an element reads, and its role; none for text, `#` and tags. */
function argumentOf(el: MessageFormatElement): [string, Role] | undefined {
  switch (el.type) {
    case TYPE.argument:
      return [el.value, 'text'];
    case TYPE.select:
      return [el.value, 'select'];
    case TYPE.plural:
    case TYPE.number:
    case TYPE.date:
    case TYPE.time:
      return [el.value, 'number'];
    default:
      return undefined;
  }
}

/** The parser's error kind and where it stopped (`MALFORMED_ARGUMENT at character 15`). */
function parserDetail(e: unknown): string {
  const kind = e instanceof Error ? e.message : String(e);
  const loc = e instanceof Error && 'location' in e ? e.location : undefined;
  const start = typeof loc === 'object' && loc && 'start' in loc ? loc.start : undefined;
  const offset = typeof start === 'object' && start && 'offset' in start ? start.offset : undefined;
  return typeof offset === 'number' ? `${kind} at character ${offset + 1}` : kind;
}

/**
 * Look up `key` in `lang` and format it as an ICU message with `params`.
 *
 * - `{name}`: a number is shown whole in the language's digits (`1.234` / `1,234`), a
 *   {@link Decimal} with its fraction digits, a string as given; in English, German quotation
 *   marks „…“ in a string (user values quoted by the importer) become “…”.
 * - `{count, plural, one {# Knoten} other {# Knoten}}`: the branch is chosen by `=n`, then by
 *   the CLDR category of `count` in the language (`Intl.PluralRules`), then `other`; `#` is
 *   `count` in the language's digits. `{x, select, …}` picks by the string value.
 * - A missing `{name}` stays visible as `{name}`, so a mistake shows up in review instead of
 *   producing a silently wrong sentence. A missing plural number is an error in development;
 *   a production build falls to `other`.
 *
 * Each message is parsed once per language and kept. Syntax: ICU MessageFormat
 * (https://unicode-org.github.io/icu/userguide/format_parse/messages/), as FormatJS reads it;
 * plural categories: CLDR (https://cldr.unicode.org/index/cldr-spec/plural-rules).
 *
 * @throws {MessageSyntaxError} in development (`import.meta.env.DEV`, unit tests) when the
 *   message is not valid ICU MessageFormat; a production build logs it once and shows the
 *   message as written, so the app keeps running.
 * @throws {Error} in development when a plural's (or `{n, number}`'s) number is missing.
 */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return formatMessage(lang, tables[lang][key] ?? key, params, key);
}

/**
 * Formats the ICU message `source` in `lang`, as {@link translate} does for a key; `key`
 * names the message in errors. Exported for messages that are not in a bundle (tests).
 *
 * @throws {MessageSyntaxError} see {@link translate}.
 */
export function formatMessage(
  lang: Lang,
  source: string,
  params: Params = {},
  key = source,
): string {
  let c = compiled[lang].get(source);
  if (!c) {
    c = compile(lang, key, source);
    compiled[lang].set(source, c);
    if (c instanceof MessageSyntaxError && !import.meta.env.DEV) console.error(c);
  }
  if (c instanceof MessageSyntaxError) {
    // Kept by source text: another key with the same text gets an error under its own name.
    if (import.meta.env.DEV)
      throw c.key === key ? c : new MessageSyntaxError(lang, key, source, c.detail);
    return source;
  }
  if (typeof c.message === 'string') return c.message;
  const values: Record<string, string | number> = {};
  for (const [name, role] of c.args) {
    const value = params[name];
    if (role === 'text') values[name] = value === undefined ? `{${name}}` : show(lang, value);
    else if (role === 'select') values[name] = typeof value === 'string' ? value : String(value);
    else {
      if (value === undefined && import.meta.env.DEV)
        throw new Error(`Message ${key} (${lang}) needs a number for {${name}}`);
      values[name] = typeof value === 'object' ? value.decimal : Number(value);
    }
  }
  const out = c.message.format<string>(values);
  return Array.isArray(out) ? out.join('') : out;
}

/** A `{name}` value as text in `lang` (see {@link translate}). */
function show(lang: Lang, value: string | number | Decimal): string {
  if (typeof value === 'number') return formatNumber(lang, value);
  if (typeof value === 'object') return numberFormat(lang, 0, value.digits).format(value.decimal);
  return lang === 'en' ? value.replace(/„([^„“]*)“/g, '“$1”') : value;
}

/** Accepts anything (a stored value, a URL parameter) and returns a supported language. */
export function maybeLang(value: unknown): Lang | undefined {
  return value === 'de' || value === 'en' ? value : undefined;
}
