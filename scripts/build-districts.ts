/**
 * `npx tsx scripts/build-districts.ts`: derive `data/districts.json`, district key (Kreisschlüssel,
 * 5 digits) → district name and type, for the „which one do you mean?“ prompt of the regional
 * analysis (a place name like „Mühlhausen“ names several places; Land and district tell them
 * apart). The gazetteer (`data/gazetteer.json`) carries the key, this file the name.
 *
 * Source: the `landkreise-deutschland` package (Statistisches Bundesamt, Gemeindeverzeichnis;
 * CC BY 4.0). Names keep their official wording without the suffix after a comma
 * („Kiel, Landeshauptstadt“ → „Kiel“).
 *
 * Usage: `npx tsx scripts/build-districts.ts [--out data/districts.json]`
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface District {
  AGS: string | number;
  type: string;
  name: string;
}

const require = createRequire(import.meta.url);
const version = (require('landkreise-deutschland/package.json') as { version: string }).version;
const districts = require('landkreise-deutschland/data/districts.json') as District[];

const outIdx = process.argv.indexOf('--out');
const out = outIdx > 0 ? process.argv[outIdx + 1] : 'data/districts.json';

const entries = districts
  .map((d) => [String(d.AGS).padStart(5, '0'), d.name.split(',')[0].trim(), d.type] as const)
  .sort((a, b) => (a[0] < b[0] ? -1 : 1));
const lines = entries.map((e) => `    ${JSON.stringify(e[0])}: ${JSON.stringify([e[1], e[2]])}`);
const text =
  '{\n' +
  `  "source": ${JSON.stringify(`Statistisches Bundesamt via landkreise-deutschland ${version} (CC BY 4.0)`)},\n` +
  '  "fields": ["name", "type"],\n' +
  '  "districts": {\n' +
  lines.join(',\n') +
  '\n  }\n}\n';
writeFileSync(out, text);
console.log(`${out}: ${entries.length} districts`);
