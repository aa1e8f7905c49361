/**
 * Text decoding of user files: UTF-8 (with or without BOM), UTF-16 with BOM, and
 * Windows-1252, the default of German Excel "CSV (Trennzeichen-getrennt)" exports.
 *
 * A file that is not valid UTF-8 is decoded as Windows-1252 (every byte sequence is valid
 * there, and ISO-8859-1 files decode the same for every printable character).
 *
 * @see https://encoding.spec.whatwg.org/#windows-1252
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether a byte-order mark was found (and removed). */
  bom: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      bom: true,
    };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      bom: true,
    };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      bom: true,
    };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      bom: false,
    };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      bom: false,
    };
  }
}

/**
 * Windows-1252 differs from ISO-8859-1 in 0x80–0x9F (€, „, “, –, …). Decoded by table rather
 * than `TextDecoder('windows-1252')`, which Node without full ICU decodes as ISO-8859-1
 * (https://github.com/nodejs/node/issues/56542); so browsers, the worker and tests agree.
 */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  // Through UTF-16LE code units: TextDecoder('utf-16le') is exact in every engine and takes
  // the whole buffer at once (no per-byte strings, no spread of codes into a call).
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_80_9F.charCodeAt(b - 0x80) : b;
  }
  return new TextDecoder('utf-16le').decode(units);
}
