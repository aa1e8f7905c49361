/**
 * npm run size: gzipped size of every JS and CSS chunk in dist/, and the app's
 * own JavaScript apart from MapLibre (vite.config.ts puts MapLibre into chunks
 * whose names start with `maplibre`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const assets = join(dir, 'assets');
const files = readdirSync(assets).filter((f) => /\.(m?js|css)$/.test(f));
if (!files.length) {
  console.error(`No JS/CSS in ${assets}. Run "npm run build" first.`);
  process.exit(1);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
let total = 0;
let app = 0;
let maplibre = 0;
const rows = files
  .map((f) => {
    const buf = readFileSync(join(assets, f));
    const gz = gzipSync(buf, { level: 9 }).length;
    const isMaplibre = /^maplibre/i.test(f);
    total += gz;
    if (/\.m?js$/.test(f)) {
      if (isMaplibre) maplibre += gz;
      else app += gz;
    }
    return { file: f, raw: statSync(join(assets, f)).size, gz, isMaplibre };
  })
  .sort((a, b) => b.gz - a.gz);

console.log('file'.padEnd(52), 'raw'.padStart(10), 'gzip'.padStart(10));
for (const r of rows) {
  console.log(
    (r.file + (r.isMaplibre ? ' (maplibre)' : '')).padEnd(52),
    kb(r.raw).padStart(10),
    kb(r.gz).padStart(10),
  );
}
console.log('');
console.log(`total gzip JS+CSS: ${kb(total)}`);
console.log(`chunks containing MapLibre (gzip): ${kb(maplibre)}`);
console.log(`app JS without MapLibre chunks (gzip): ${kb(app)}`);
