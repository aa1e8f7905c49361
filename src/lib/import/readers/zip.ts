/**
 * ZIP containers (XLSX, ODS, KMZ, zipped Shapefiles) through fflate: list the central
 * directory without inflating anything, then inflate only the entries a reader asks for,
 * after checking their declared sizes against {@link MAX_INFLATED_BYTES}.
 *
 * @see https://github.com/101arrowz/fflate#usage (unzipSync with a filter)
 */
import { unzipSync } from 'fflate';
import { MAX_INFLATED_BYTES } from '../limits';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  name: string;
  /** Declared size after inflating, in bytes. */
  size: number;
}

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  (bytes[2] === 0x03 || bytes[2] === 0x05) &&
  (bytes[3] === 0x04 || bytes[3] === 0x06);

/** The entries of a ZIP, or null when its central directory cannot be read. */
export function listZip(bytes: Uint8Array): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, size: f.originalSize });
        return false;
      },
    });
  } catch {
    return null;
  }
  return entries;
}

export class ZipTooLarge extends Error {
  constructor(readonly size: number) {
    super(`zip entries inflate to ${size} bytes`);
  }
}

/**
 * Inflate the entries `want` accepts (skipping macOS `__MACOSX/` copies).
 * @throws {ZipTooLarge} when their declared sizes add up to more than `limit` bytes
 * @throws {Error} when the archive is damaged (fflate's message)
 */
export function readZip(
  bytes: Uint8Array,
  want: (name: string) => boolean,
  limit = MAX_INFLATED_BYTES,
): Record<string, Uint8Array> {
  let total = 0;
  const out = unzipSync(bytes, {
    filter: (f) => {
      if (f.name.startsWith('__MACOSX/') || f.name.endsWith('/') || !want(f.name)) return false;
      total += f.originalSize;
      if (total > limit) throw new ZipTooLarge(total);
      return true;
    },
  });
  // fflate trusts the declared size; check what really came out too.
  const real = Object.values(out).reduce((n, b) => n + b.length, 0);
  if (real > limit) throw new ZipTooLarge(real);
  return out;
}

/** The file name of a path inside an archive. */
export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
