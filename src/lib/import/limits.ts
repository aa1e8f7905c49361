/**
 * Size limits of the import, all checked before memory is spent on the data they bound. Files
 * up to these sizes parse in a Web Worker with a progress bar; larger ones are refused with a
 * message naming the file and the limit. The list is documented in docs/data-format.md.
 */

/** Largest file the import reads: 50 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Most features (GeoJSON) or rows (CSV, XLSX) per file. */
export const MAX_FEATURES = 100_000;

/** Deepest JSON nesting accepted (a GeoJSON MultiPolygon needs 6; bundles need ~5). */
export const MAX_JSON_DEPTH = 64;

/** Longest cell or property value kept, in characters. */
export const MAX_TEXT_LENGTH = 10_000;

/** Most positions in one geometry (a Polygon is imported by its centroid). */
export const MAX_GEOMETRY_POSITIONS = 100_000;

/** Zip archives (XLSX): most entries in the central directory. */
export const MAX_ZIP_ENTRIES = 10_000;

/** Zip archives: largest declared inflated size of one entry (256 MB). */
export const MAX_ZIP_ENTRY_BYTES = 256 * 1024 * 1024;

/** Zip archives: largest declared inflated size of all entries together (512 MB). */
export const MAX_ZIP_TOTAL_BYTES = 512 * 1024 * 1024;

/**
 * Zip archives: highest compression ratio (inflated ÷ compressed) of an entry above
 * {@link ZIP_RATIO_MIN_BYTES}; a higher one is a zip bomb. Apache POI uses the same 1 : 100
 * (`ZipSecureFile.MIN_INFLATE_RATIO = 0.01`); worksheets of real workbooks compress 5–30×.
 */
export const MAX_ZIP_RATIO = 100;

/** Entries smaller than this (inflated) are not held to {@link MAX_ZIP_RATIO}. */
export const ZIP_RATIO_MIN_BYTES = 1024 * 1024;

/**
 * Worksheets: most rows a sheet may span, counting from row 1 (100,000 data rows, a header
 * and room for a title block above it).
 */
export const MAX_SHEET_ROWS = MAX_FEATURES + 100;

/** Worksheets: most columns a sheet may span (column SF). */
export const MAX_SHEET_COLUMNS = 500;

/**
 * Worksheets: most cells of the rectangle a sheet spans (rows × columns). The reader holds
 * every cell of that rectangle, empty or not.
 */
export const MAX_SHEET_CELLS = 5_000_000;

export function formatMb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Most bytes the entries of a ZIP (XLSX, ODS, KMZ, Shapefile) may inflate to: 200 MB. */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

/** Largest XML document (KML, GPX, GEXF, GraphML, ODS content) parsed into a DOM: 30 MB. */
export const MAX_XML_BYTES = 30 * 1024 * 1024;
