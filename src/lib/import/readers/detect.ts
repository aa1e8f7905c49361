/**
 * Which reader a file needs, from its content and its name together: magic bytes first
 * (ZIP, SQLite, PDF, images, old binary Excel), a ZIP by what it holds, XML by its root
 * element, text by its first character. A name only decides where the content does not (an
 * empty `.xlsx` is still reported as a broken workbook, not as CSV).
 */
import { decodeText } from '../encoding';
import type { FileFormat } from '../sheet';
import { baseName, isZip, listZip, type ZipEntry, type ZipProblem } from '../zip';

export interface Detected {
  format: FileFormat;
  /** For `unsupported`: what the file is („GeoPackage“, „PDF“, „ZIP mit x.docx“). */
  what?: string;
  /** For ZIP-based formats: the entries. */
  entries?: ZipEntry[];
  /** A ZIP whose directory cannot be listed within the limits: the reader reports it. */
  problem?: ZipProblem;
}

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  sig.every((b, i) => bytes[at + i] === b);

const ascii = (bytes: Uint8Array, n: number) =>
  Array.from(bytes.subarray(0, n), (b) => String.fromCharCode(b)).join('');

/** Names of unsupported binary formats by their signature. */
function binaryKind(name: string, bytes: Uint8Array): string | undefined {
  if (ascii(bytes, 16) === 'SQLite format 3\u0000')
    return /\.gpkg$/i.test(name) ? 'GeoPackage' : 'SQLite';
  if (ascii(bytes, 5) === '%PDF-') return 'PDF';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (ascii(bytes, 4) === 'GIF8') return 'GIF';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'Excel 97–2003 (.xls)';
  if (startsWith(bytes, [0x00, 0x00, 0x27, 0x0a])) return 'Shapefile (.shp allein)';
  if (/\.dbf$/i.test(name) && (bytes[0] === 0x03 || bytes[0] === 0x83))
    return 'dBASE (.dbf allein)';
  return undefined;
}

function zipKind(name: string, bytes: Uint8Array): Detected {
  const listed = listZip(bytes);
  if (!listed.ok) {
    if (listed.problem.kind === 'entries') return { format: 'zip', problem: listed.problem };
    return /\.(xlsx|ods)$/i.test(name)
      ? { format: /\.ods$/i.test(name) ? 'ods' : 'xlsx' }
      : { format: 'unknown', what: 'ZIP (beschädigt)' };
  }
  const entries = listed.entries;
  const names = entries.map((e) => e.name);
  if (names.some((n) => n === '[Content_Types].xml' || n.startsWith('xl/')))
    return { format: 'xlsx', entries };
  if (names.includes('content.xml') && names.includes('mimetype'))
    return /\.ods$/i.test(name) || names.includes('styles.xml')
      ? { format: 'ods', entries }
      : { format: 'unsupported', what: 'OpenDocument', entries };
  const real = names.filter((n) => !n.startsWith('__MACOSX/') && !n.endsWith('/'));
  if (real.some((n) => /\.shp$/i.test(n))) return { format: 'shapefile', entries };
  if (real.some((n) => /\.kml$/i.test(n))) return { format: 'kmz', entries };
  const list = real.slice(0, 5).map(baseName).join(', ');
  return { format: 'unsupported', what: `ZIP (${list || 'leer'})`, entries };
}

/** The root element of an XML text, lower case, without namespace prefix. */
function xmlRoot(text: string): string | undefined {
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, '');
  return /^\s*<(?:[\w.-]+:)?([\w.-]+)/.exec(body)?.[1]?.toLowerCase();
}

const XML_ROOTS: Readonly<Record<string, FileFormat>> = {
  kml: 'kml',
  gpx: 'gpx',
  gexf: 'gexf',
  graphml: 'graphml',
};

/** Decide the format of one file. */
export function detectFormat(name: string, bytes: Uint8Array): Detected {
  if (isZip(bytes)) return zipKind(name, bytes);
  if (/\.(xlsx|ods)$/i.test(name) && bytes.length < 64)
    return { format: /\.ods$/i.test(name) ? 'ods' : 'xlsx' };
  const binary = binaryKind(name, bytes);
  if (binary) return { format: 'unsupported', what: binary };
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return { format: 'unknown' };
  const text = decodeText(head).text.replace(/^\uFEFF/, '');
  const first = /\S/.exec(text)?.[0];
  // `\u001e`: a GeoJSON text sequence (RFC 8142) starts with a record separator.
  if (first === '{' || first === '[' || first === '\u001e') return { format: 'geojson' };
  if (first === '<') {
    const root = xmlRoot(text);
    const format = root ? XML_ROOTS[root] : undefined;
    if (format) return { format };
    return { format: 'unsupported', what: root === 'html' ? 'HTML' : `XML (<${root ?? '?'}>)` };
  }
  if (/\.(geo)?json$/i.test(name) && !first) return { format: 'geojson' };
  return { format: 'csv' };
}

/** The formats the import opens, for the message that refuses another. */
export const SUPPORTED_FORMATS =
  'CSV/TSV/TXT, XLSX, ODS, GeoJSON (auch zeilenweise), KML/KMZ, GPX, GEXF, GraphML, Kumu-JSON, Shapefile (ZIP), Datenpaket (JSON)';
