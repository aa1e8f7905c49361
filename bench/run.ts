/**
 * `npm run bench`: runs every case in bench/cases/*.ts (or those named on the
 * command line: `npm run bench -- graph`) in one shared headless Chromium,
 * then prints one table of results and each case's summary line.
 *
 * A case module exports `name` and `run()`; it adds rows with `addRow` and
 * closing lines with `addSummary` (bench/lib/table.ts).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { closeBrowser } from './lib/browser.ts';
import { printTable } from './lib/table.ts';

export interface BenchCase {
  /** Defaults to the file name without `.ts`. */
  name?: string;
  /** Adds rows/summaries itself, or returns a result that `print` shows. */
  run(): Promise<unknown>;
  print?(result: unknown): void;
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(join(here, 'cases'))
  .filter((f) => f.endsWith('.ts'))
  .sort();

let failed = false;
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, 'cases', f)).href)) as BenchCase;
  const name = mod.name ?? f.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  console.log(`bench case: ${name}`);
  try {
    const result = await mod.run();
    mod.print?.(result);
  } catch (e) {
    failed = true;
    console.error(`bench case ${name} failed:`, e);
  }
}
await closeBrowser();
printTable();
process.exit(failed ? 1 : 0);
