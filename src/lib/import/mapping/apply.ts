/**
 * Stage 2b of an import: a sheet and its mapping → node or edge records, each with its
 * location and the header names the user wrote (so issues name „Gemeindename“, not `name`).
 * Pure: sheets and mappings are not changed.
 *
 * - A key is the key column as written, or composed from Destatis' ARS columns.
 * - Destatis rows that are not Gemeinden (Satzart 10 Land, 20 Regierungsbezirk, 30 Region,
 *   40 Kreis, 50 Gemeindeverband) are left out, counted in one note per sheet.
 * - Names in Destatis' official form „Arnsberg, Stadt“ become „Arnsberg“ (the full form is
 *   kept as another name) for rows that carry an official key.
 * - A node sheet without a name column takes the id as the name (networkx writes names as
 *   ids), with a note.
 * - The row's geometry (GeoJSON, KML, Shapefile) gives its position; else a WKT column
 *   (`wkt.ts`: QGIS' `AS_WKT`, PostGIS EWKT); else one column with both coordinates
 *   (`coord-pair.ts`: „51.1529, 14.9872“, DMS); otherwise the coordinate columns.
 * - Every value goes through the one text normaliser (`text.ts`) here, the stage every reader's
 *   sheets pass, once: NFC, invisible and direction characters removed, line breaks to spaces
 *   (but in notes), each change a warning naming row or feature and field. GeoJSON properties
 *   kept as given are normalised as a whole (warnings name `properties.…`).
 * - In a CSV, the apostrophe the app's own export puts before a formula is taken off again
 *   (`unguardFormula`: only that apostrophe), so the app's CSV re-imports to the same text.
 */
import { unguardFormula } from '../../export/csv';
import { composeKey } from './destatis-key';
import { parseNumber } from '../number';
import { issue, quote, type ImportIssue } from '../issues';
import { MAX_TEXT_LENGTH } from '../limits';
import type { EdgeRecord, NodeRecord } from '../records';
import type { Sheet, SheetRow } from '../sheet';
import { cleanDeep, cleanField, cleanText } from '../text';
import { TECHNICAL, normalizeHeader, type Field } from './fields';
import type { Mapping } from './guess';
import { readPair } from './coord-pair';
import { readWkt } from './wkt';

export interface MappedRecords {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  issues: ImportIssue[];
}

/** Satzart of a Gemeinde in Destatis' GV-ISys lists. */
const GEMEINDE_SATZART = '60';
const SATZART_NAMES: Readonly<Record<string, string>> = {
  '10': 'Land',
  '20': 'Regierungsbezirk',
  '30': 'Region',
  '40': 'Kreis',
  '50': 'Gemeindeverband',
};

/** „Arnsberg, Stadt“, „Soest, Hansestadt“, „Meschede, Kreis- und Hochschulstadt“ → the name before the comma. */
const OFFICIAL_SUFFIX =
  /^(.+?),\s*((?:[\p{L}-]+\s+)*(?:[\p{L}-]*(?:stadt|gemeinde|markt|flecken)|Stadt|Markt|Flecken|Gemeinde|Amt|Samtgemeinde|Verbandsgemeinde|gemeindefreies Gebiet))$/u;

export function plainMunicipalityName(name: string): string {
  return OFFICIAL_SUFFIX.exec(name)?.[1] ?? name;
}

function clip(value: string, ref: SheetRow['ref'], field: string, issues: ImportIssue[]): string {
  if (value.length <= MAX_TEXT_LENGTH) return value;
  issues.push(
    issue(
      'invalid-value',
      ref,
      field,
      { key: 'issue.value.tooLong', params: { length: value.length, max: MAX_TEXT_LENGTH } },
      { key: 'hint.value.tooLong' },
      'warning',
    ),
  );
  return value.slice(0, MAX_TEXT_LENGTH);
}

