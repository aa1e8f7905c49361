/**
 * The two lower-level readers of `shpjs` (v6) that the data scripts use; the package ships
 * no types. https://github.com/calvinmetcalf/shapefile-js#readme
 */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a `.shp` file; reprojected only when a proj4 projection is passed. */
  export function parseShp(shp: ArrayBuffer | Uint8Array, prj?: unknown): Geometry[];
  /** Records of a `.dbf` file, decoded with the code page of the `.cpg` file. */
  export function parseDbf(dbf: ArrayBuffer | Uint8Array, cpg?: string): Record<string, unknown>[];
}
