/** The shared results table: every case adds rows; the runner prints them once, aligned. */
import { max } from 'd3';

export type Cell = string | number | null;
export interface Row {
  case: string;
  graph: string;
  renderer: string;
  [metric: string]: Cell;
}

const rows: Row[] = [];
const summaries: string[] = [];

export function addRow(row: Row): void {
  rows.push(row);
  console.log(`  ${row.case} ${row.graph} ${row.renderer}: ${JSON.stringify(row)}`);
}

/** A closing line a case wants printed after the table. */
export function addSummary(line: string): void {
  summaries.push(line);
}

export const fmt = (v: number | null | undefined, digits = 1): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(digits);

export function printTable(): void {
  if (!rows.length) return;
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: Cell | undefined): string => (v === null || v === undefined ? '–' : String(v));
  const widths = cols
    .map((c) => max(rows, (r) => cell(r[c]).length) ?? 0)
    .map((w, i) => Math.max(w, cols[i].length));
  const line = (vals: string[]): string => vals.map((v, i) => v.padEnd(widths[i])).join(' | ');
  console.log('');
  console.log(line(cols));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(cols.map((c) => cell(r[c]))));
  console.log('');
  for (const s of summaries) console.log(s);
}

export function allRows(): readonly Row[] {
  return rows;
}
