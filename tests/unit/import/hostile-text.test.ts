/**
 * Issue 18, spoofing with Unicode: the text normaliser runs once on import for every reader
 * (tests/fixtures/hostile/bidi.csv, the same names through GeoJSON and the data package), and
 * look-alike names are flagged.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skeleton } from '../../../src/lib/import/lookalikes';
import { exportBundle, packageOfDataset } from '../../../src/lib/import/package';
import { cleanText, MAX_COMBINING_MARKS } from '../../../src/lib/import/text';
import { shippedDataset } from '../helpers/dataset';
import { file, issueText, runImport } from './helpers';

/** Characters no imported name may contain after the normaliser. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- what must be gone
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff]/u;

/** Any code point, with the characters that matter weighted up (fast-check's 'binary' is slow). */
const codePoint = fc.oneof(
  fc.constantFrom(
    ...'\u202E\u202C\u2066\u2069\u200B\u200D\uFEFF\u0007\u001b\r\n\t\u2028\u0301\u0351 Bamberg',
  ),
  fc
    .integer({ min: 0, max: 0x10ffff })
    .map((cp) => String.fromCodePoint(cp >= 0xd800 && cp <= 0xdfff ? 0x41 : cp)),
);

describe('cleanText', () => {
  it.each([
    ['Bamberg \u202Egnirebmen\u202C', 'Bamberg gnirebmen', ['U+202E RIGHT-TO-LEFT OVERRIDE']],
    ['Bam\u200Bberg', 'Bamberg', ['U+200B ZERO WIDTH SPACE']],
    ['\uFEFFBamberg', 'Bamberg', ['U+FEFF ZERO WIDTH NO-BREAK SPACE (BOM)']],
    ['Steuer\u0007\u0008\u001b[31mrot', 'Steuer[31mrot', ['U+0007 BELL']],
    ['  viel   Platz ', 'viel Platz', []],
    ['Ko\u0308ln', 'Köln', []],
  ])('%j → %j', (raw, want, removedSome) => {
    const c = cleanText(raw);
    expect(c.text).toBe(want);
    for (const r of removedSome) expect(c.removed).toContain(r);
  });

  it('turns line breaks into spaces, except line feeds in multi-line fields', () => {
    expect(cleanText('A\u2028B\u2029C\r\nD\tE').text).toBe('A B C D E');
    expect(cleanText('A\r\nB\u2028C', true).text).toBe('A\nB C');
  });

  it(`keeps at most ${MAX_COMBINING_MARKS} combining marks per letter`, () => {
    const zalgo = `Z${'\u0351\u0352\u0353\u0354\u0355'.repeat(3)}algo`;
    const c = cleanText(zalgo);
    expect([...c.text].length).toBe(1 + MAX_COMBINING_MARKS + 4);
    expect(c.marksCut).toBe(15 - MAX_COMBINING_MARKS);
    expect(cleanText('Việt Nam').text).toBe('Việt Nam'.normalize('NFC'));
  });

  it('is idempotent and leaves nothing invisible (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: codePoint, maxLength: 40 }), (s) => {
        const once = cleanText(s).text;
        expect(cleanText(once).text).toBe(once);
        expect(INVISIBLE.test(once)).toBe(false);
        expect(once).toBe(once.normalize('NFC'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('bidi.csv', () => {
  it('removes invisible and direction characters (warning per row and field), flags the look-alike', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/hostile/bidi.csv'));
    const r = await runImport([file('bidi.csv', bytes)]);
    const names = new Map(r.data!.actors.features.map((f) => [f.properties.id, f.properties.name]));
    expect(Object.fromEntries(names)).toEqual({
      rlo: 'Bamberg gnirebmen',
      zw: 'Bamberg',
      bom: 'Bamberg',
      cyr: '\u0412\u0430mberg',
      zalgo: expect.stringMatching(/^Z/),
      lri: 'Stadt \u05E2\u05D9\u05E8',
      ctrl: 'Steuer[31mrot',
      nl: 'Zeile1 Zeile2',
      lsep: 'A B C',
    });
    for (const n of names.values()) expect(INVISIBLE.test(n), JSON.stringify(n)).toBe(false);
    // The name of only invisible characters is empty: an error naming row and field.
    expect(r.issues.find((i) => i.row === 4 && i.severity === 'error')).toMatchObject({
      code: 'missing-field',
      field: 'name',
    });
    const cleaned = r.issues.filter((i) => i.code === 'text-cleaned');
    expect(cleaned.map((i) => i.row)).toEqual([2, 3, 4, 5, 7, 8, 9, 10, 12]);
    expect(cleaned.every((i) => i.field === 'name' && i.severity === 'warning')).toBe(true);
    expect(issueText(cleaned[0], 'de')).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    // „Вamberg“ (Cyrillic В) looks like „Bamberg“ from row 3: flagged, both kept.
    const look = r.issues.filter((i) => i.code === 'lookalike');
    expect(look.map((i) => [i.row, i.severity])).toEqual([[6, 'warning']]);
    expect(issueText(look[0], 'de')).toContain('„Bamberg“ (bidi.csv, Zeile 3)');
    expect(issueText(look[0], 'de')).toContain('U+0412');
  });

  it('GeoJSON and the data package get the same normaliser', async () => {
    const raw = 'Bam\u200Bberg \u202Exx';
    const gj = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [10.9, 49.9] },
          properties: { name: raw },
        },
      ],
    };
    const viaGeo = await runImport([file('a.geojson', JSON.stringify(gj))]);
    expect(viaGeo.data!.actors.features[0].properties.name).toBe('Bamberg xx');
    const pkg = packageOfDataset(shippedDataset());
    pkg.actors.features[0] = {
      ...pkg.actors.features[0],
      properties: { ...pkg.actors.features[0].properties, name: raw },
    };
    const viaBundle = await runImport([file('b.json', exportBundle(pkg, 'b'))]);
    expect(viaBundle.data!.actors.features[0].properties.name).toBe('Bamberg xx');
    expect(viaBundle.issues.filter((i) => i.code === 'text-cleaned').map((i) => i.field)).toEqual([
      'properties.name',
    ]);
  });

  it('the shipped dataset passes unchanged (no warning, same bytes)', async () => {
    const pkg = packageOfDataset(shippedDataset());
    const text = exportBundle(pkg, 'x');
    const r = await runImport([file('x.json', text)]);
    expect(r.issues.filter((i) => i.code === 'text-cleaned' || i.code === 'lookalike')).toEqual([]);
    expect(exportBundle(r.data!, 'x')).toBe(text);
  });
});

describe('look-alikes', () => {
  it('skeletons match across scripts, not across case or real letters', () => {
    expect(skeleton('\u0412amberg')).toBe(skeleton('Bamberg'));
    expect(skeleton('Ilmenau')).toBe(skeleton('llmenau'));
    expect(skeleton('bamberg')).not.toBe(skeleton('Bamberg'));
    expect(skeleton('Köln')).not.toBe(skeleton('Koln'));
  });
});
