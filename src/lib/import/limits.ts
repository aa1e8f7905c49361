/**
 * Size limits of the import. Files up to these sizes parse in a Web Worker with a progress bar;
 * larger ones are refused with a clear message before they are read.
 */

/** Largest file the import reads: 50 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Most features (GeoJSON) or rows (CSV, XLSX) per file. */
export const MAX_FEATURES = 100_000;

/** Deepest JSON nesting accepted (a GeoJSON MultiPolygon needs 6; bundles need ~5). */
export const MAX_JSON_DEPTH = 64;

/** Longest cell or property value kept, in characters. */
export const MAX_TEXT_LENGTH = 10_000;

export function formatMb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
