import { describe, expect, it } from 'vitest';
import { parseCsv, parseNumber, sniffSeparator } from '../../../src/lib/import/csv';
import { decodeText } from '../../../src/lib/import/encoding';
import { classifyPair, crsFromGeoJson, detectCrs, reproject } from '../../../src/lib/import/coords';
import { jsonDepth, safeJsonParse } from '../../../src/lib/import/safe-json';
import { columnLetter } from '../../../src/lib/import/readers/table';

describe('parseCsv', () => {
  it.each([
    ['a,b\n1,2\n', ','],
    ['a;b\n1,5;2,5\n', ';'],
    ['a\tb\n1\t2\n', '\t'],
    ['a|b\n1|2\n', '|'],
    ['"x;y",b\n"1;2",3\n', ','],
  ])('sniffs the separator of %j', (text, sep) => expect(sniffSeparator(text)).toBe(sep));

  it('reads quoted fields with separators, escaped quotes and line breaks', () => {
    const r = parseCsv('name;note\n"A; B";"say ""hi""\nline 2"\r\nC;D\n');
    expect(r.rows.map((x) => x.cells)).toEqual([
      ['name', 'note'],
      ['A; B', 'say "hi"\nline 2'],
      ['C', 'D'],
    ]);
    expect(r.rows.map((x) => x.line)).toEqual([1, 2, 4]);
  });
  it('removes a BOM, skips empty lines, accepts CR line ends and a missing final newline', () => {
    const r = parseCsv('\ufeffa,b\r\r\n1,2\r3,4');
    expect(r.rows.map((x) => x.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });
  it('counts line breaks inside quoted fields, the sep= line and skipped empty lines in row lines', () => {
    const r = parseCsv('sep=;\r\nname;note\r\n"A";"one\r\ntwo\r\nthree"\r\n\r\nB;"x\ny"\nC;z\rD;w');
    expect(r.sepLine).toBe(true);
    expect(r.rows.map((x) => x.cells[0])).toEqual(['name', 'A', 'B', 'C', 'D']);
    expect(r.rows[1].cells[1]).toBe('one\ntwo\nthree');
    expect(r.rows.map((x) => x.line)).toEqual([2, 3, 7, 9, 10]);
    expect(r.unterminatedQuoteAt).toBeUndefined();
  });
  it('locates an unterminated quote after a quoted field with line breaks', () => {
    const r = parseCsv('a,b\n"1\n2",3\n4,"5\n6,7\n');
    expect(r.unterminatedQuoteAt).toBe(4);
    expect(r.rows.map((x) => x.line)).toEqual([1, 2, 4]);
  });
  it('reports progress in rising fractions on a long text', () => {
    const text = 'a;b\n' + 'Görlitz;"Zeile\nzwei"\n'.repeat(20_000);
    const seen: number[] = [];
    const r = parseCsv(text, undefined, (f) => seen.push(f));
    expect(r.rows).toHaveLength(20_001);
    expect(r.rows.at(-1)!.line).toBe(1 + 2 * 20_000 - 1);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > seen[i - 1]))).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });
  it('reports an unterminated quote with its line', () => {
    expect(parseCsv('a,b\n1,2\n"3,4\n5,6\n').unterminatedQuoteAt).toBe(3);
  });
  it('does not mutate its input and reports progress up to 1', () => {
    const text = 'a,b\n1,2\n';
    const seen: number[] = [];
    parseCsv(text, undefined, (f) => seen.push(f));
    expect(text).toBe('a,b\n1,2\n');
    expect(seen.at(-1)).toBe(1);
  });
});

describe('parseNumber', () => {
  it.each([
    ['49.89', 49.89],
    ['49,89', 49.89],
    [' -10,5 ', -10.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['5.432.123', 5432123],
    ['5 432 123,4', 5432123.4],
    ['1e3', 1000],
    [7, 7],
  ])('%j → %d', (raw, n) => expect(parseNumber(raw)).toBe(n));
  it.each(['', 'NaN', 'Infinity', '1e999', 'abc', '49,89,1', '1.2.3,4,5', '--1', null, undefined])(
    '%j → NaN',
    (raw) => expect(parseNumber(raw as string)).toBeNaN(),
  );
});

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    const bytes = new TextEncoder().encode('Fürth');
    expect(decodeText(bytes)).toEqual({ text: 'Fürth', encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({
      text: 'Fürth',
      encoding: 'utf-8',
      bom: true,
    });
  });
  it('detects Windows-1252 (ü = 0xFC, € = 0x80, „ = 0x84)', () => {
    const r = decodeText(new Uint8Array([0x46, 0xfc, 0x72, 0x74, 0x68, 0x20, 0x80, 0x20, 0x84]));
    expect(r).toEqual({ text: 'Fürth € „', encoding: 'windows-1252', bom: false });
  });
  it('reads UTF-16 LE with BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xfc, 0x00])).text).toBe('Aü');
  });
});

