/**
 * Find the table in a sheet, as people's spreadsheets really look: a title, a source line or
 * Excel's `sep=;` above the header; a header over two rows (merged cells: „Amtlicher
 * Regionalschlüssel (ARS)“ over „Land, RB, Kreis, VB, Gem“); a row of column numbers under
 * it (Destatis); footnotes below the data.
 *
 * Pure and total. The rules, in order:
 * 1. The header is the first row (among the first {@link MAX_SCAN}) with at least two text
 *    cells (one in a one-column list), no more than a fifth of them numbers, and at least half
 *    as many cells as the widest of the rows that follow. Rows above it are skipped.
 * 2. The next row is a second header row when it fills a gap of the first (a column the first
 *    leaves empty), holds no numbers, and leaves at least one header column empty. Each
 *    column's label is then „top – sub“, the top carried right over the merged gap.
 * 3. A row right under the header that counts 1, 2, 3, … (or (1), (2), …) is skipped.
 * 4. At the end, rows with a single cell in the first column that look like a footnote (`1)`,
 *    `*`, „Quelle:“, „©“, „(C)opyright“ …), or a long single cell after a blank row, are
 *    skipped; so is everything from a rule line (`__________`) on.
 * Blank rows are skipped everywhere.
 */

/** A row of a sheet as read: 1-based row number (as the spreadsheet shows it), cell texts. */
export interface GridRow {
  row: number;
  cells: string[];
}

/** A column of the found table: its label, and the header rows it was joined from. */
export interface Column {
  /** What the user sees: „Gemeindename“, „Amtlicher Regionalschlüssel (ARS) – Land“. */
  label: string;
  /** The header cells (top, then sub), footnote marks removed. */
  parts: string[];
}

export type SkipReason = 'above' | 'numbering' | 'footnote';

export interface FoundTable {
  columns: Column[];
  /** 1-based rows of the header (one or two). */
  headerRows: number[];
  rows: GridRow[];
  /** Rows that are not data, with why (blank rows are not listed). */
  skipped: { row: number; reason: SkipReason }[];
}

/** How many rows from the top the header is looked for in. */
export const MAX_SCAN = 50;

const blank = (c: string | undefined) => c === undefined || c.trim() === '';
const filled = (cells: readonly string[]) => cells.filter((c) => !blank(c)).length;
const isNumberLike = (c: string) => /^[+-]?\d[\d\s.,'\u00a0]*(?:e[+-]?\d+)?%?$/i.test(c.trim());

/** A footnote mark at the end of a header cell: „Fläche km2 1)“, „Bevölkerung²“, „Wert*“. */
const FOOTNOTE_MARK = /\s*(?:\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+)$/u;

/** The start of a footnote row below a table. */
const FOOTNOTE_ROW =
  /^\s*(?:\d{1,2}\)|\(\d{1,2}\)|[*¹²³⁴⁵⁶⁷⁸⁹]|©|\(c\)|quelle|quellen|source|anmerkung|anmerkungen|hinweis|hinweise|fußnote|fussnote|note|notes|stand|erläuterung|zeichenerklärung|-\s)/iu;

function looksLikeHeader(
  cells: readonly string[],
  widest: number,
  isColumnName: (label: string) => boolean,
): boolean {
  const texts = cells.filter((c) => !blank(c));
  // A one-column list („name“ over names) has a one-cell header naming a field; otherwise two
  // cells at least (a cover sheet's „Statistisches Bundesamt“ is no header).
  if (texts.length < 2 && !(widest <= 1 && texts.length === 1 && isColumnName(texts[0])))
    return false;
  if (texts.filter(isNumberLike).length > texts.length / 5) return false;
  if (/^sep=.$/i.test(texts[0].trim())) return false;
  return texts.length >= widest / 2;
}

function isNumbering(cells: readonly string[]): boolean {
  const texts = cells.filter((c) => !blank(c)).map((c) => c.trim().replace(/^\((\d+)\)$/, '$1'));
  return texts.length >= 3 && texts.every((c, i) => c === String(i + 1));
}

