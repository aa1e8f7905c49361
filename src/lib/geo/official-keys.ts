/**
 * Germany's official keys for administrative units, read from whatever a person or a
 * spreadsheet wrote. Pure: no data, no DOM; whether a key *exists* is the gazetteer's question
 * (`placeByKey` in `gazetteer.ts`), this module only says what a key can *mean*.
 *
 * | key | digits | example | what |
 * | --- | --- | --- | --- |
 * | Land | 2 | `09` | Bayern (01 Schleswig-Holstein … 16 Thüringen) |
 * | Kreisschlüssel | 5 | `09471` | Landkreis Bamberg (Land + Regierungsbezirk + Kreis) |
 * | AGS (Amtlicher Gemeindeschlüssel) | 8 | `09471123` | a Gemeinde: Kreis + 3-digit Gemeinde |
 * | Verbandsschlüssel | 9 | `071375008` | a Gemeindeverband (Amt, Verbandsgemeinde, Samtgemeinde, Verwaltungsgemeinschaft): Kreis + 4 digits; the first 9 digits of the ARS |
 * | ARS (Amtlicher Regionalschlüssel) | 12 | `071375008228` | a Gemeinde: Kreis + Verband (4) + Gemeinde (3) |
 *
 * The AGS of a Gemeinde is its ARS without the Verband digits: ARS `071375008228` → AGS
 * `07137228`. Source: Statistisches Bundesamt, Gemeindeverzeichnis (GV-ISys), „Amtlicher
 * Gemeindeschlüssel“ and „Amtlicher Regionalschlüssel“; BKG, VG5000 documentation
 * (`vg5000.pdf`, attributes `AGS`, `ARS`).
 *
 * What is forgiven, because spreadsheets do it:
 * - a lost leading zero: Excel stores `01001000` as the number 1001000 (7 digits → AGS of
 *   Land 01–09), likewise 4 → Kreis, 8 → Verband, 11 → ARS, 1 → Land;
 * - a number written as `1001000.0` or `1001000,0`;
 * - spaces (also no-break and thin spaces), hyphens, slashes and underscores between digit
 *   groups: `09 4 71 123`, `09-471-123`;
 * - a Kreis written as an 8-digit AGS with `000` (`09471000`) or as a 12-digit ARS with seven
 *   zeros: offered as a second reading after the Gemeinde (see {@link officialKeyCandidates}).
 */

/** What an official key names. */
export type OfficialKeyKind = 'land' | 'kreis' | 'verband' | 'gemeinde';

/** One reading of an official key. */
export interface OfficialKey {
  kind: OfficialKeyKind;
  /**
   * The canonical key of that kind: 2 digits (Land), 5 (Kreis), 9 (Verband) or 8 (Gemeinde:
   * the AGS).
   */
  key: string;
  /** The Land key, `01`–`16`. */
  land: string;
  /** The 12-digit ARS, when the input was one (a Gemeinde's ARS carries its Verband). */
  ars?: string;
  /** A leading zero was restored (the input had one digit fewer). */
  zeroRestored?: boolean;
}

/** Digit counts that {@link officialKeyCandidates} reads directly (after separators go). */
const KIND_BY_LENGTH: Record<number, OfficialKeyKind | 'ars'> = {
  2: 'land',
  5: 'kreis',
  8: 'gemeinde',
  9: 'verband',
  12: 'ars',
};

/** Whether `land` is a Land key, `01`–`16`. */
export function isLandKey(land: string): boolean {
  if (!/^\d{2}$/.test(land)) return false;
  const n = Number(land);
  return n >= 1 && n <= 16;
}

/**
 * The digits of a key as typed or stored: separators removed, a spreadsheet's `.0` dropped.
 * Returns null for anything that is not a (separated) run of digits.
 * @param input a string or a number (spreadsheet cells arrive as numbers)
 */
export function keyDigits(input: string | number | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input) || input < 0) return null;
    return String(input);
  }
  let s = input.trim();
  // `1001000.0` / `1001000,00`: a number printed with decimals.
  const dec = /^(\d+)[.,]0+$/.exec(s);
  if (dec) s = dec[1];
  s = s.replace(/[\s\u00a0\u2009\u202f_/-]+/g, '');
  return /^\d+$/.test(s) ? s : null;
}

function reading(digits: string, zeroRestored: boolean): OfficialKey[] {
  const kind = KIND_BY_LENGTH[digits.length];
  if (!kind) return [];
  const land = digits.slice(0, 2);
  if (!isLandKey(land)) return [];
  const z = zeroRestored ? { zeroRestored: true } : {};
  if (kind === 'ars') {
    const out: OfficialKey[] = [
      { kind: 'gemeinde', key: arsToAgs(digits), land, ars: digits, ...z },
    ];
    // A Kreis (or kreisfreie Stadt) written as a 12-digit ARS: `094710000000`.
    if (digits.endsWith('0000000'))
      out.push({ kind: 'kreis', key: digits.slice(0, 5), land, ...z });
    return out;
  }
  const out: OfficialKey[] = [{ kind, key: digits, land, ...z }];
  // A Kreis written as an 8-digit AGS: `09471000` (Destatis tables do this).
  if (kind === 'gemeinde' && digits.endsWith('000'))
    out.push({ kind: 'kreis', key: digits.slice(0, 5), land, ...z });
  return out;
}

/**
 * Every way `input` can be read as an official key, most likely first. Empty when it cannot
 * be one (wrong length, a Land prefix outside 01–16, not digits).
 *
 * Order: the reading of the digits as given, then the reading with a restored leading zero.
 * An 8-digit `10595974` is first an AGS of Land 10, then the Verband `010595974` of Land 01
 * whose zero a spreadsheet dropped; only the data can tell, so the gazetteer tries both.
 *
 * @example officialKeyCandidates('1001000') // [{ kind: 'gemeinde', key: '01001000', land: '01', zeroRestored: true }]
 * @example officialKeyCandidates('094610000000') // Gemeinde 09461000, then Kreis 09461
 */
export function officialKeyCandidates(input: string | number | null | undefined): OfficialKey[] {
  const digits = keyDigits(input);
  if (!digits) return [];
  const out = reading(digits, false);
  return digits.startsWith('0') ? out : out.concat(reading(`0${digits}`, true));
}

/**
 * The most likely reading of `input` as an official key, or undefined (the `maybeX`
 * normaliser). Use {@link officialKeyCandidates} where the data can decide between readings.
 */
export function maybeOfficialKey(
  input: string | number | null | undefined,
): OfficialKey | undefined {
  return officialKeyCandidates(input)[0];
}

/**
 * The AGS (8 digits) of a Gemeinde from its ARS (12 digits): Land, Regierungsbezirk and Kreis
 * (5) followed by the Gemeinde (last 3); the Verband digits 6–9 are dropped.
 * @throws RangeError when `ars` is not 12 digits
 */
export function arsToAgs(ars: string): string {
  if (!/^\d{12}$/.test(ars)) throw new RangeError(`not a 12-digit ARS: ${ars}`);
  return ars.slice(0, 5) + ars.slice(9);
}

/** The Kreisschlüssel (5 digits) of any key of 5 or more digits (AGS, Verband, ARS). */
export function kreisOf(key: string): string {
  return key.slice(0, 5);
}

/** The Land key (2 digits) of any official key. */
export function landOf(key: string): string {
  return key.slice(0, 2);
}
