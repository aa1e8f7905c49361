/**
 * Numbers as people write them in tables (German decimal commas, thousands groups). Not a
 * format parser: the cell text comes from the CSV, XLSX or ODS reader.
 */

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