function clean(label: string): string {
  return label.replace(/\s+/g, ' ').trim().replace(FOOTNOTE_MARK, '').trim();
}

/** Join a two-row header: each column „top – sub“, a merged top carried over its gap. */
function joinHeader(top: readonly string[], sub: readonly string[], width: number): Column[] {
  const out: Column[] = [];
  let carried = '';
  for (let i = 0; i < width; i++) {
    const t = clean(top[i] ?? '');
    const s = clean(sub[i] ?? '');
    if (t) carried = t;
    else if (!s) carried = '';
    const upper = t || (s ? carried : '');
    const parts = [upper, s].filter(Boolean);
    out.push({ label: parts.join(' – '), parts });
  }
  return out;
}

/**
 * Find the header and the data rows of a sheet. Returns null when no row looks like a header
 * (fewer than two text cells anywhere near the top).
 * @param grid every row of the sheet in order, blank rows included or not
 * @param isColumnName whether a text is a known column name (for one-column lists)
 */
export function findTable(
  grid: readonly GridRow[],
  isColumnName: (label: string) => boolean = () => false,
): FoundTable | null {
  const rows = grid.filter((r) => filled(r.cells) > 0);
  if (rows.length === 0) return null;
  const skipped: FoundTable['skipped'] = [];

  // 1. The header.
  let h = -1;
  for (let i = 0; i < Math.min(rows.length, MAX_SCAN); i++) {
    const below = rows.slice(i + 1, i + 21);
    const widest = below.reduce((m, r) => Math.max(m, filled(r.cells)), 0);
    if (looksLikeHeader(rows[i].cells, widest, isColumnName)) {
      h = i;
      break;
    }
  }
  if (h < 0) return null;
  for (const r of rows.slice(0, h)) skipped.push({ row: r.row, reason: 'above' });
  const top = rows[h].cells;
  const lastFilled = (cells: readonly string[]) => {
    let last = cells.length - 1;
    while (last >= 0 && blank(cells[last])) last--;
    return last + 1;
  };
  const headerRows = [rows[h].row];

  // 2. A second header row.
  let columns: Column[];
  let next = h + 1;
  const sub = rows[next]?.cells;
  const fillsGap =
    sub !== undefined &&
    sub.some((c, i) => !blank(c) && blank(top[i]) && i > 0) &&
    sub.every((c) => blank(c) || !isNumberLike(c)) &&
    top.some((c, i) => !blank(c) && blank(sub[i])) &&
    !isNumbering(sub);
  if (fillsGap) {
    columns = joinHeader(top, sub, Math.max(lastFilled(top), lastFilled(sub)));
    headerRows.push(rows[next].row);
    next++;
  } else {
    columns = Array.from({ length: lastFilled(top) }, (_, i) => {
      const label = clean(top[i] ?? '');
      return { label, parts: label ? [label] : [] };
    });
  }

  // 3. A numbering row right under the header.
  if (rows[next] && isNumbering(rows[next].cells)) {
    skipped.push({ row: rows[next].row, reason: 'numbering' });
    next++;
  }

  // 4. Footnotes at the end: from a rule line (`__________`, as GENESIS writes above its
  // footer) on, and single-cell footnote lines.
  let end = rows.length;
  const rule = rows.findIndex(
    (r, i) =>
      i >= next && filled(r.cells) === 1 && /^\s*(?:_{3,}|-{3,})\s*$/.test(r.cells[0] ?? ''),
  );
  if (rule >= 0) end = rule;
  while (end > next) {
    const r = rows[end - 1];
    const only = filled(r.cells) === 1 && !blank(r.cells[0]);
    const text = r.cells[0]?.trim() ?? '';
    const prev = rows[end - 2];
    const afterGap = prev !== undefined && r.row - prev.row > 1;
    if (only && columns.length >= 2 && (FOOTNOTE_ROW.test(text) || (afterGap && text.length > 40)))
      end--;
    else break;
  }
  for (const r of rows.slice(end)) skipped.push({ row: r.row, reason: 'footnote' });

  return { columns, headerRows, rows: rows.slice(next, end), skipped };
}
