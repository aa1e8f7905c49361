/**
 * The text normaliser, applied once, on import, to every text value a file brings in (table
 * cells, GeoJSON properties, data-package records): what it returns is what the app stores,
 * shows, searches and exports.
 *
 * - Unicode NFC, so „ü“ typed two ways is one string.
 * - Removed, with a warning naming row and field: C0 and C1 control characters, direction
 *   controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C), zero-width and other
 *   invisible characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+00AD, U+034F, U+180E, Hangul
 *   fillers, tag characters). These make a name invisible, reorder what is shown, or make two
 *   names that look the same differ.
 * - Line breaks (CR, LF, U+0085, U+2028, U+2029) and tabs become spaces, except in multi-line
 *   fields (notes), which keep LF; runs of spaces become one; the value is trimmed.
 * - More than {@link MAX_COMBINING_MARKS} combining marks on one letter (after NFC) are cut:
 *   stacked marks („Zalgo“) overflow the line above and below.
 *
 * Look-alike names (a Cyrillic „В“ for a Latin „B“) are not changed: they may be meant. They
 * are flagged by `lookalikes.ts`.
 *
 * @see https://www.unicode.org/reports/tr15/ (normalisation forms)
 * @see https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters
 * @see https://www.unicode.org/reports/tr36/ (Unicode security considerations)
 */

import { issue, quote, type ImportIssue, type ImportIssueKey, type SourceRef } from './issues';

/** Combining marks kept on one base character (Vietnamese needs two after NFC). */
export const MAX_COMBINING_MARKS = 2;

/** Invisible or controlling characters that are removed. */
/* eslint-disable no-control-regex, no-misleading-character-class -- controls and lone marks are what this removes */
const REMOVE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;
/* eslint-enable no-control-regex, no-misleading-character-class */

/** Line and paragraph breaks and tabs. */
const BREAKS = /\r\n|[\r\n\t\u0085\u2028\u2029]/g;

const COMBINING_RUN = /\p{M}{3,}/gu;

/** Names of the characters people meet most, for the warning; others are shown as U+XXXX. */
const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  0x0007: 'BELL',
  0x0008: 'BACKSPACE',
  0x001b: 'ESCAPE',
  0x0000: 'NULL',
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE` */
export function describeCodePoint(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return Object.hasOwn(NAMES, cp) ? `${hex} ${NAMES[cp]}` : hex;
}

export interface CleanedText {
  text: string;
  /** Characters removed (one entry per distinct character, described). */
  removed: string[];
  /** Combining marks cut off. */
  marksCut: number;
  /** Line breaks or tabs turned into spaces. */
  breaks: boolean;
}

/**
 * Normalise one text value.
 * @param multiline keep line feeds (notes); other breaks still become LF or spaces
 */
export function cleanText(raw: string, multiline = false): CleanedText {
  // Fast path: printable ASCII needs spacing only (most cells of most files).
  if (/^[\x20-\x7e]*$/.test(raw))
    return { text: raw.replace(/ {2,}/g, ' ').trim(), removed: [], marksCut: 0, breaks: false };
  const removed = new Set<string>();
  // NFC after removing: a mark separated from its letter by an invisible character composes.
  let text = raw.replace(REMOVE, (c) => {
    removed.add(describeCodePoint(c.codePointAt(0)!));
    return '';
  });
  let breaks = false;
  text = text.replace(BREAKS, (b) => {
    if (multiline && (b === '\n' || b === '\r\n' || b === '\r')) return '\n';
    breaks = true;
    return ' ';
  });
  text = text.normalize('NFC');
  let marksCut = 0;
  text = text.replace(COMBINING_RUN, (run) => {
    const marks = [...run];
    if (marks.length <= MAX_COMBINING_MARKS) return run;
    marksCut += marks.length - MAX_COMBINING_MARKS;
    return marks.slice(0, MAX_COMBINING_MARKS).join('');
  });
  if (marksCut > 0) text = text.normalize('NFC');
  text = multiline
    ? text
        .split('\n')
        .map((l) => l.replace(/ {2,}/g, ' ').trim())
        .join('\n')
        .trim()
    : text.replace(/ {2,}/g, ' ').trim();
  return { text, removed: [...removed], marksCut, breaks };
}

/** Whether cleaning changed more than spacing (worth a warning). */
export function cleanedNotably(c: CleanedText): boolean {
  return c.removed.length > 0 || c.marksCut > 0 || c.breaks;
}

/** The message of a text-cleaned warning, by what was changed (removed, breaks, marks). */
const CLEANED_KEYS = {
  r: 'issue.text.removed',
  b: 'issue.text.breaks',
  m: 'issue.text.marks',
  rb: 'issue.text.removedBreaks',
  rm: 'issue.text.removedMarks',
  bm: 'issue.text.breaksMarks',
  rbm: 'issue.text.all',
} as const satisfies Record<string, ImportIssueKey>;

/**
 * Normalise one value of a file and, where characters were removed or cut or line breaks
 * replaced, add a warning (`text-cleaned`) naming the row or feature and the field, the
 * characters removed and what the value is read as.
 * @returns the normalised text ('' when nothing visible is left)
 */
export function cleanField(
  raw: string,
  ref: SourceRef,
  field: string,
  issues: ImportIssue[],
  multiline = false,
): string {
  const c = cleanText(raw, multiline);
  if (!cleanedNotably(c)) return c.text;
  const what = `${c.removed.length > 0 ? 'r' : ''}${c.breaks ? 'b' : ''}${c.marksCut > 0 ? 'm' : ''}`;
  issues.push(
    issue(
      'text-cleaned',
      ref,
      field,
      {
        key: CLEANED_KEYS[what as keyof typeof CLEANED_KEYS],
        params: { chars: c.removed.join(', '), marks: c.marksCut, value: quote(c.text) },
      },
      { key: 'hint.text.cleaned' },
      'warning',
    ),
  );
  return c.text;
}

/**
 * Normalise every string inside a JSON value (a GeoJSON feature's properties, a data-package
 * record), warning per field as {@link cleanField} does. Returns a new value; the input is not
 * changed. Fields named `notes` keep their line feeds.
 * @param path the field path of `value` in issues (`properties`, `''` for a record)
 */
export function cleanDeep(
  value: unknown,
  ref: SourceRef,
  path: string,
  issues: ImportIssue[],
): unknown {
  if (typeof value === 'string')
    return cleanField(value, ref, path || '(value)', issues, /(^|\.)notes$/.test(path));
  if (Array.isArray(value)) return value.map((v, i) => cleanDeep(v, ref, `${path}[${i}]`, issues));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = cleanDeep(v, ref, path ? `${path}.${k}` : k, issues);
    return out;
  }
  return value;
}