const splitList = (s: string) =>
  s
    .split(/\s*[|;]\s*/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Apply a mapping to a sheet. Never throws. */
export function applyMapping(sheet: Sheet, mapping: Mapping): MappedRecords {
  const issues: ImportIssue[] = [];
  const index = new Map<Field, number>();
  mapping.fields.forEach((f, i) => {
    if (f && !index.has(f)) index.set(f, i);
  });
  const headers: Record<string, string> = {};
  for (const [f, i] of index) headers[f] = sheet.columns[i]?.label ?? f;
  const prefix = sheet.format === 'geojson' ? 'properties.' : '';
  if (prefix) for (const f of Object.keys(headers)) headers[f] = `${prefix}${headers[f]}`;
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  const notGemeinde = new Map<string, number>();
  const named = index.has('name');
  const keyParts = (['keyLand', 'keyRb', 'keyKreis', 'keyVb', 'keyGem'] as const).filter((f) =>
    index.has(f),
  );
  if (keyParts.length)
    headers.key = keyParts.map((f) => sheet.columns[index.get(f)!].label).join(' + ');

  // The app's own CSV neutralises formulas with an apostrophe (export/csv.ts): take it off.
  const unguard = sheet.format === 'csv' ? unguardFormula : (v: string) => v;
  for (const row of sheet.rows) {
    // Properties kept as given (GeoJSON) go through the normaliser as a whole, warning there.
    const properties = row.properties
      ? (cleanDeep(row.properties, row.ref, 'properties', issues) as Record<string, unknown>)
      : undefined;
    const values = new Map<Field, string | undefined>();
    const get = (f: Field): string | undefined => {
      if (values.has(f)) return values.get(f);
      const i = index.get(f);
      let v: string | undefined;
      if (i !== undefined) {
        const raw = unguard(row.cells[i] ?? '');
        // The one text normaliser (text.ts), once per value; only invisible characters is empty.
        const clean = properties
          ? cleanText(raw, f === 'notes').text
          : cleanField(raw, row.ref, headers[f], issues, f === 'notes');
        v = clean === '' ? undefined : clip(clean, row.ref, headers[f], issues);
      }
      values.set(f, v);
      return v;
    };
    if (mapping.role === 'edges') {
      edges.push({
        ref: row.ref,
        fieldPrefix: prefix,
        headers,
        id: get('id'),
        source: get('source'),
        target: get('target'),
        kind: get('kind'),
        role: get('role'),
        url: get('url'),
        ...(row.geometry?.type === 'line'
          ? { line: { from: row.geometry.from, to: row.geometry.to } }
          : {}),
      });
      continue;
    }
    const satzart = get('recordType');
    if (satzart !== undefined && satzart !== GEMEINDE_SATZART) {
      const what = SATZART_NAMES[satzart] ?? satzart;
      notGemeinde.set(what, (notGemeinde.get(what) ?? 0) + 1);
      continue;
    }
    const key = keyParts.length
      ? composeKey({
          land: get('keyLand'),
          rb: get('keyRb'),
          kreis: get('keyKreis'),
          vb: get('keyVb'),
          gem: get('keyGem'),
        }) || undefined
      : get('key');
    let name = get('name') ?? (named ? undefined : get('id'));
    const altNames = get('altNames') ? splitList(get('altNames')!) : [];
    if (name && key) {
      const plain = plainMunicipalityName(name);
      if (plain !== name) {
        altNames.push(name);
        name = plain;
      }
    }
    const rec: NodeRecord = {
      ref: row.ref,
      fieldPrefix: prefix,
      headers,
      id: get('id'),
      name,
      kind: get('kind'),
      type: get('type'),
      place: get('place'),
      land: get('land'),
      key,
      url: get('url'),
      notes: get('notes'),
      staffel: get('staffel'),
      category: get('category'),
      project: get('project'),
      relation: get('relation'),
      role: get('role'),
      ...(altNames.length ? { altNames } : {}),
      ...(get('linked') ? { linked: splitList(get('linked')!) } : {}),
      ...(properties ? { properties } : {}),
      ...(sheet.crs && sheet.crs.def !== null ? { crs: sheet.crs } : {}),
    };
    let g = row.geometry;
    const wktAt = g ? undefined : index.get('wkt');
    const wktText = wktAt === undefined ? '' : cleanText(row.cells[wktAt] ?? '').text;
    if (wktText !== '') {
      // Not clipped: a polygon's WKT is long; the reader's geometry limits apply instead.
      const w = readWkt(wktText, row.ref, headers.wkt ?? 'WKT');
      if (!w.ok) {
        issues.push(w.issue);
        continue;
      }
      g = w.geometry;
      if (w.crs) rec.crs = w.crs;
      if (w.note) issues.push(w.note);
    }
    const pairAt = g || wktText ? undefined : index.get('coords');
    const pairText = pairAt === undefined ? '' : cleanText(row.cells[pairAt] ?? '').text;
    if (g?.type === 'point') rec.pair = { x: g.x, y: g.y, fields: g.fields, raw: g.raw };
    else if (pairText !== '') {
      // One column with both, latitude first (Google Maps, Wikipedia, GPS): `coord-pair.ts`.
      const field = headers.coords ?? 'coords';
      const p = readPair(pairText);
      if (!p.ok) {
        issues.push(
          issue(
            'coords-nan',
            row.ref,
            field,
            { key: 'issue.coords.pair', params: { value: quote(pairText.slice(0, 80)) } },
            { key: 'hint.coords.pair' },
          ),
        );
        continue;
      }
      rec.pair = { x: p.lon, y: p.lat, fields: [field, field], raw: [pairText, pairText] };
    } else {
      const lon = get('lon');
      const lat = get('lat');
      if (lon !== undefined || lat !== undefined)
        rec.pair = {
          x: parseNumber(lon),
          y: parseNumber(lat),
          fields: [headers.lon ?? 'lon', headers.lat ?? 'lat'],
          raw: [lon ?? '', lat ?? ''],
        };
    }
    nodes.push(rec);
  }
  if (notGemeinde.size > 0) {
    const list = [...notGemeinde].map(([what, n]) => `${n} × ${what}`).join(', ');
    issues.push(
      issue(
        'rows-skipped',
        { file: sheet.file },
        headers.recordType ?? 'Satzart',
        {
          key: 'issue.rows.notGemeinde',
          params: { list, count: [...notGemeinde.values()].reduce((a, b) => a + b, 0) },
        },
        { key: 'hint.rows.notGemeinde' },
        'warning',
      ),
    );
  }
  // Columns with data that are not read, but for row numbers and drawing values a tool adds
  // (QGIS `fid`, ArcGIS `OBJECTID`, Gephi `Weight`): not worth a warning on every file.
  const unused = sheet.columns.filter(
    (c, i) =>
      mapping.fields[i] === null &&
      c.label &&
      !TECHNICAL.has(normalizeHeader(c.label)) &&
      sheet.rows.some((r) => (r.cells[i] ?? '').trim() !== ''),
  );
  if (unused.length > 0)
    issues.push(
      issue(
        'unknown-column',
        { file: sheet.file, ...(sheet.headerRows ? { row: sheet.headerRows[0] } : {}) },
        unused.map((c) => `${prefix}${c.label}`).join(', '),
        { key: 'issue.columns.unused', params: { count: unused.length } },
        { key: 'hint.columns.unused' },
        'warning',
      ),
    );
  if (mapping.role === 'nodes' && !named && index.has('id') && sheet.rows.length > 0)
    issues.push(
      issue(
        'missing-field',
        { file: sheet.file },
        headers.id,
        { key: 'issue.name.fromId' },
        { key: 'hint.name.column' },
        'warning',
      ),
    );
  return { nodes, edges, issues };
}
