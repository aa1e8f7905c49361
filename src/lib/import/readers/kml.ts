/**
 * KML (Google My Maps, Google Earth, QGIS), KMZ (zipped KML) and GPX waypoints → sheets, through
 * @tmcw/togeojson on an @xmldom/xmldom document (works in a worker, where there is no DOMParser).
 *
 * Columns are the placemark's `name`, its `description` as plain text, every `ExtendedData`
 * field, and `Key: value` lines of the description that no other column names (Google My Maps
 * writes its table fields there when a layer has no data columns). Style properties are
 * dropped. GPX tracks and routes are not places; they are counted in a note.
 *
 * @see https://github.com/placemark/togeojson
 * @see https://developers.google.com/kml/documentation/kmlreference#placemark
 */
import { gpx, kml } from '@tmcw/togeojson';
import type { Document as XmlDocument } from '@xmldom/xmldom';
import { issue, type ImportIssue } from '../issues';
import { MAX_FEATURES, MAX_XML_BYTES } from '../limits';
import type { FileFormat, Sheet } from '../sheet';
import { featuresToSheets, type FeatureInput } from './features';
import { parseXml } from './xml';

export interface XmlRead {
  sheets: Sheet[];
  issues: ImportIssue[];
  count: number;
}

/** Properties togeojson adds for styling and tracks, which are not data. */
const STYLE_KEYS = new Set([
  'styleUrl',
  'styleHash',
  'styleMapHash',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'fill',
  'fill-opacity',
  'icon',
  'icon-color',
  'icon-opacity',
  'icon-scale',
  'icon-offset',
  'icon-offset-units',
  'label-color',
  'label-opacity',
  'label-scale',
  'visibility',
  'coordinateProperties',
  '_gpxType',
  'sym',
]);

/** HTML of a KML description as plain text lines (tags removed, never rendered). */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

function cleanProperties(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (
      STYLE_KEYS.has(k) ||
      v === null ||
      (typeof v === 'object' && !Array.isArray(v) && !('value' in (v as object)))
    )
      continue;
    out[k] =
      typeof v === 'object' && v !== null && 'value' in v
        ? String((v as { value: unknown }).value)
        : v;
  }
  for (const k of ['description', 'desc', 'cmt']) {
    if (typeof out[k] !== 'string') continue;
    const text = htmlToText(out[k] as string);
    out[k] = text;
    // „Typ: Kommune“ lines: a column each, unless a real column has that name.
    for (const line of text.split('\n')) {
      const m = /^([\p{L}][\p{L}\d _./-]{0,40}):\s*(.+)$/u.exec(line);
      if (m && !(m[1] in out)) out[m[1]] = m[2];
    }
  }
  return out;
}

function readDoc(file: string, format: FileFormat, doc: XmlDocument): XmlRead {
  const issues: ImportIssue[] = [];
  const fc = format === 'gpx' ? gpx(doc) : kml(doc);
  const element = format === 'gpx' ? 'wpt' : 'Placemark';
  let skippedTracks = 0;
  const inputs: FeatureInput[] = [];
  fc.features.forEach((f, i) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    if (format === 'gpx' && (props._gpxType === 'trk' || props._gpxType === 'rte')) {
      skippedTracks++;
      return;
    }
    const name = typeof props.name === 'string' ? props.name.slice(0, 60) : undefined;
    const id = typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : name;
    inputs.push({
      ref: { file, feature: `${element}[${i}]${id ? ` (${id})` : ''}` },
      geometry: f.geometry,
      properties: cleanProperties(props),
    });
  });
  if (skippedTracks > 0)
    issues.push(
      issue(
        'geometry-type',
        { file },
        'trk, rte',
        { key: 'issue.gpx.tracks', params: { count: skippedTracks } },
        { key: 'hint.gpx.waypoints' },
        'warning',
      ),
    );
  if (inputs.length > MAX_FEATURES) {
    issues.push(
      issue(
        'too-many-features',
        { file },
        element,
        { key: 'issue.limit.features', params: { count: inputs.length, max: MAX_FEATURES } },
        { key: 'hint.limit.filter' },
      ),
    );
    return { sheets: [], issues, count: inputs.length };
  }
  if (inputs.length === 0 && skippedTracks === 0)
    issues.push(
      issue(
        'empty',
        { file },
        element,
        { key: 'issue.xml.empty', params: { element } },
        { key: 'hint.xml.empty' },
      ),
    );
  const r = featuresToSheets(file, format, inputs);
  return {
    sheets: inputs.length ? r.sheets : [],
    issues: [...issues, ...r.issues],
    count: inputs.length + skippedTracks,
  };
}

/** An XML document too large or malformed, as an issue. */
export function xmlIssue(file: string, detail: string, line?: number): ImportIssue {
  return issue(
    'xml-syntax',
    { file, ...(line ? { row: line } : {}) },
    '(file)',
    { key: 'issue.xml.syntax', params: { detail: detail.slice(0, 200) } },
    { key: 'hint.xml.syntax' },
  );
}

export function xmlTooLarge(file: string, size: number): ImportIssue {
  return issue(
    'too-large',
    { file },
    '(file)',
    {
      key: 'issue.limit.xml',
      params: { size: Math.round(size / 1048576), max: MAX_XML_BYTES / 1048576 },
    },
    { key: 'hint.limit.split' },
  );
}

/** Read KML or GPX text. */
export function readKmlText(file: string, format: 'kml' | 'gpx', text: string): XmlRead {
  if (text.length > MAX_XML_BYTES)
    return { sheets: [], issues: [xmlTooLarge(file, text.length)], count: 0 };
  const parsed = parseXml(text);
  if (!parsed.ok)
    return { sheets: [], issues: [xmlIssue(file, parsed.detail, parsed.line)], count: 0 };
  return readDoc(file, format, parsed.doc);
}
