/**
 * Zipped Shapefiles (what GIS offices send: `.shp`, `.shx`, `.dbf`, `.prj`, `.cpg`, possibly in a
 * folder inside the ZIP, possibly several layers) → one sheet per layer, through shpjs's
 * `.shp` and `.dbf` parsers. The ZIP is opened with fflate under the import's size limits.
 *
 * The `.prj` is read by `parseCrs` (EPSG authority or ESRI name, else the WKT itself through
 * proj4) and declared on the sheet, so the coordinates are converted the way the file says —
 * never guessed. Without a `.prj` the metres are guessed like any undeclared coordinates, and
 * the user is asked when several systems fit. A `.dbf` without `.cpg` that is not UTF-8 is read
 * as Windows-1252 (the ArcGIS default).
 *
 * @see https://github.com/calvinmetcalf/shapefile-js
 * @see https://www.esri.com/content/dam/esrisites/sitecore-archive/Files/Pdfs/library/whitepapers/pdfs/shapefile.pdf
 */
import { pushAll } from '../../util/arrays';
import { parseDbf, parseShp } from 'shpjs';
import { parseCrs } from '../coords';
import { issue, quote, type ImportIssue } from '../issues';
import { MAX_FEATURES } from '../limits';
import type { Sheet } from '../sheet';
import { featuresToSheets, type FeatureInput } from './features';
import { zipIssue } from '../xlsx-bounds';
import { readZipEntries } from '../zip';

export interface ShapefileRead {
  sheets: Sheet[];
  issues: ImportIssue[];
  count: number;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Read the layers of a zipped Shapefile. Never throws. */
export function readShapefileZip(file: string, bytes: Uint8Array): ShapefileRead {
  const issues: ImportIssue[] = [];
  const z = readZipEntries(bytes, (n) => /\.(shp|dbf|prj|cpg)$/i.test(n));
  if (!z.ok) return { sheets: [], issues: [zipIssue(file, z.problem, 'archive')], count: 0 };
  const files = z.files;
  const byBase = new Map<string, Record<string, Uint8Array>>();
  for (const [path, data] of Object.entries(files)) {
    const m = /^(.*)\.(shp|dbf|prj|cpg)$/i.exec(path);
    if (!m) continue;
    const parts = byBase.get(m[1]) ?? {};
    parts[m[2].toLowerCase()] = data;
    byBase.set(m[1], parts);
  }
  const sheets: Sheet[] = [];
  let count = 0;
  const layers = [...byBase.entries()].filter(([, p]) => p.shp);
  for (const [base, parts] of layers) {
    const layer = base.slice(base.lastIndexOf('/') + 1);
    const at = { file: layers.length > 1 ? `${file} › ${layer}` : file };
    const decoder = new TextDecoder();
    const prj = parts.prj ? decoder.decode(parts.prj).trim() : undefined;
    const crs = prj ? parseCrs(prj) : undefined;
    if (prj && !crs)
      issues.push(
        issue(
          'coords-projected',
          at,
          `${layer}.prj`,
          { key: 'issue.crs.unknown', params: { crs: quote(prj, 80) } },
          { key: 'hint.crs.wgs84' },
          'warning',
        ),
      );
    let geometries: unknown[];
    let records: Record<string, unknown>[] = [];
    try {
      const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
      geometries = parseShp(view(parts.shp), undefined) as unknown[];
      if (parts.dbf) {
        const cpg = parts.cpg
          ? decoder.decode(parts.cpg).trim()
          : isUtf8(parts.dbf)
            ? 'utf-8'
            : 'windows-1252';
        records = parseDbf(view(parts.dbf), cpg) as Record<string, unknown>[];
      }
    } catch (e) {
      issues.push(
        issue(
          'zip-read',
          at,
          `${layer}.shp`,
          {
            key: 'issue.shapefile.read',
            params: { detail: e instanceof Error ? e.message : String(e) },
          },
          { key: 'hint.shapefile.read' },
        ),
      );
      continue;
    }
    count += geometries.length;
    if (geometries.length > MAX_FEATURES) {
      issues.push(
        issue(
          'too-many-features',
          at,
          `${layer}.shp`,
          { key: 'issue.limit.features', params: { count: geometries.length, max: MAX_FEATURES } },
          { key: 'hint.limit.filter' },
        ),
      );
      continue;
    }
    const inputs: FeatureInput[] = geometries.map((g, i) => ({
      // Records are numbered from 1 in GIS attribute tables (QGIS, ArcGIS).
      ref: { ...at, feature: `${layer}.dbf #${i + 1}` },
      geometry: g,
      properties: records[i] ?? {},
    }));
    const r = featuresToSheets(at.file, 'shapefile', inputs, {
      crs,
      layer: layers.length > 1 ? layer : undefined,
    });
    pushAll(sheets, r.sheets);
    pushAll(issues, r.issues);
  }
  if (layers.length === 0)
    issues.push(
      issue(
        'empty',
        { file },
        '(file)',
        { key: 'issue.shapefile.none' },
        { key: 'hint.shapefile.read' },
      ),
    );
  return { sheets, issues, count };
}
