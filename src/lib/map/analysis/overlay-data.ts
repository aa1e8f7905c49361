/**
 * GeoJSON for the analysis overlays on the map, built from the pure analysis results:
 * cluster hulls and their labels, reach rings around a project, and lines from the „near
 * me“ origin to the results, labelled at each result. Labels arrive as ready text (the
 * caller translates). Pure.
 */
import { circle } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import type { RegionalCluster } from '../../geo/clusters';

export const EMPTY_FC: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Hull polygons (id = cluster id) and label points at the cluster centres. */
export function clusterOverlay(
  clusters: readonly RegionalCluster[],
  label: (c: RegionalCluster) => string,
): { hulls: FeatureCollection; labels: FeatureCollection } {
  const hulls: Feature[] = [];
  const labels: Feature<Point>[] = [];
  for (const c of clusters) {
    const props = { id: c.id, crossBorder: c.crossBorder, label: label(c) };
    if (c.hull)
      hulls.push({ type: 'Feature', id: c.id, properties: props, geometry: c.hull.geometry });
    labels.push({
      type: 'Feature',
      id: c.id,
      properties: props,
      geometry: { type: 'Point', coordinates: [c.center[0], c.center[1]] },
    });
  }
  return {
    hulls: { type: 'FeatureCollection', features: hulls },
    labels: { type: 'FeatureCollection', features: labels },
  };
}

/** Rings of radius `rings[i].km` around `center` (rings of 0 km are skipped). */
export function reachRings(
  center: Position,
  rings: readonly { km: number; kind: 'median' | 'max' | 'threshold'; label: string }[],
): FeatureCollection<Polygon> {
  return {
    type: 'FeatureCollection',
    features: rings
      .filter((r) => r.km > 0)
      .map((r) => {
        const c = circle(center, r.km, { units: 'kilometers', steps: 96 });
        return { ...c, properties: { kind: r.kind, label: r.label } };
      }),
  };
}

/**
 * Lines from `origin` to each target; a label point at each target (drawn beside the
 * target's disc, see near-label.ts: at the midpoints, the labels of near results piled up on
 * the origin marker); plus the origin point.
 */
export function nearLines(
  origin: Position,
  targets: readonly { id: string; coordinates: Position; label: string; rank: number }[],
): { lines: FeatureCollection<LineString>; labels: FeatureCollection<Point> } {
  const lines: Feature<LineString>[] = [];
  const labels: Feature<Point>[] = [
    {
      type: 'Feature',
      properties: { kind: 'origin', label: '' },
      geometry: { type: 'Point', coordinates: [...origin] },
    },
  ];
  for (const t of targets) {
    lines.push({
      type: 'Feature',
      properties: { id: t.id, rank: t.rank },
      geometry: { type: 'LineString', coordinates: [[...origin], [...t.coordinates]] },
    });
    labels.push({
      type: 'Feature',
      properties: { kind: 'distance', label: t.label, rank: t.rank },
      geometry: { type: 'Point', coordinates: [...t.coordinates] },
    });
  }
  return {
    lines: { type: 'FeatureCollection', features: lines },
    labels: { type: 'FeatureCollection', features: labels },
  };
}
