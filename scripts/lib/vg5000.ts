/**
 * Read the BKG's VG5000 (Verwaltungsgebiete 1:5 000 000, Ebenen, Stand 01.01.2021) from the
 * official zip in `data/source/`, unchanged. Unzipping with `fflate`, shapefiles and dBASE
 * tables with `shpjs` (`parseShp`, `parseDbf`); no hand-written parser. Coordinates stay in
 * Gauß-Krüger zone 3 (EPSG:31467, metres) here: simplification works in metres, and
 * {@link gk3ToWgs84} reprojects afterwards with `proj4`.
 *
 * Product: https://gdz.bkg.bund.de (VG5000 Ebenen 01.01.), licence dl-de/by-2-0,
 * attribution „© GeoBasis-DE / BKG (2021) (Daten verändert)“ for derived data.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import proj4 from 'proj4';
import { parseDbf, parseShp } from 'shpjs';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export const VG5000_ZIP = 'data/source/vg5000_01-01.gk3.shape.ebenen.zip';
/** Stand (reference date) of the product, printed into every derived file. */
export const VG5000_STAND = '2021-01-01';
/** The attribution the licence asks for derived data (reprojected, simplified). */
export const VG5000_ATTRIBUTION = '© GeoBasis-DE / BKG (2021) (Daten verändert)';
export const VG5000_SOURCE =
  'BKG VG5000 Ebenen, Stand 01.01.2021 (https://gdz.bkg.bund.de), dl-de/by-2-0: ' +
  VG5000_ATTRIBUTION;

/**
 * EPSG:31467 (DHDN / 3-degree Gauss-Kruger zone 3) with the datum shift to WGS84 that EPSG
 * publishes for Germany as a whole (transformation EPSG:1777, 7 parameters, ~3 m). The `.prj`
 * in the zip has no TOWGS84, and reading it as is would leave the ~100 m datum offset in.
 * https://epsg.io/31467
 */
const EPSG_31467 =
  '+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel ' +
  '+towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs';
const toWgs84 = proj4(EPSG_31467, 'EPSG:4326');

/** Reproject one EPSG:31467 position (metres) to [lon, lat] (degrees, WGS84). */
export function gk3ToWgs84(p: Position): [number, number] {
  const [lon, lat] = toWgs84.forward([p[0], p[1]]);
  return [lon, lat];
}

/** Reproject [lon, lat] (WGS84) to EPSG:31467 (metres). */
export function wgs84ToGk3(p: Position): [number, number] {
  const [x, y] = toWgs84.inverse([p[0], p[1]]);
  return [x, y];
}

/** The attributes we use, as the BKG names them (see `vg5000.pdf` in the zip). */
export interface Vg5000Record {
  /** 12-digit ARS (Gemeinde), 9 digits (Verwaltungsgemeinschaft) or 5 (Kreis). */
  ARS: string;
  /** 8-digit AGS (Gemeinde), 5 (Kreis); `--------` for Verwaltungsgemeinschaften. */
  AGS: string;
  /** ARS of the Gemeinde that is the seat of the administration (Sitz der Verwaltung). */
  SDV_ARS: string;
  /** Name. */
  GEN: string;
  /** Kind: Stadt, Gemeinde, Gemeindefreies Gebiet, Amt, Verbandsgemeinde, Landkreis, … */
  BEZ: string;
  /** Geofactor: 9 = land with structure (all Gemeinden, Kreise, VWG). */
  GF: number;
}

export type Vg5000Feature = Feature<Polygon | MultiPolygon, Vg5000Record>;

export type Vg5000Layer = 'GEM' | 'VWG' | 'KRS' | 'LAN';

export interface Vg5000 {
  /** Features of a layer, EPSG:31467. */
  layer(name: Vg5000Layer): Vg5000Feature[];
}

/**
 * Open the zip once; layers are parsed on request.
 * @throws Error when the zip or a layer is missing
 */
export function openVg5000(zipPath = VG5000_ZIP): Vg5000 {
  const files = unzipSync(readFileSync(zipPath));
  const find = (suffix: string) => {
    const key = Object.keys(files).find((k) => k.endsWith(suffix));
    if (!key) throw new Error(`${zipPath}: no ${suffix} inside`);
    return files[key];
  };
  return {
    layer(name) {
      const base = `VG5000_${name}`;
      const cpg = new TextDecoder().decode(find(`${base}.cpg`)).trim();
      const shp = parseShp(find(`${base}.shp`)) as (Polygon | MultiPolygon)[];
      const dbf = parseDbf(find(`${base}.dbf`), cpg) as unknown as Vg5000Record[];
      if (shp.length !== dbf.length)
        throw new Error(`${base}: ${shp.length} shapes but ${dbf.length} records`);
      return shp.map((geometry, i) => {
        // shpjs adds a bbox to every geometry; TopoJSON would copy it into every object.
        const { bbox: _bbox, ...g } = geometry as Polygon & { bbox?: unknown };
        return { type: 'Feature', geometry: g as Polygon | MultiPolygon, properties: dbf[i] };
      });
    },
  };
}
