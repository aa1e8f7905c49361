/**
 * npm run size: gzipped size (level 9) of every JS and CSS file in dist/, the start-up set
 * apart from what loads on first use.
 *
 * - **Start-up**: the entry chunk and everything it imports statically (Vite's manifest,
 *   `build.manifest` in vite.config.ts), plus MapLibre's worker, which every map starts.
 * - **On first use**: dynamically imported chunks (features loaded when opened, prefetched
 *   when the browser is idle) and our workers.
 *
 * MapLibre's own modules (chunks named `maplibre*`, see vite.config.ts) are counted apart:
 * the start-up budget (issue 17) is for the app's JavaScript on top of them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const assets = join(dir, 'assets');
const manifestFile = join(dir, '.vite', 'manifest.json');
if (!existsSync(assets) || !existsSync(manifestFile)) {
  console.error(`No build with a manifest in ${dir}/. Run "npm run build" first.`);
  process.exit(1);
}

/** Start-up JavaScript of the app over MapLibre's, in KiB gzip (issue 17). */
const BUDGET_KIB = 120;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;

// The entry and its static imports, transitively.
const startup = new Set<string>();
const visit = (key: string) => {
  const c = manifest[key];
  if (!c || startup.has(c.file)) return;
  startup.add(c.file);
  for (const css of c.css ?? []) startup.add(css);
  for (const k of c.imports ?? []) visit(k);
};
for (const [key, c] of Object.entries(manifest)) if (c.isEntry) visit(key);
// Without an entry chunk every file would count as lazy and the budget pass with 0 KiB: a
// top-level `await` in src/main.ts once made the build drop its entry chunk (issue 17).
if (startup.size === 0) {
  console.error(`No entry chunk in ${manifestFile}: cannot tell the start-up set.`);
  process.exit(1);
}

const isMaplibre = (f: string) => /^maplibre/i.test(f);
const files = readdirSync(assets).filter((f) => /\.(m?js|css)$/.test(f));
const rows = files.map((f) => {
  const path = join(assets, f);
  const atStart = startup.has(`assets/${f}`) || /^maplibre-gl-worker/.test(f);
  return {
    file: f,
    raw: statSync(path).size,
    gz: gzipSync(readFileSync(path), { level: 9 }).length,
    atStart,
    js: /\.m?js$/.test(f),
  };
});

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const sum = (xs: typeof rows) => xs.reduce((a, r) => a + r.gz, 0);
function table(title: string, list: typeof rows): void {
  console.log(title);
  console.log('  ' + 'file'.padEnd(52), 'raw'.padStart(11), 'gzip'.padStart(11));
  for (const r of [...list].sort((a, b) => b.gz - a.gz))
    console.log(
      '  ' + (r.file + (isMaplibre(r.file) ? ' (MapLibre)' : '')).padEnd(52),
      kib(r.raw).padStart(11),
      kib(r.gz).padStart(11),
    );
  console.log('');
}

const start = rows.filter((r) => r.atStart);
const lazy = rows.filter((r) => !r.atStart);
table('Start-up (needed for the first map):', start);
table('On first use (lazy chunks, prefetched when idle; workers):', lazy);

const appStart = sum(start.filter((r) => r.js && !isMaplibre(r.file)));
const maplibreStart = sum(start.filter((r) => r.js && isMaplibre(r.file)));
console.log(
  `start-up JS: app ${kib(appStart)} gzip over MapLibre's ${kib(maplibreStart)} ` +
    `(budget ${BUDGET_KIB} KiB: ${appStart / 1024 <= BUDGET_KIB ? 'within' : 'OVER'})`,
);
console.log(`start-up CSS: ${kib(sum(start.filter((r) => !r.js)))} gzip`);
console.log(`on first use: ${kib(sum(lazy))} gzip JS+CSS`);
console.log(`total: ${kib(sum(rows))} gzip JS+CSS`);
