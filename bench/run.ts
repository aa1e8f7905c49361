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
  name: string;
  run(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(join(here, 'cases'))
  .filter((f) => f.endsWith('.ts'))
  .sort();

let failed = false;
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, 'cases', f)).href)) as BenchCase;
  if (only.length && !only.includes(mod.name)) continue;
  console.log(`bench case: ${mod.name}`);
  try {
    await mod.run();
  } catch (e) {
    failed = true;
    console.error(`bench case ${mod.name} failed:`, e);
  }
}
await closeBrowser();
printTable();
process.exit(failed ? 1 : 0);
