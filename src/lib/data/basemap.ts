import * as v from 'valibot';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { err, ok, type LoadError, type Result } from './result';

/** Properties every basemap feature carries (see scripts/build-basemap.ts). */
export interface BasemapProps {
  id: string;
  name: string;
  name_en: string;
}

export interface Basemap {
  laender: FeatureCollection<Polygon | MultiPolygon, BasemapProps>;
  labels: FeatureCollection<Point, BasemapProps>;
  countries: FeatureCollection<Polygon | MultiPolygon, BasemapProps>;
  countryLabels: FeatureCollection<Point, BasemapProps>;
}

const Props = v.object({ id: v.string(), name: v.string(), name_en: v.string() });
const Position = v.pipe(v.array(v.number()), v.minLength(2));
const geometry = (types: readonly string[]) =>
  v.object({ type: v.picklist(types as [string, ...string[]]), coordinates: v.array(v.unknown()) });
const collection = (types: readonly string[]) =>
  v.object({
    type: v.literal('FeatureCollection'),
    features: v.pipe(
      v.array(v.object({ type: v.literal('Feature'), properties: Props, geometry: geometry(types) })),
      v.minLength(1),
    ),
  });

const AREA = collection(['Polygon', 'MultiPolygon']);
const POINT = v.object({
  type: v.literal('FeatureCollection'),
  features: v.pipe(
    v.array(
      v.object({
        type: v.literal('Feature'),
        properties: Props,
        geometry: v.object({ type: v.literal('Point'), coordinates: Position }),
      }),
    ),
    v.minLength(1),
  ),
});

/** Turn a valibot issue into "feature 3 / field properties.name / expected string". */
function shapeError(file: string, issue: v.BaseIssue<unknown>): LoadError {
  const path = issue.path?.map((p) => String(p.key)) ?? [];
  const featureIndex = path[0] === 'features' && path.length > 1 ? path[1] : undefined;
  const field = (featureIndex !== undefined ? path.slice(2) : path).join('.') || '(root)';
  return {
    file,
    code: 'shape',
    detail: issue.message,
    feature: featureIndex !== undefined ? `#${featureIndex}` : '–',
    field,
    expected: issue.expected ?? issue.message,
  };
}

/** Validate one basemap layer file; `kind` picks the geometry it must hold. */
export function parseBasemapLayer<K extends 'area' | 'point'>(
  raw: unknown,
  file: string,
  kind: K,
): Result<K extends 'area' ? Basemap['laender'] : Basemap['labels'], LoadError> {
  const result = v.safeParse(kind === 'area' ? AREA : POINT, raw);
  if (!result.success) return err(shapeError(file, result.issues[0]));
  return ok(raw as K extends 'area' ? Basemap['laender'] : Basemap['labels']);
}
