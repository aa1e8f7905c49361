import { describe, expect, it } from 'vitest';
import {
  arsToAgs,
  isLandKey,
  keyDigits,
  kreisOf,
  landOf,
  maybeOfficialKey,
  officialKeyCandidates,
} from '../../../src/lib/geo/official-keys';

describe('keyDigits', () => {
  it.each([
    ['09471123', '09471123'],
    [' 09 4 71 123 ', '09471123'],
    ['09-471-123', '09471123'],
    ['09\u00a0471\u202f123', '09471123'],
    ['1001000.0', '1001000'],
    ['1001000,00', '1001000'],
    [1001000, '1001000'],
    ['0947_1123', '09471123'],
    ['', null],
    ['AGS 09471123', null],
    ['12.5', null],
    [1.5, null],
    [-1, null],
    [null, null],
    [undefined, null],
  ] as const)('%j → %j', (input, out) => expect(keyDigits(input)).toBe(out));
});

describe('isLandKey', () => {
  it.each([
    ['01', true],
    ['09', true],
    ['16', true],
    ['00', false],
    ['17', false],
    ['1', false],
    ['99', false],
  ])('%s → %s', (k, ok) => expect(isLandKey(k)).toBe(ok));
});

describe('maybeOfficialKey', () => {
  it.each([
    // as written
    ['09', { kind: 'land', key: '09', land: '09' }],
    ['09471', { kind: 'kreis', key: '09471', land: '09' }],
    ['09471123', { kind: 'gemeinde', key: '09471123', land: '09' }],
    ['071375008', { kind: 'verband', key: '071375008', land: '07' }],
    // Excel lost the leading zero
    ['9', { kind: 'land', key: '09', land: '09', zeroRestored: true }],
    ['1001', { kind: 'kreis', key: '01001', land: '01', zeroRestored: true }],
    [1001000, { kind: 'gemeinde', key: '01001000', land: '01', zeroRestored: true }],
    ['5766036', { kind: 'gemeinde', key: '05766036', land: '05', zeroRestored: true }],
    ['71375008', { kind: 'verband', key: '071375008', land: '07', zeroRestored: true }],
    // Land 10–16 never lose a digit
    ['11000000', { kind: 'gemeinde', key: '11000000', land: '11' }],
    ['16', { kind: 'land', key: '16', land: '16' }],
  ])('%j → %j', (input, out) => expect(maybeOfficialKey(input)).toEqual(out));

  it.each([
    ['', 'empty'],
    ['123', 'three digits name no key'],
    ['123456', 'six digits'],
    ['1234567890', 'ten digits'],
    ['17123', 'Land 17 does not exist'],
    ['00123', 'Land 00 does not exist'],
    ['99', 'Land 99 does not exist'],
    ['Bamberg', 'a name'],
  ])('%j → undefined (%s)', (input) => expect(maybeOfficialKey(input)).toBeUndefined());
});

describe('officialKeyCandidates', () => {
  it('reads an ARS as the Gemeinde it names, keeping the ARS', () => {
    expect(officialKeyCandidates('071375008228')).toEqual([
      { kind: 'gemeinde', key: '07137228', land: '07', ars: '071375008228' },
    ]);
  });
  it('restores the zero of an 11-digit ARS', () => {
    expect(officialKeyCandidates('71375008228')).toEqual([
      {
        kind: 'gemeinde',
        key: '07137228',
        land: '07',
        ars: '071375008228',
        zeroRestored: true,
      },
    ]);
  });
  it('offers a Kreis written as an AGS or ARS with trailing zeros as a second reading', () => {
    expect(officialKeyCandidates('09471000').map((k) => [k.kind, k.key])).toEqual([
      ['gemeinde', '09471000'],
      ['kreis', '09471'],
    ]);
    expect(officialKeyCandidates('094710000000').map((k) => [k.kind, k.key])).toEqual([
      ['gemeinde', '09471000'],
      ['kreis', '09471'],
    ]);
  });
  it('lists both readings of 8 digits that could be an AGS or a Verband without its zero', () => {
    // Amt Süderbrarup is 010595974; Excel makes it 10595974, which is also an AGS shape (Land 10).
    expect(officialKeyCandidates('10595974').map((k) => [k.kind, k.key])).toEqual([
      ['gemeinde', '10595974'],
      ['verband', '010595974'],
    ]);
  });
  it('never restores a zero in front of a key that starts with one', () => {
    expect(officialKeyCandidates('0947112').map((k) => k.key)).toEqual([]);
  });
});

describe('arsToAgs, kreisOf, landOf', () => {
  it('drops the Verband digits of an ARS', () => {
    expect(arsToAgs('071375008228')).toBe('07137228');
    expect(arsToAgs('094610000000')).toBe('09461000');
  });
  it('throws on anything but 12 digits', () => {
    expect(() => arsToAgs('07137228')).toThrow(RangeError);
  });
  it('cuts the Kreis and Land prefixes', () => {
    expect(kreisOf('09471123')).toBe('09471');
    expect(kreisOf('071375008')).toBe('07137');
    expect(landOf('09471123')).toBe('09');
  });
});
