/**
 * Which Land a point lies in, from the basemap's Länder polygons (Natural Earth, see
 * `data/basemap/`). Used where a record names no AGS (most partners, and members such as
 * Fuchstal or Kalletal whose key is missing): the Land then follows from where the actor
 * is drawn. Pure; a bounding-box test before the exact point-in-polygon test.
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** Looks up the Land (ISO 3166-2 id from the feature's `id` property) at [lon, lat]. */
export type LandAt = (at: Position) => string | undefined;

/**
 * Builds a lookup over `laender` (features with an `id` property such as `DE-BY`).
 * Returns undefined for points outside every polygon (abroad, at sea).
 */
export function landLookup(
  laender: FeatureCollection<Polygon | MultiPolygon, { id: string }>,
): LandAt {
  const index = laender.features.map((f: Feature<Polygon | MultiPolygon, { id: string }>) => ({
    f,
    box: bbox(f),
  }));
  return (at) => {
    const [x, y] = at;
    for (const { f, box } of index) {
      if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) continue;
      if (booleanPointInPolygon(at, f)) return f.properties.id;
    }
    return undefined;
  };
}
