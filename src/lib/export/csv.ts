/**
 * CSV writing (RFC 4180), with a variant German Excel opens correctly by
 * double-click: `;` as separator (Excel takes the list separator from the
 * locale, which is `;` where `,` is the decimal mark), UTF-8 with a byte order
 * mark (without it Excel reads the file as Windows-1252), CRLF line ends.
 */

export interface CsvOptions {
  /** `;` separator, BOM and CRLF for German Excel. Default false: `,`, no BOM, CRLF. */
  excel?: boolean;
}

export const BOM = '\uFEFF';

/**
 * Cells that Excel would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the
 * start) get a leading apostrophe in the Excel variant, so a name taken from the
 * data or typed by a participant never executes (OWASP "CSV injection").
 * Numbers written as numbers are left alone.
 */
function guard(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+([.,]\d+)?$/.test(cell) ? `'${cell}` : cell;
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
  if (excel && typeof value === 'string') s = guard(s);
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
