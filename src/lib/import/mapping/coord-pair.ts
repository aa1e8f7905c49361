/**
 * One column holding both coordinates, as people copy them from Google Maps („51.1529,
 * 14.9872“), Wikipedia („51° 9′ 10″ N, 14° 59′ 14″ O“) or a GPS device („N 51° 09.173 E 14°
 * 59.232“): latitude first, as all of these write it.
 *
 * Two plain decimal numbers are split here (a decimal point with `,`, `;` or a space between
 * them; decimal commas with `;` or a space). Anything with degree, minute or second marks or
 * hemisphere letters goes to geo-coordinates-parser, with the German `O` (Ost) read as `E` and
 * decimal commas in the seconds as points. That library is not given plain decimals: it reads
 * „51.1529, 14.98“ as degrees and minutes (51.258, 14.152).
 *
 * @see https://github.com/ianengelbrecht/geo-coordinates-parser
 */
import { convert } from 'geo-coordinates-parser';

export type PairRead = { ok: true; lat: number; lon: number } | { ok: false; detail: string };

const NUM = String.raw`[+-]?\d+(?:\.\d+)?`;
const NUM_COMMA = String.raw`[+-]?\d+(?:,\d+)?`;
const PLAIN = new RegExp(String.raw`^\s*(${NUM})\s*(?:[,;]\s*|\s+)(${NUM})\s*$`);
const PLAIN_COMMA = new RegExp(String.raw`^\s*(${NUM_COMMA})\s*(?:;\s*|\s+)(${NUM_COMMA})\s*$`);
/** Degree, minute and second marks, or a hemisphere letter next to a number. */
const DMS = /[°º′″'"]|(?:^|[\s\d])[NSEOW](?=$|[\s\d,;])/i;

/** Whether a cell looks like a coordinate pair (for guessing a column). */
export function looksLikePair(text: string): boolean {
  const t = text.trim();
  return PLAIN.test(t) || PLAIN_COMMA.test(t) || (DMS.test(t) && /\d.*\D.*\d/.test(t));
}

/**
 * Read a coordinate pair, latitude first. Never throws.
 * @returns degrees (WGS 84 as written; the caller checks the range and the order), or why not
 */
export function readPair(text: string): PairRead {
  const t = text.trim();
  const plain = PLAIN.exec(t) ?? PLAIN_COMMA.exec(t);
  if (plain) {
    const [lat, lon] = [plain[1], plain[2]].map((s) => Number(s.replace(',', '.')));
    return { ok: true, lat, lon };
  }
  if (!DMS.test(t)) return { ok: false, detail: 'no pair of numbers' };
  const western = t
    .replace(/(\d)\s*,\s*(\d+\s*[″"'′])/g, '$1.$2')
    .replace(/([\d°º′″'"]\s*)O\b/g, '$1E')
    .replace(/\bO(\s*\d)/g, 'E$1');
  try {
    const c = convert(western);
    const lat = Number(c.decimalLatitude);
    const lon = Number(c.decimalLongitude);
    return Number.isFinite(lat) && Number.isFinite(lon)
      ? { ok: true, lat, lon }
      : { ok: false, detail: 'no pair of numbers' };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}
