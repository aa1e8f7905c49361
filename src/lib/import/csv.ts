/**
 * A CSV parser for what German spreadsheets and GIS tools export: separator `,`, `;`, tab or
 * `|` (sniffed, or set by Excel's `sep=;` first line, which is then skipped), fields in double quotes with `""` escapes and line breaks inside, CRLF, LF or
 * CR line ends, a leading BOM. Numbers with decimal commas are read by {@link parseNumber}.
 *
 * Pure and total: problems (an unterminated quote) are returned, never thrown.
 *
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */

export type Separator = ',' | ';' | '\t' | '|';
const SEPARATORS: readonly Separator[] = [';', ',', '\t', '|'];

export interface CsvRow {
  /** 1-based line where the row starts (header = 1). */
  line: number;
  cells: string[];
}

export interface CsvResult {
  separator: Separator;
  /** The file began with Excel's `sep=…` line (it set the separator and is not a row). */
  sepLine?: boolean;
  rows: CsvRow[];
  /** Line where an unterminated quoted field starts, if any (that field runs to the end). */
  unterminatedQuoteAt?: number;
}

/**
 * Count separator candidates outside quotes in the first lines; pick the most consistent: the
 * one whose most frequent count per line the most lines share.
 */
export function sniffSeparator(text: string, sampleLines = 20): Separator {
  const counts = new Map<Separator, number[]>(SEPARATORS.map((s) => [s, [0]]));
  let inQuotes = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < sampleLines; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      lines++;
      for (const list of counts.values()) list.push(0);
    } else if (!inQuotes && counts.has(c as Separator)) {
      const list = counts.get(c as Separator)!;
      list[list.length - 1]++;
    }
  }
  let best: Separator = ',';
  let bestScore = -1;
  for (const sep of SEPARATORS) {
    const list = counts.get(sep)!.filter((_, i, all) => i < all.length - 1 || all[i] > 0);
    const nonEmpty = list.filter((n) => n > 0);
    if (nonEmpty.length === 0) continue;
    // The count most lines have (the first line's on a tie): a title line above the table
    // („GENESIS-Tabelle: 12411-01-01-4“) has none. Lines that agree with it, weighted by how
    // many fields that gives.
    const freq = new Map<number, number>();
    for (const n of nonEmpty) freq.set(n, (freq.get(n) ?? 0) + 1);
    let header = list[0] > 0 ? list[0] : nonEmpty[0];
    for (const [n, f] of freq) if (f > freq.get(header)!) header = n;
    const agree = list.filter((n) => n === header).length / list.length;
    const score = agree * 1000 + Math.min(header, 100);
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Parse CSV text into rows of strings. Empty lines are skipped. A BOM is removed.
 * @param onProgress called now and then with the fraction of the text read
 */
export function parseCsv(
  input: string,
  separator?: Separator,
  onProgress?: (fraction: number) => void,
): CsvResult {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Excel's „sep=;“ line (written by its CSV export for other locales, read by Excel itself).
  const sepLine = /^"?sep=([,;\t|])"?[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  if (sepLine) text = text.slice(sepLine[0].length);
  const sep = separator ?? (sepLine?.[1] as Separator | undefined) ?? sniffSeparator(text);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = '';
  let line = sepLine ? 2 : 1;
  let rowLine = line;
  let quoteLine = 0;
  let inQuotes = false;
  let fieldStarted = false;
  const n = text.length;
  const step = 1 << 16;
  let nextReport = step;

  const endRow = () => {
    cells.push(field);
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    field = '';
    fieldStarted = false;
  };

  for (let i = 0; i < n; i++) {
    if (i >= nextReport) {
      onProgress?.(i / n);
      nextReport += step;
    }
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (c === sep) {
      cells.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes || field !== '' || cells.length > 0) endRow();
  onProgress?.(1);
  return {
    separator: sep,
    rows,
    ...(sepLine ? { sepLine: true } : {}),
    ...(inQuotes ? { unterminatedQuoteAt: quoteLine } : {}),
  };
}

/**
 * Read a number as people write it: `49.89`, `49,89` (decimal comma), `1.234,5`, `1,234.5`,
 * `5 432 123,4`, with an optional sign. Returns NaN for anything else (including '' and
 * `NaN`/`Infinity` spelled out).
 */
export function parseNumber(raw: string | number | null | undefined): number {
  if (typeof raw === 'number') return raw;
  if (raw == null) return NaN;
  let s = String(raw)
    .trim()
    .replace(/[\s\u00a0\u202f']/g, '');
  if (!/^[+-]?[\d.,]+(?:[eE][+-]?\d+)?$/.test(s) || !/\d/.test(s)) return NaN;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  // Thousands groups must have three digits: „49,89,1“ is a typo, not 49891.
  const grouped = (t: string, sep: string) =>
    t
      .replace(/^[+-]/, '')
      .split(sep)
      .every((g, i) => (i === 0 ? /^\d{1,3}$/.test(g) : /^\d{3}$/.test(g)));
  if (lastDot >= 0 && lastComma >= 0) {
    // The later one is the decimal separator, the other groups thousands.
    const [int, sep] =
      lastComma > lastDot ? [s.slice(0, lastComma), '.'] : [s.slice(0, lastDot), ','];
    if (!grouped(int, sep)) return NaN;
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    if (s.split(',').length > 2) {
      if (!grouped(s, ',')) return NaN;
      s = s.replace(/,/g, '');
    } else s = s.replace(',', '.');
  } else if (s.split('.').length > 2) {
    if (!grouped(s, '.')) return NaN;
    s = s.replace(/\./g, '');
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : NaN;
}
