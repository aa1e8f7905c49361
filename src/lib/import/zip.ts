/**
 * Zip archives (XLSX workbooks are zip archives) checked before anything is inflated: the
 * central directory is read through fflate's `unzipSync` with a filter that inflates nothing,
 * and every entry's declared sizes are held to the limits in `limits.ts` (entry count,
 * inflated size per entry and in total, compression ratio). Only then is an entry inflated,
 * into a buffer of its declared size: fflate never writes past it, so an entry that lies about
 * its size cannot grow beyond the limit either.
 *
 * @see https://github.com/101arrowz/fflate#usage (unzipSync, `filter`)
 * @see https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (central directory)
 */
import { unzipSync } from 'fflate';
import {
  MAX_ZIP_ENTRIES,
  MAX_ZIP_ENTRY_BYTES,
  MAX_ZIP_RATIO,
  MAX_ZIP_TOTAL_BYTES,
  ZIP_RATIO_MIN_BYTES,
} from './limits';

/** One entry of a zip's central directory: sizes in bytes as declared there. */
export interface ZipEntry {
  name: string;
  compressed: number;
  inflated: number;
}

/** Why a zip archive is refused. `entry` names the offending entry where there is one. */
export type ZipProblem =
  | { kind: 'entries'; count: number }
  | { kind: 'entry-size'; entry: string; inflated: number }
  | { kind: 'total-size'; inflated: number }
  | { kind: 'ratio'; entry: string; inflated: number; compressed: number }
  | { kind: 'invalid'; detail: string };

class TooManyEntries extends Error {}

/**
 * List a zip archive's entries from its central directory, inflating nothing.
 * @returns the entries, or the problem that makes the archive unreadable or too large
 */
export function listZip(
  bytes: Uint8Array,
): { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem } {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter(f) {
        // A forged entry count could make the walk run for billions of steps.
        if (entries.length >= MAX_ZIP_ENTRIES) throw new TooManyEntries();
        entries.push({ name: f.name, compressed: f.size, inflated: f.originalSize });
        return false;
      },
    });
  } catch (e) {
    if (e instanceof TooManyEntries)
      return { ok: false, problem: { kind: 'entries', count: entries.length } };
    return {
      ok: false,
      problem: { kind: 'invalid', detail: e instanceof Error ? e.message : String(e) },
    };
  }
  return { ok: true, entries };
}

/**
 * Hold a listing to the zip limits: entry count, inflated size of each entry and of all, and
 * the compression ratio of each entry above {@link ZIP_RATIO_MIN_BYTES}.
 * @returns the first problem found, or null
 */
export function checkZipEntries(entries: readonly ZipEntry[]): ZipProblem | null {
  if (entries.length > MAX_ZIP_ENTRIES) return { kind: 'entries', count: entries.length };
  let total = 0;
  for (const e of entries) {
    if (e.inflated > MAX_ZIP_ENTRY_BYTES)
      return { kind: 'entry-size', entry: e.name, inflated: e.inflated };
    if (e.inflated > ZIP_RATIO_MIN_BYTES && e.inflated > MAX_ZIP_RATIO * Math.max(1, e.compressed))
      return { kind: 'ratio', entry: e.name, inflated: e.inflated, compressed: e.compressed };
    total += e.inflated;
  }
  if (total > MAX_ZIP_TOTAL_BYTES) return { kind: 'total-size', inflated: total };
  return null;
}

/**
 * Inflate one entry (after {@link checkZipEntries} passed). At most its declared size is
 * allocated.
 * @returns the bytes, or null when there is no such entry
 * @throws when the entry's data is corrupt (fflate's error)
 */
export function readZipEntry(bytes: Uint8Array, name: string): Uint8Array | null {
  const out = unzipSync(bytes, { filter: (f) => f.name === name });
  return Object.hasOwn(out, name) ? out[name] : null;
}

/** Whether bytes start like a zip archive (a local file header, or an empty archive). */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  (bytes[2] === 0x03 || bytes[2] === 0x05) &&
  (bytes[3] === 0x04 || bytes[3] === 0x06);

/**
 * List, check and inflate the entries `want` accepts (macOS `__MACOSX/` copies and folders
 * skipped), for the formats that are zips of several parts (ODS, KMZ, Shapefile).
 * @returns the inflated entries by path, or the problem (a limit, or a damaged archive)
 */
export function readZipEntries(
  bytes: Uint8Array,
  want: (name: string) => boolean,
): { ok: true; files: Record<string, Uint8Array> } | { ok: false; problem: ZipProblem } {
  const listed = listZip(bytes);
  if (!listed.ok) return listed;
  const problem = checkZipEntries(listed.entries);
  if (problem) return { ok: false, problem };
  const chosen = new Set(
    listed.entries
      .map((e) => e.name)
      .filter((n) => !n.startsWith('__MACOSX/') && !n.endsWith('/') && want(n)),
  );
  try {
    return { ok: true, files: unzipSync(bytes, { filter: (f) => chosen.has(f.name) }) };
  } catch (e) {
    return {
      ok: false,
      problem: { kind: 'invalid', detail: e instanceof Error ? e.message : String(e) },
    };
  }
}

/** The file name of a path inside an archive. */
export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
