/**
 * `npm run data:admin`: derive the official administrative areas the map and the analyses
 * load on first need, from the BKG's VG5000 (Stand 01.01.2021) kept unchanged in
 * `data/source/vg5000_01-01.gk3.shape.ebenen.zip`.
 *
 * Writes (TopoJSON, WGS84, quantised; neighbours share their borders):
 * - `data/admin/gemeinden.topo.json`: all 10,997 Gemeinden and gemeindefreie Gebiete, object
 *   `gemeinden`, geometry `id` = 12-digit ARS (the AGS and the Verband follow from it, see
 *   `src/lib/geo/official-keys.ts`). Kreis and Verband areas are dissolved from these at run
 *   time (`topojson-client` `mergeArcs`), so every level shares one set of borders.
 * - `data/admin/gemeinde-borders.geojson`: the map's Gemeinde and Kreis border lines meshed
 *   from that topology (each border once), two MultiLineString features with `level`
 *   `gemeinde` (between Gemeinden of one Kreis) or `kreis` (between Kreise), coordinates
 *   rounded to 1e-5° (~1 m, below the quantisation). The map hands its URL to MapLibre, whose
 *   worker fetches and parses it, so drawing the borders costs the page's main thread nothing.
 * - `data/admin/kreise.topo.json`: the 401 Kreise and kreisfreie Städte, coarser (for the
 *   regional zooms and the Kreis choropleth), object `kreise`, `id` = 5-digit Kreisschlüssel,
 *   properties `name` (GEN), `bez` (BEZ), `label` ([lon, lat] inside the Kreis).
 *
 * Usage: `npx tsx scripts/build-admin.ts [--zip path]`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { decodeGemeinden, gemeindeBorders, type BorderLevel } from '../src/lib/geo/admin-areas';
import { labelPoint, simplifiedTopology, topologyText } from './lib/topology';
import { openVg5000, VG5000_SOURCE, VG5000_STAND, VG5000_ZIP } from './lib/vg5000';

const argZip = process.argv.indexOf('--zip');
const zip = argZip > 0 ? process.argv[argZip + 1] : VG5000_ZIP;
const vg = openVg5000(zip);

/** Simplification and quantisation per file (see docs in `data/README.md`). */
export const ADMIN_FILES = {
  gemeinden: { minWeight: 1.5e6, quantization: 5e4 },
  kreise: { minWeight: 8e6, quantization: 2e4 },
} as const;

const header = {
  source: VG5000_SOURCE,
  stand: VG5000_STAND,
};

function write(path: string, text: string): void {
  writeFileSync(path, text);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`${path}: ${kb(text.length)}, gzip ${kb(gzipSync(text, { level: 9 }).length)}`);
}

mkdirSync('data/admin', { recursive: true });

// ---- Gemeinden ----------------------------------------------------------------------------
const gem = vg.layer('GEM');
const gemeinden: FeatureCollection<Polygon | MultiPolygon> = {
  type: 'FeatureCollection',
  features: gem
    .map((f) => ({
      type: 'Feature' as const,
      id: f.properties.ARS,
      geometry: f.geometry,
      properties: null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1)) as FeatureCollection<
    Polygon | MultiPolygon
  >['features'],
};
const gemeindenText = topologyText(
  simplifiedTopology({ gemeinden }, ADMIN_FILES.gemeinden),
  header,
);
write('data/admin/gemeinden.topo.json', gemeindenText);

// ---- Gemeinde and Kreis borders for the map (meshed from the file just written) -----------
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
const decoded = decodeGemeinden(JSON.parse(gemeindenText));
const borders: FeatureCollection<MultiLineString, { level: BorderLevel }> = {
  type: 'FeatureCollection',
  features: (['gemeinde', 'kreis'] as const).map((level) => ({
    type: 'Feature',
    properties: { level },
    geometry: {
      type: 'MultiLineString',
      coordinates: gemeindeBorders(decoded, level)
        .coordinates.map((line) =>
          line
            .map(([x, y]) => [round5(x), round5(y)])
            .filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]),
        )
        // Arcs shorter than the quantisation step collapse to a point: nothing to draw.
        .filter((line) => line.length > 1),
    },
  })),
};
write('data/admin/gemeinde-borders.geojson', JSON.stringify(borders));

// ---- Kreise -------------------------------------------------------------------------------
const krs = vg.layer('KRS');
const kreise: FeatureCollection<Polygon | MultiPolygon> = {
  type: 'FeatureCollection',
  features: krs
    .map((f) => ({
      type: 'Feature' as const,
      id: f.properties.AGS,
      geometry: f.geometry,
      properties: { name: f.properties.GEN, bez: f.properties.BEZ, label: labelPoint(f.geometry) },
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1)),
};
write(
  'data/admin/kreise.topo.json',
  topologyText(simplifiedTopology({ kreise }, ADMIN_FILES.kreise), header),
);
console.log(`${gem.length} Gemeinden, ${krs.length} Kreise`);
