/**
 * GeoJSON (RFC 7946) → node records. Accepts a FeatureCollection or a single Feature. Points
 * are used as they are; (Multi)Polygons by their centroid (with a warning); other geometry
 * types are refused per feature. Features without geometry are located through the
 * gazetteer from their properties (name, place, land, key).
 *
 * Properties are read with the same column names as CSV. Features whose properties are already
 * in the app's own format (`data/projects.geojson`, `data/actors.geojson`) keep them as they are.
 *
 * A `crs` member (GeoJSON 2008, still written by QGIS and ogr2ogr) naming one of the projected
 * systems in `coords.ts` is honoured.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7946
 */
import { centroid } from '@turf/turf';
import type { Polygon, MultiPolygon } from 'geojson';
import { NODE_COLUMNS, mapColumns } from './columns';
import { crsFromGeoJson } from './coords';
import { polygonProblem, positionProblem, type GeometryProblem } from '../data/geometry';
import { issue, quote, type ImportIssue, type SourceRef } from './issues';
import { MAX_FEATURES, MAX_GEOMETRY_POSITIONS, MAX_TEXT_LENGTH } from './limits';
import { nodeTextFields, type NodeRecord } from './records';
import { cleanDeep } from './text';

export interface GeoJsonRecords {
  nodes: NodeRecord[];
  issues: ImportIssue[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? undefined : t.slice(0, MAX_TEXT_LENGTH);
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return String(v);
  return undefined;
}

const POSITION_HINT = {
  de: 'Eine Position ist [Länge, Breite]: zwei Zahlen, ohne Anführungszeichen und ohne weitere Klammern.',
  en: 'A position is [longitude, latitude]: two numbers, without quotes or further brackets.',
};

function notAPosition(ref: SourceRef, field: string, value: unknown): ImportIssue {
  return issue(
    'coords-nan',
    ref,
    field,
    {
      de: `${quote(JSON.stringify(value) ?? 'undefined')} ist keine Position [Länge, Breite]; das Feature wird nicht importiert.`,
      en: `${quote(JSON.stringify(value) ?? 'undefined')} is not a position [longitude, latitude]; the feature is not imported.`,
    },
    POSITION_HINT,
  );
}

function badGeometry(
  ref: SourceRef,
  type: string,
  coords: unknown,
  bad: GeometryProblem,
): ImportIssue {
  const field = `geometry.coordinates${bad.path}`;
  if (bad.kind === 'shape' || bad.kind === 'not-finite') {
    let value: unknown = coords;
    for (const k of bad.path.match(/\d+/g) ?? []) value = (value as unknown[])?.[Number(k)];
    return notAPosition(ref, field, value);
  }
  const message =
    bad.kind === 'too-many-positions'
      ? {
          de: `Das ${type} hat mehr als ${MAX_GEOMETRY_POSITIONS.toLocaleString('de-DE')} Positionen; das Feature wird nicht importiert.`,
          en: `The ${type} has more than ${MAX_GEOMETRY_POSITIONS.toLocaleString('en-GB')} positions; the feature is not imported.`,
        }
      : bad.kind === 'ring-short'
        ? {
            de: `Der Ring hat ${bad.count} Positionen; ein Ring braucht mindestens 4 (die letzte gleich der ersten). Das Feature wird nicht importiert.`,
            en: `The ring has ${bad.count} positions; a ring needs at least 4 (the last equal to the first). The feature is not imported.`,
          }
        : {
            de: 'Der Ring ist nicht geschlossen (die letzte Position ist nicht gleich der ersten); das Feature wird nicht importiert.',
            en: 'The ring is not closed (the last position differs from the first); the feature is not imported.',
          };
  return issue(
    bad.kind === 'too-many-positions' ? 'too-many-features' : 'geometry-invalid',
    ref,
    field,
    message,
    bad.kind === 'too-many-positions'
      ? {
          de: 'Die Geometrie vereinfachen (z. B. in QGIS) oder als Punkt liefern.',
          en: 'Simplify the geometry (e.g. in QGIS) or supply a point.',
        }
      : {
          de: 'Geometrie reparieren (QGIS: „Geometrien reparieren“) oder als Punkt liefern.',
          en: 'Repair the geometry (QGIS: “Fix geometries”) or supply a point.',
        },
  );
}

/** Does this value look like GeoJSON (so a `.json` file is read as GeoJSON, not as a bundle)? */
export function looksLikeGeoJson(value: unknown): boolean {
  return isObject(value) && (value.type === 'FeatureCollection' || value.type === 'Feature');
}

/**
 * Read a parsed GeoJSON value. Never throws.
 * @param onProgress fraction of features read
 */
export function geoJsonToRecords(
  file: string,
  value: unknown,
  onProgress?: (fraction: number) => void,
): GeoJsonRecords {
  const issues: ImportIssue[] = [];
  const fileAt = { file };
  if (!looksLikeGeoJson(value)) {
    issues.push(
      issue(
        'json-shape',
        fileAt,
        'type',
        {
          de: 'Die Datei ist weder eine GeoJSON-FeatureCollection noch ein Datenpaket des Atlas.',
          en: 'The file is neither a GeoJSON FeatureCollection nor an atlas data package.',
        },
        {
          de: 'GeoJSON mit "type": "FeatureCollection" oder ein aus dem Atlas exportiertes Datenpaket verwenden.',
          en: 'Use GeoJSON with "type": "FeatureCollection" or a data package exported from the atlas.',
        },
      ),
    );
    return { nodes: [], issues };
  }
  const root = value as Record<string, unknown>;
  const features: unknown[] =
    root.type === 'Feature' ? [root] : Array.isArray(root.features) ? root.features : [];
  if (root.type === 'FeatureCollection' && !Array.isArray(root.features)) {
    issues.push(
      issue(
        'json-shape',
        fileAt,
        'features',
        {
          de: '„features“ fehlt oder ist keine Liste.',
          en: '“features” is missing or not a list.',
        },
        { de: '"features": [ … ] angeben.', en: 'Give "features": [ … ].' },
      ),
    );
    return { nodes: [], issues };
  }
  if (features.length === 0) {
    issues.push(
      issue(
        'empty',
        fileAt,
        'features',
        { de: 'Die FeatureCollection ist leer.', en: 'The FeatureCollection is empty.' },
        { de: 'Mindestens ein Feature angeben.', en: 'Give at least one feature.' },
      ),
    );
    return { nodes: [], issues };
  }
  if (features.length > MAX_FEATURES) {
    issues.push(
      issue(
        'too-many-features',
        fileAt,
        'features',
        {
          de: `Die Datei hat ${features.length.toLocaleString('de')} Features; höchstens ${MAX_FEATURES.toLocaleString('de')} werden gelesen.`,
          en: `The file has ${features.length.toLocaleString('en')} features; at most ${MAX_FEATURES.toLocaleString('en')} can be read.`,
        },
        {
          de: 'Die Datei aufteilen oder vorab filtern (z. B. in QGIS).',
          en: 'Split the file or filter it first (e.g. in QGIS).',
        },
      ),
    );
    return { nodes: [], issues };
  }
  const declared = crsFromGeoJson(root.crs);
  if (root.crs !== undefined && declared === undefined)
    issues.push(
      issue(
        'coords-projected',
        fileAt,
        'crs',
        {
          de: `Unbekanntes Koordinatenreferenzsystem ${quote(JSON.stringify(root.crs))}; die Koordinaten werden geprüft, als fehlte die Angabe.`,
          en: `Unknown coordinate reference system ${quote(JSON.stringify(root.crs))}; coordinates are checked as if it were absent.`,
        },
        {
          de: 'GeoJSON in WGS 84 (EPSG:4326) exportieren.',
          en: 'Export GeoJSON in WGS 84 (EPSG:4326).',
        },
        'warning',
      ),
    );

  const nodes: NodeRecord[] = [];
  const step = Math.max(1, Math.floor(features.length / 50));
  features.forEach((f, i) => {
    if (i % step === 0) onProgress?.(i / features.length);
    const ref = { file, feature: `features[${i}]` };
    if (!isObject(f) || f.type !== 'Feature') {
      issues.push(
        issue(
          'json-shape',
          ref,
          'type',
          {
            de: `Kein Feature (type ist ${quote(isObject(f) ? f.type : f)}).`,
            en: `Not a Feature (type is ${quote(isObject(f) ? f.type : f)}).`,
          },
          {
            de: '"type": "Feature" mit geometry und properties.',
            en: '"type": "Feature" with geometry and properties.',
          },
        ),
      );
      return;
    }
    // The one text normaliser (text.ts), once, on every string of the properties.
    const props = isObject(f.properties)
      ? (cleanDeep(f.properties, ref, 'properties', issues) as Record<string, unknown>)
      : {};
    if (f.properties !== undefined && f.properties !== null && !isObject(f.properties))
      issues.push(
        issue(
          'json-shape',
          ref,
          'properties',
          { de: '„properties“ ist kein Objekt.', en: '“properties” is not an object.' },
          { de: '"properties": { "name": … }', en: '"properties": { "name": … }' },
        ),
      );
    const keys = Object.keys(props);
    const cols = mapColumns(keys, NODE_COLUMNS as unknown as Record<string, readonly string[]>);
    const idx = cols.index as Record<string, number | undefined>;
    const get = (c: string): string | undefined => {
      const k = idx[c];
      return k === undefined ? undefined : text(props[keys[k]]);
    };
    const fid = text(f.id);
    const rec: NodeRecord = {
      ref: {
        ...ref,
        ...((get('id') ?? fid) ? { feature: `features[${i}] (${get('id') ?? fid})` } : {}),
      },
      fieldPrefix: 'properties.',
      id: get('id') ?? fid,
      ...nodeTextFields(get),
      properties: props,
      ...(declared && declared !== 'EPSG:4326' ? { crs: declared } : {}),
    };
    const altKey = idx.altNames === undefined ? undefined : props[keys[idx.altNames]];
    if (Array.isArray(altKey)) rec.altNames = altKey.map(text).filter((s): s is string => !!s);
    else if (typeof altKey === 'string')
      rec.altNames = altKey
        .split(/[|;]/)
        .map((s) => s.trim())
        .filter(Boolean);

    const g = f.geometry;
    if (g === null || g === undefined) {
      nodes.push(rec);
      return;
    }
    if (!isObject(g)) {
      issues.push(
        issue(
          'geometry-type',
          rec.ref,
          'geometry',
          { de: '„geometry“ ist kein Objekt.', en: '“geometry” is not an object.' },
          {
            de: 'Punktgeometrie: {"type":"Point","coordinates":[lon, lat]}.',
            en: 'Point geometry: {"type":"Point","coordinates":[lon, lat]}.',
          },
        ),
      );
      return;
    }
    const coords = g.coordinates;
    let pos: number[] | undefined;
    if (g.type === 'Point') {
      // The shape of a position (data/geometry.ts); the range is classified when locating.
      if (positionProblem(coords)) {
        // Name the bad number where the array itself has the right length.
        const arr = Array.isArray(coords) && coords.length >= 2 && coords.length <= 3;
        const k = arr ? coords.findIndex((c) => typeof c !== 'number' || !Number.isFinite(c)) : -1;
        issues.push(
          k >= 0
            ? notAPosition(rec.ref, `geometry.coordinates[${k}]`, (coords as unknown[])[k])
            : notAPosition(rec.ref, 'geometry.coordinates', coords),
        );
        return;
      }
      pos = coords as number[];
    } else if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      // Every ring well formed, and not too many positions, before the centroid is computed.
      const bad = polygonProblem(g.type, coords, MAX_GEOMETRY_POSITIONS);
      if (bad) {
        issues.push(badGeometry(rec.ref, g.type, coords, bad));
        return;
      }
      pos = centroid({ type: g.type, coordinates: coords } as Polygon | MultiPolygon).geometry
        .coordinates;
      issues.push(
        issue(
          'geometry-centroid',
          rec.ref,
          'geometry.type',
          {
            de: `${g.type} wird als Punkt an seinem Schwerpunkt importiert.`,
            en: `${g.type} is imported as a point at its centroid.`,
          },
          {
            de: 'Für genaue Orte Punktgeometrien liefern.',
            en: 'Supply point geometries for exact positions.',
          },
          'warning',
        ),
      );
    } else {
      issues.push(
        issue(
          'geometry-type',
          rec.ref,
          'geometry.type',
          {
            de: `Geometrietyp ${quote(g.type)} wird nicht unterstützt; das Feature wird nicht importiert.`,
            en: `Geometry type ${quote(g.type)} is not supported; the feature is not imported.`,
          },
          {
            de: 'Knoten als Point (oder Polygon) liefern; Verbindungen als Kantenliste (CSV source,target).',
            en: 'Supply nodes as Point (or Polygon); connections as an edge list (CSV source,target).',
          },
        ),
      );
      return;
    }
    const [x, y] = pos;
    rec.pair = {
      x,
      y,
      fields: ['geometry.coordinates[0]', 'geometry.coordinates[1]'],
      raw: [String(pos[0]), String(pos[1])],
    };
    nodes.push(rec);
  });
  onProgress?.(1);
  return { nodes, issues };
}
