/**
 * GeoJSON (RFC 7946, and the 2008 form with a `crs` member that QGIS and ogr2ogr still
 * write) → sheets. A FeatureCollection or a single Feature; geometry as in `features.ts`.
 * Properties are kept as given too, so records in the app's own format (its GeoJSON files and
 * exports) come back as they were.
 *
 * Locations are `features[i]`, with the feature's id where it has one; in a sequence, the line.
 *
 * GeoJSON text sequences (RFC 8142: each Feature after a record separator, ogr2ogr's
 * `GeoJSONSeq`) and newline-delimited GeoJSON (one Feature per line: QGIS' „GeoJSON - Newline
 * Delimited“, `.geojsonl`, `.ndjson`) are read record by record with the same JSON parser.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7946
 * @see https://www.rfc-editor.org/rfc/rfc8142
 */
import { crsFromGeoJson } from '../coords';
import { issue, quote, type ImportIssue } from '../issues';
import { MAX_FEATURES } from '../limits';
import { safeJsonParse } from '../safe-json';
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

/** RFC 8142's record separator. */
const RS = '\u001e';

/**
 * Whether a text is a GeoJSON sequence: it starts with a record separator, its name says so
 * (`.geojsonl`, `.geojsons`, `.geojsonseq`, `.ndjson`, `.jsonl`), or its first line is a
 * complete Feature and more lines follow.
 */
export function isGeoJsonSeq(name: string, text: string): boolean {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith(RS)) return true;
  if (/\.(geojsonl|geojsons|geojsonseq|ndjson|jsonl)$/i.test(name)) return true;
  const nl = t.indexOf('\n');
  if (nl < 0 || t.slice(nl).trim() === '') return false;
  const first = safeJsonParse(t.slice(0, nl));
  return first.ok && isObject(first.value) && first.value.type === 'Feature';
}

/**
 * Read a GeoJSON sequence: every record (line, or text after a record separator) is parsed on
 * its own; a broken record is an error naming its line, the others are read. The number of
 * records is checked against {@link MAX_FEATURES} before any is parsed. Never throws.
 */
export function readGeoJsonSeq(file: string, text: string): GeoJsonRead {
  const issues: ImportIssue[] = [];
  const records: { line: number; text: string }[] = [];
  let line = 1;
  for (const chunk of text.replace(/^\uFEFF/, '').split('\n')) {
    for (const part of chunk.split(RS)) if (part.trim() !== '') records.push({ line, text: part });
    line++;
  }
  if (records.length > MAX_FEATURES) {
    issues.push(
      issue(
        'too-many-features',
        { file },
        'features',
        { key: 'issue.limit.features', params: { count: records.length, max: MAX_FEATURES } },
        { key: 'hint.limit.filter' },
      ),
    );
    return { sheets: [], issues, count: records.length };
  }
  const features: unknown[] = [];
  const lines: number[] = [];
  for (const r of records) {
    const parsed = safeJsonParse(r.text);
    if (parsed.ok) {
      features.push(parsed.value);
      lines.push(r.line);
      continue;
    }
    issues.push(
      issue(
        parsed.code,
        { file, row: r.line },
        '(file)',
        parsed.code === 'json-depth'
          ? { key: 'issue.json.depth' }
          : { key: 'issue.json.syntax', params: { detail: parsed.detail } },
        { key: parsed.code === 'json-depth' ? 'hint.json.depth' : 'hint.json.syntax' },
      ),
    );
  }
  if (features.length === 0) return { sheets: [], issues, count: records.length };
  const g = readGeoJson(file, { type: 'FeatureCollection', features }, lines);
  return { sheets: g.sheets, issues: [...issues, ...g.issues], count: records.length };
}

/**
 * Read a parsed GeoJSON value. Never throws.
 * @param lines for a sequence, the line of each feature (locations name the line)
 */
export function readGeoJson(file: string, value: unknown, lines?: readonly number[]): GeoJsonRead {
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
    const base = lines ? { file, row: lines[i] } : { file, feature: `features[${i}]` };
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
      ref: id && !lines ? { file, feature: `features[${i}] (${id})` } : base,
      geometry: f.geometry,
      properties: props,
    });
  });
  const r = featuresToSheets(file, 'geojson', inputs, { crs, keep: true });
  return { sheets: r.sheets, issues: [...issues, ...r.issues], count: features.length };
}
