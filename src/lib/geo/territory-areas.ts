/**
 * Consortium areas as real territory: a project's area is the union (dissolve) of its
 * members' Gemeinde, Verband or Kreis polygons from the official VG5000 topology.
 *
 * - Adjacent members become one polygon (shared borders removed, no slivers: one topology,
 *   `topojson-client` `merge`); members far apart stay separate parts (Hamburg, Leipzig and
 *   München are three polygons, never a hull across the country).
 * - A member without a polygon (no official key, or a key the file does not have: an imported
 *   actor, a regional association) falls back to a circle of `bufferKm` around its position,
 *   for that member only, and is listed in `fallback`, so the details can say so.
 * - A project with no member at all, or only one member without a polygon, gets no area.
 *
 * Pure: members in, GeoJSON out, nothing mutated.
 * Turf: https://turfjs.org/docs/api/union, https://turfjs.org/docs/api/circle
 */
import { circle, featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { dissolve, gemeindenOf, type AdminGemeinden } from './admin-areas';

export interface TerritoryMember {
  id: string;
  /**
   * Official key of the member's territory: AGS (Gemeinde), Kreisschlüssel, Verband (9) or ARS.
   * Leave it out for members whose key is not their territory (organisations).
   */
  key?: string;
  /** Where the member is (its seat), for the fallback circle. */
  position?: Position;
}

export interface TerritoryInput {
  /** The project id (also the feature id, for feature-state). */
  id: string;
  name: string;
  members: readonly TerritoryMember[];
}

export interface TerritoryAreaProperties {
  id: string;
  name: string;
  /** `territory`: only polygons; `mixed`: polygons and fallback circles; `circle`: circles only. */
  shape: 'territory' | 'mixed' | 'circle';
  /** Members that are in the area (with a polygon or a position). */
  members: number;
  /** Separate parts of the area. */
  parts: number;
  /** Ids of members drawn as a circle because they have no polygon. */
  fallback: string[];
}

export interface TerritoryOptions {
  /** Radius of a fallback circle in kilometres (default 6, as the old buffered areas). */
  bufferKm?: number;
  /** Segments of a fallback circle (default 32). */
  steps?: number;
}

const round6 = (p: Position) => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];

function roundGeometry(g: Polygon | MultiPolygon): MultiPolygon {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return { type: 'MultiPolygon', coordinates: polys.map((p) => p.map((r) => r.map(round6))) };
}

/** The area of one project, or null when none of its members can be drawn. */
export function territoryArea(
  admin: AdminGemeinden,
  project: TerritoryInput,
  { bufferKm = 6, steps = 32 }: TerritoryOptions = {},
): Feature<MultiPolygon, TerritoryAreaProperties> | null {
  const indices = new Set<number>();
  const circles: Feature<Polygon>[] = [];
  const fallback: string[] = [];
  let members = 0;
  for (const m of project.members) {
    const own = m.key ? gemeindenOf(admin, m.key) : [];
    if (own.length) {
      for (const i of own) indices.add(i);
      members++;
    } else if (m.position) {
      circles.push(circle(m.position, bufferKm, { units: 'kilometers', steps }));
      fallback.push(m.id);
      members++;
    }
  }
  // A project whose only drawable member is a point of its own (a partner-less single seat)
  // would get a lone circle: that says nothing a point does not.
  if (indices.size === 0 && circles.length < 2) return null;
  const territory = dissolve(
    admin,
    [...indices].sort((a, b) => a - b),
  );
  let geometry: Polygon | MultiPolygon | null = territory;
  if (circles.length) {
    const parts: Feature<Polygon | MultiPolygon>[] = [...circles];
    if (territory) parts.push({ type: 'Feature', geometry: territory, properties: {} });
    geometry = union(featureCollection(parts))?.geometry ?? territory;
  }
  if (!geometry) return null;
  const rounded = roundGeometry(geometry);
  return {
    type: 'Feature',
    id: project.id,
    geometry: rounded,
    properties: {
      id: project.id,
      name: project.name,
      shape: indices.size === 0 ? 'circle' : circles.length ? 'mixed' : 'territory',
      members,
      parts: rounded.coordinates.length,
      fallback,
    },
  };
}

/** Areas of every project that has one, in input order. */
export function territoryAreas(
  admin: AdminGemeinden,
  projects: readonly TerritoryInput[],
  options: TerritoryOptions = {},
): FeatureCollection<MultiPolygon, TerritoryAreaProperties> {
  const features: Feature<MultiPolygon, TerritoryAreaProperties>[] = [];
  for (const p of projects) {
    const f = territoryArea(admin, p, options);
    if (f) features.push(f);
  }
  return { type: 'FeatureCollection', features };
}
