/**
 * The Land polygons as the dataset check needs them (`validateDataPackage`): which Länder
 * there are, how far a point lies outside one, and which one holds it. Apart from
 * `validate.ts` so that Turf stays out of what checks the shipped data at start (the dataset
 * read worker has no Land polygons and never checks against them); `npm run data:check`, the
 * import and the tests pass one.
 *
 * @see https://turfjs.org/docs/api/booleanPointInPolygon
 * @see https://turfjs.org/docs/api/pointToPolygonDistance
 */
import { booleanPointInPolygon, point, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { landLookup } from '../geo/land-at';
import type { LaenderCollection } from './types';

type Position = readonly [number, number];

/** Land polygons by id (ISO 3166-2, `DE-BY`). */
export interface LandIndex {
  /** Whether there is an outline for `id`. */
  has(id: string): boolean;
  /** How far (km) `pos` ([lon, lat], WGS 84) lies outside Land `id`: 0 inside it. */
  kmOutside(pos: Position, id: string): number;
  /** The Land whose outline holds `pos`, if any. */
  at(pos: Position): string | undefined;
}

/** A {@link LandIndex} over `data/basemap/laender.geojson` (does not mutate it). */
export function landIndex(laender: LaenderCollection): LandIndex {
  const lands = new Map<string, Feature<Polygon | MultiPolygon>>();
  for (const f of laender.features) lands.set(f.properties.id, f as Feature<Polygon | MultiPolygon>);
  // The same lookup the map uses for actors without an AGS (bounding box first).
  const landAt = landLookup(laender);
  return {
    has: (id) => lands.has(id),
    kmOutside(pos, id) {
      const land = lands.get(id);
      if (!land) return Infinity;
      if (booleanPointInPolygon(point([...pos]), land)) return 0;
      return pointToPolygonDistance(point([...pos]), land, { units: 'kilometers' });
    },
    at: (pos) => landAt([...pos]),
  };
}
