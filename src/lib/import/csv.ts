/**
 * CSV as German spreadsheets and GIS tools export it, read by Papa Parse (RFC 4180: fields in
 * double quotes with `""` escapes and line breaks inside). Ours is only the policy around it:
 * the separator `,`, `;`, tab or `|` (sniffed, or set by Excel's `sep=;` first line, which is
 * then skipped), CRLF/LF/CR line ends read alike, a leading BOM removed, the 1-based line of
 * each row. Numbers with decimal commas are read by {@link parseNumber}.
 *
 * Pure and total: problems (an unterminated quote) are returned, never thrown.
 *
 * @see https://www.papaparse.com/docs
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */

import Papa from 'papaparse';

// Kept here for callers that read CSV cells; it lives apart so the main thread's column
// preview can use it without pulling Papa Parse out of the import worker's chunk.
export { parseNumber } from './number';

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
 * Parse CSV text into rows of strings with Papa Parse (step mode, one row at a time). Empty
 * lines are skipped; a BOM and Excel's `sep=…` first line are removed. Line ends (CRLF, LF, CR,
 * also mixed in one file) are read as LF first, inside quoted fields too, as the import's text
 * normaliser does with line breaks in cells anyway; Papa Parse then reads one kind.
 *
 * @param input the decoded text of the file
 * @param separator the separator; without it, the `sep=` line's or {@link sniffSeparator}'s
 * @param onProgress called about every 64 K characters, and once at the end, with the fraction
 *   (0–1) of the text read
 * @returns rows with the 1-based line each starts on (line breaks inside quoted fields counted,
 *   the `sep=` line too); an unterminated quoted field runs to the end of the text and its line
 *   is `unterminatedQuoteAt` (Papa Parse's `MissingQuotes`). Never throws.
 * @see https://www.papaparse.com/docs
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
  text = text.replace(/\r\n?/g, '\n');
  const rows: CsvRow[] = [];
  const first = sepLine ? 2 : 1;
  // Papa Parse's cursor is the offset after each row's line end: the next row starts there.
  let rowStart = 0;
  let line = first;
  let unterminatedQuoteAt: number | undefined;
  const n = text.length;
  const step = 1 << 16;
  let nextReport = step;
  const lineOf = (from: number, to: number) => {
    let breaks = 0;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1))
      breaks++;
    return breaks;
  };

  Papa.parse<string[]>(text, {
    delimiter: sep,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    step: ({ data: cells, errors, meta }) => {
      for (const e of errors)
        if (e.code === 'MissingQuotes' && unterminatedQuoteAt === undefined)
          unterminatedQuoteAt = line + lineOf(rowStart, e.index ?? rowStart);
      if (cells.length > 1 || cells[0] !== '') rows.push({ line, cells });
      line += lineOf(rowStart, meta.cursor);
      rowStart = meta.cursor;
      if (rowStart >= nextReport && rowStart < n) {
        onProgress?.(rowStart / n);
        nextReport = rowStart + step;
      }
    },
  });
  onProgress?.(1);
  return {
    separator: sep,
    rows,
    ...(sepLine ? { sepLine: true } : {}),
    ...(unterminatedQuoteAt !== undefined ? { unterminatedQuoteAt } : {}),
  };
}
