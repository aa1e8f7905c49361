/**
 * GeoJSON (RFC 7946, and the 2008 form with a `crs` member that QGIS and ogr2ogr still
 * write) → sheets. A FeatureCollection or a single Feature; geometry as in `features.ts`.
 * Properties are kept as given too, so records in the app's own format (its GeoJSON files and
 * exports) come back as they were.
 *
 * Locations are `features[i]`, with the feature's id where it has one.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7946
 */
import { crsFromGeoJson } from '../coords';
import { issue, quote, type ImportIssue } from '../issues';
import { MAX_FEATURES } from '../limits';
import type { Sheet } from '../sheet';
import { featuresToSheets, type FeatureInput } from './features';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Does this value look like GeoJSON (so a `.json` file is read as GeoJSON, not as a bundle)? */
export function looksLikeGeoJson(value: unknown): boolean {
  return isObject(value) && (value.type === 'FeatureCollection' || value.type === 'Feature');
}

export interface GeoJsonRead {
  sheets: Sheet[];
  issues: ImportIssue[];
  /** Features in the file (read, before any is left out). */
  count: number;
}

const idText = (v: unknown) =>
  typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))
    ? String(v).slice(0, 80)
    : undefined;

/** Read a parsed GeoJSON value. Never throws. */
export function readGeoJson(file: string, value: unknown): GeoJsonRead {
  const issues: ImportIssue[] = [];
  const at = { file };
  const fail = (
    field: string,
    key: 'issue.json.shape' | 'issue.json.features' | 'issue.json.empty',
    hint: 'hint.json.shape' | 'hint.json.features' | 'hint.json.empty',
    code: ImportIssue['code'] = 'json-shape',
  ) => {
    issues.push(issue(code, at, field, { key }, { key: hint }));
    return { sheets: [], issues, count: 0 };
  };
  if (!looksLikeGeoJson(value)) return fail('type', 'issue.json.shape', 'hint.json.shape');
  const root = value as Record<string, unknown>;
  if (root.type === 'FeatureCollection' && !Array.isArray(root.features))
    return fail('features', 'issue.json.features', 'hint.json.features');
  const features: unknown[] = root.type === 'Feature' ? [root] : (root.features as unknown[]);
  if (features.length === 0)
    return fail('features', 'issue.json.empty', 'hint.json.empty', 'empty');
  if (features.length > MAX_FEATURES) {
    issues.push(
      issue(
        'too-many-features',
        at,
        'features',
        { key: 'issue.limit.features', params: { count: features.length, max: MAX_FEATURES } },
        { key: 'hint.limit.filter' },
      ),
    );
    return { sheets: [], issues, count: features.length };
  }
  const crs = crsFromGeoJson(root.crs);
  if (root.crs !== undefined && root.crs !== null && !crs)
    issues.push(
      issue(
        'coords-projected',
        at,
        'crs',
        { key: 'issue.crs.unknown', params: { crs: quote(JSON.stringify(root.crs)) } },
        { key: 'hint.crs.wgs84' },
        'warning',
      ),
    );

  const inputs: FeatureInput[] = [];
  features.forEach((f, i) => {
    const base = { file, feature: `features[${i}]` };
    if (!isObject(f) || f.type !== 'Feature') {
      issues.push(
        issue(
          'json-shape',
          base,
          'type',
          { key: 'issue.json.notFeature', params: { type: quote(isObject(f) ? f.type : f) } },
          { key: 'hint.json.feature' },
        ),
      );
      return;
    }
    if (f.properties !== undefined && f.properties !== null && !isObject(f.properties))
      issues.push(
        issue(
          'json-shape',
          base,
          'properties',
          { key: 'issue.json.properties' },
          { key: 'hint.json.properties' },
        ),
      );
    const props = isObject(f.properties) ? f.properties : {};
    const id = idText(props.id) ?? idText(f.id);
    inputs.push({
      ref: id ? { file, feature: `features[${i}] (${id})` } : base,
      geometry: f.geometry,
      properties: props,
    });
  });
  const r = featuresToSheets(file, 'geojson', inputs, { crs, keep: true });
  return { sheets: r.sheets, issues: [...issues, ...r.issues], count: features.length };
}
