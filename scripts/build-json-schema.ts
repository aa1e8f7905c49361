/**
 * `npm run data:schema`: write `docs/data-package.schema.json`, the JSON Schema of the app's
 * data package (the bundle the app exports and imports), generated from the same valibot
 * schemas the app validates with (`src/lib/data/schemas.ts`). A unit test fails when the
 * committed file is out of date.
 *
 * Usage: `npx tsx scripts/build-json-schema.ts [--check]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataPackageJsonSchema } from '../src/lib/import/json-schema';

const out = fileURLToPath(new URL('../docs/data-package.schema.json', import.meta.url));
const text = `${JSON.stringify(dataPackageJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  if (current !== text) {
    console.error('docs/data-package.schema.json is out of date: run npm run data:schema');
    process.exit(1);
  }
  console.log('docs/data-package.schema.json is up to date');
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
