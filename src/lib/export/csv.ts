/**
 * CSV writing (RFC 4180), with a variant German Excel opens correctly by
 * double-click: `;` as separator (Excel takes the list separator from the
 * locale, which is `;` where `,` is the decimal mark), UTF-8 with a byte order
 * mark (without it Excel reads the file as Windows-1252), CRLF line ends. Both variants
 * neutralise formulas ({@link guardFormula}).
 */

export interface CsvOptions {
  /** `;` separator, BOM and CRLF for German Excel. Default false: `,`, no BOM, CRLF. */
  excel?: boolean;
}

export const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula: it starts with `=`, `+`, `-` or `@` (also in
 * their full-width forms, and after leading spaces, which some spreadsheets strip), or with a
 * tab, CR or LF. A plain number (`-2`, `+1,5`) is read as a number, not run, and is left alone.
 */
const FORMULA_START =
  /^(?:[\s\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r\n])/;
const PLAIN_NUMBER = /^[-+]?\d+([.,]\d+)?$/;

/**
 * Neutralise a text cell that a spreadsheet would run as a formula with a leading apostrophe,
 * in every variant the app writes, so a name taken from a file or typed by a participant never
 * executes (OWASP "CSV injection"). The importer removes exactly this apostrophe again
 * ({@link unguardFormula}), so the app's own CSV re-imports to the original text.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function guardFormula(cell: string): string {
  return needsGuard(cell) ? `'${cell}` : cell;
}

/**
 * Undo {@link guardFormula}: `'=1+1` → `=1+1`; any other text is returned as it is. A text
 * that itself starts with apostrophes before a formula character got one more, so every text
 * comes back exactly.
 */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && needsGuard(cell.slice(1)) ? cell.slice(1) : cell;
}

/** A formula start after any apostrophes (so guarding is reversible). */
function needsGuard(cell: string): boolean {
  let i = 0;
  while (cell[i] === "'") i++;
  const rest = i === 0 ? cell : cell.slice(i);
  return FORMULA_START.test(rest) && !PLAIN_NUMBER.test(rest);
}

/** One cell as text, quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: unknown, sep: string, excel = false): string {
  let s =
    value === null || value === undefined
      ? ''
      : typeof value === 'number'
        ? Number.isFinite(value)
          ? excel
            ? String(value).replace('.', ',')
            : String(value)
          : ''
        : String(value);
  if (typeof value === 'string') s = guardFormula(s);
  return s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A table (header row first) as CSV text. */
export function toCsv(rows: readonly (readonly unknown[])[], o: CsvOptions = {}): string {
  const sep = o.excel ? ';' : ',';
  const body = rows.map((r) => r.map((c) => csvCell(c, sep, o.excel)).join(sep)).join('\r\n');
  return (o.excel ? BOM : '') + body + '\r\n';
}

/** A file name safe on every OS, with a date stamp: `kooperationsatlas-auswahl-2024-05-01.csv`. */
export function exportFileName(stem: string, ext: string, date = new Date()): string {
  const d = date.toISOString().slice(0, 10);
  const safe = stem
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${safe || 'export'}-${d}.${ext}`;
}
