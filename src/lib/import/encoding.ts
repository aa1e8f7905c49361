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
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      bom: false,
    };
  }
}
