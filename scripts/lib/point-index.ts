/**
 * Which polygon holds a point: a bounding-box grid in front of Turf's
 * `booleanPointInPolygon` (https://turfjs.org/docs/api/booleanPointInPolygon). Planar, so use
 * it in one coordinate system (the scripts use EPSG:31467 metres). For the data scripts only.
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';

export interface PolygonIndex<P extends GeoJsonProperties> {
  /** The first feature whose polygon contains `p` (boundary included), or undefined. */
  find(p: Position): Feature<Polygon | MultiPolygon, P> | undefined;
}

/**
 * @param features polygons to index (not copied, not changed)
 * @param cell grid cell size in the units of the coordinates (default 10 km)
 */
export function polygonIndex<P extends GeoJsonProperties>(
  features: readonly Feature<Polygon | MultiPolygon, P>[],
  cell = 10_000,
): PolygonIndex<P> {
  const grid = new Map<string, number[]>();
  const boxes = features.map((f) => bbox(f));
  boxes.forEach(([x0, y0, x1, y1], i) => {
    for (let x = Math.floor(x0 / cell); x <= Math.floor(x1 / cell); x++)
      for (let y = Math.floor(y0 / cell); y <= Math.floor(y1 / cell); y++) {
        const k = `${x},${y}`;
        const list = grid.get(k);
        if (list) list.push(i);
        else grid.set(k, [i]);
      }
  });
  return {
    find(p) {
      for (const i of grid.get(`${Math.floor(p[0] / cell)},${Math.floor(p[1] / cell)}`) ?? []) {
        const [x0, y0, x1, y1] = boxes[i];
        if (p[0] < x0 || p[0] > x1 || p[1] < y0 || p[1] > y1) continue;
        if (booleanPointInPolygon(p, features[i])) return features[i];
      }
      return undefined;
    },
  };
}
