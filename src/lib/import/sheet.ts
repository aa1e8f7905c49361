/**
 * What every reader hands to the mapping stage: sheets of rows with named columns, each row
 * with its location in the user's file. A CSV is one sheet; a workbook one per worksheet; a
 * GeoJSON, KML or Shapefile one per geometry kind (points, lines) with the properties as
 * columns; a GEXF or GraphML file a node sheet and an edge sheet.
 *
 *   bytes ─ reader ─→ Sheet[] ─ mapping (columns → fields) ─→ records ─ build ─→ package
 */
import type { Column } from './header-finder';
import type { SourceRef } from './issues';

export type { Column };

/** Formats the import reads; `unknown` and `unsupported` are refused with the list of these. */
export type FileFormat =
  | 'csv'
  | 'xlsx'
  | 'ods'
  | 'geojson'
  | 'kml'
  | 'kmz'
  | 'gpx'
  | 'gexf'
  /** Kumu's JSON blueprint. */
  | 'kumu'
  | 'graphml'
  | 'shapefile'
  | 'bundle'
  /** A ZIP refused before it could be told what it holds (over the entry limit). */
  | 'zip'
  | 'unsupported'
  | 'unknown';

/** A coordinate reference system declared by a file (GeoJSON `crs`, Shapefile `.prj`). */
export interface DeclaredCrs {
  /** `EPSG:25833`, or `WKT` for a `.prj` that names no EPSG code we know. */
  id: string;
  /** proj4 definition (proj string or WKT), or null for WGS 84 / CRS84 (nothing to do). */
  def: string | null;
  /** What the file wrote, for messages. */
  written: string;
}

/** Where a row is, when the format says so (GeoJSON, KML, Shapefile, GPX). */
export type RowGeometry =
  | {
      type: 'point';
      x: number;
      y: number;
      /** The values as written, for messages. */
      raw: [string, string];
      /** The field the coordinates came from (`geometry.coordinates`, `Point`). */
      fields: [string, string];
      /** A representative point of a larger geometry (polygon, several points): the type it replaced. */
      from?: string;
    }
  | {
      type: 'line';
      /** First and last position [x, y]. */
      from: [number, number];
      to: [number, number];
    };

export interface SheetRow {
  ref: SourceRef;
  /** One text per column; '' for an empty cell. */
  cells: string[];
  geometry?: RowGeometry;
  /** GeoJSON properties as given (to keep records already in the app's own format). */
  properties?: Record<string, unknown>;
}

export interface Sheet {
  /** The user's file name, `file › sheet` for a workbook with several sheets. */
  file: string;
  format: FileFormat;
  /** Worksheet, layer or element list: „Partner“, „nodes“, „Linien“. */
  sheet?: string;
  /** What the format says the rows are (GEXF node and edge lists); otherwise from the columns. */
  role?: 'nodes' | 'edges';
  columns: Column[];
  /** 1-based rows of the header in the file (tables). */
  headerRows?: number[];
  rows: SheetRow[];
  crs?: DeclaredCrs;
}

/** A stable key for a sheet's header, to remember the user's mapping for the next such file. */
export function headerSignature(sheet: Pick<Sheet, 'columns' | 'role'>): string {
  return `${sheet.role ?? ''}|${sheet.columns.map((c) => c.label.trim().toLowerCase()).join('\u001f')}`;
}

/** A column per key of the given objects, in first-seen order (for properties and attributes). */
export function columnsOf(
  objects: readonly Record<string, unknown>[],
  skip: ReadonlySet<string> = new Set(),
): Column[] {
  const seen = new Map<string, true>();
  for (const o of objects) for (const k of Object.keys(o)) if (!skip.has(k)) seen.set(k, true);
  return [...seen.keys()].map((k) => ({ label: k, parts: [k] }));
}

/**
 * A property value as cell text: strings as given (the mapping stage normalises and trims them,
 * `text.ts`), numbers and booleans spelled out, arrays joined.
 */
export function cellText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v))
    return v
      .map(cellText)
      .filter((c) => c.trim() !== '')
      .join(' | ');
  return '';
}