describe('coordinates', () => {
  it.each([
    [10.8869, 49.8917, 'wgs84'],
    [49.8917, 10.8869, 'swapped'],
    [16.37, 48.21, 'wgs84-abroad'],
    [635500, 5528300, 'projected'],
    [NaN, 50, 'nan'],
    [10, Infinity, 'nan'],
    [500, 100, 'range'],
    [1e9, 1e9, 'range'],
  ] as const)('(%d, %d) is %s', (x, y, kind) => expect(classifyPair(x, y)).toBe(kind));

  it('reprojects the four systems to within ~10 m of Bamberg (10.8869, 49.8917)', () => {
    const cases = [
      ['EPSG:25832', 635500, 5528300],
      ['EPSG:25833', 204400, 5535600],
      ['EPSG:31467', 3635600, 5530200],
      ['EPSG:3857', 1211924, 6427541],
    ] as const;
    for (const [crs, x, y] of cases) {
      const [lon, lat] = reproject(crs, x, y)!;
      expect(Math.abs(lon - 10.8869), crs).toBeLessThan(0.01);
      expect(Math.abs(lat - 49.8917), crs).toBeLessThan(0.01);
    }
  });
  it('accepts UTM eastings with a zone prefix', () => {
    const [lon] = reproject('EPSG:25832', 32635500, 5528300)!;
    expect(lon).toBeCloseTo(10.8865, 2);
  });
  it('ranks the systems by how many points they put in Germany', () => {
    expect(detectCrs([[3635600, 5530200]]).map((c) => c.crs)).toEqual(['EPSG:31467']);
    expect(detectCrs([[1211924, 6427541]]).map((c) => c.crs)).toEqual(['EPSG:3857']);
    // Eastern Germany: UTM 32 and 33 both land in Germany; both offered, UTM 32 first.
    expect(detectCrs([[400000, 5700000]]).map((c) => c.crs)).toEqual(['EPSG:25832', 'EPSG:25833']);
    expect(detectCrs([])).toEqual([]);
  });
  it('reads the crs member of older GeoJSON', () => {
    expect(crsFromGeoJson({ properties: { name: 'urn:ogc:def:crs:EPSG::25833' } })?.id).toBe(
      'EPSG:25833',
    );
    expect(crsFromGeoJson({ properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } })?.id).toBe(
      'EPSG:4326',
    );
    expect(crsFromGeoJson({ properties: { name: 'EPSG:2154' } })).toBeUndefined();
    expect(crsFromGeoJson('x')).toBeUndefined();
  });
});

describe('safeJsonParse', () => {
  it('drops __proto__, constructor and prototype keys at every level', () => {
    const r = safeJsonParse(
      '{"a":{"__proto__":{"x":1},"constructor":{"prototype":{"y":2}},"b":1}}',
    );
    expect(r).toEqual({ ok: true, value: { a: { b: 1 } } });
    const a = (r as { value: { a: object } }).value.a;
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(({} as { x?: number }).x).toBeUndefined();
  });
  it('refuses deep nesting before parsing, counting brackets outside strings only', () => {
    expect(safeJsonParse('['.repeat(65) + ']'.repeat(65))).toMatchObject({
      ok: false,
      code: 'json-depth',
    });
    expect(safeJsonParse('"' + '['.repeat(1000) + '"')).toEqual({
      ok: true,
      value: '['.repeat(1000),
    });
    expect(jsonDepth('{"a":[{"b":"]]]"}]}')).toBe(3);
  });
  it('reports a syntax error with the engine detail (and its line where the engine gives one)', () => {
    const r = safeJsonParse('{\n"a": 1,\n"b": }');
    expect(r).toMatchObject({ ok: false, code: 'json-syntax' });
    if (!r.ok && r.line !== undefined) expect(r.line).toBe(3);
    expect(!r.ok && r.detail.length).toBeGreaterThan(0);
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
  ])('%d → %s', (i, s) => expect(columnLetter(i)).toBe(s));
});
