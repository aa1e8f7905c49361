/**
 * Issue 18, one link rule for every reader: scheme and host case-insensitive (written in lower
 * case), no user name, no invisible or direction characters (tests/fixtures/hostile/
 * url-uppercase.csv; the same link through CSV, GeoJSON and the data package).
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SourceSchema } from '../../../src/lib/data/schemas';
import { linkLabel, normalizeHttpUrl } from '../../../src/lib/data/url';
import { parseInline } from '../../../src/lib/story/format';
import { file, runImport } from './helpers';

describe('normalizeHttpUrl', () => {
  it.each([
    ['https://www.bamberg.de/', 'https://www.bamberg.de/'],
    ['HTTPS://WWW.BAMBERG.DE/', 'https://www.bamberg.de/'],
    ['Http://Bamberg.de/Rathaus?Q=A#X', 'http://bamberg.de/Rathaus?Q=A#X'],
    ['https://bamberg.de', 'https://bamberg.de'],
    ['https://www.köln.de/Über', 'https://www.köln.de/Über'],
    ['https://BAMBERG.de:8443/x', 'https://bamberg.de:8443/x'],
    ['https://[2001:DB8::1]/', 'https://[2001:db8::1]/'],
  ])('%s → %s', (raw, want) => expect(normalizeHttpUrl(raw)).toBe(want));

  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['ftp://bamberg.de/'],
    ['//bamberg.de/'],
    ['www.bamberg.de'],
    ['https://'],
    ['https:///pfad'],
    ['https://bamberg.de@evil.example/'],
    ['https://user:pass@bamberg.de/'],
    ['https://bamberg.de/\u202Egnp.exe'],
    ['https://bam\u200Bberg.de/'],
    ['https://bamberg.de/a b'],
    ['https://bamberg.de/\u0007'],
    ['https://bamberg.de/"><script>'],
    ['data:text/html,<b>x</b>'],
  ])('refuses %j', (raw) => expect(normalizeHttpUrl(raw)).toBeNull());

  it('gives back every link it wrote unchanged (idempotent)', () => {
    for (const u of ['HTTPS://WWW.BAMBERG.DE/', 'Http://A.de/B?C#D', 'https://www.köln.de/'])
      expect(normalizeHttpUrl(normalizeHttpUrl(u)!)).toBe(normalizeHttpUrl(u));
  });
});

describe('linkLabel: the visible text names the host the link opens', () => {
  it('keeps Latin hosts as written', () => {
    expect(linkLabel('https://www.köln.de/Über')).toBe('www.köln.de/Über');
  });
  it('shows a Cyrillic look-alike host in Punycode', () => {
    const label = linkLabel('https://www.\u0432amberg.de/');
    expect(label.startsWith('www.xn--')).toBe(true);
    expect(label).not.toContain('\u0432');
  });
  it('in story captions too', () => {
    const [link] = parseInline('https://\u0432amberg.de/x').filter((i) => i.kind === 'link');
    expect(link).toMatchObject({ kind: 'link' });
    expect((link as { text: string }).text.startsWith('https://xn--')).toBe(true);
    expect(parseInline('HTTPS://BAMBERG.DE/x')).toEqual([
      { kind: 'link', text: 'https://bamberg.de/x', href: 'https://bamberg.de/x' },
    ]);
    expect(parseInline('https://bamberg.de@evil.example/').map((i) => i.kind)).toEqual(['text']);
  });
});

describe('every reader applies the rule', () => {
  it('url-uppercase.csv keeps both rows, the link normalised', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/hostile/url-uppercase.csv'));
    const r = await runImport([file('url-uppercase.csv', bytes)]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.data!.actors.features.map((f) => [f.properties.id, f.properties.sources])).toEqual([
      ['up', ['https://www.bamberg.de/']],
      ['low', ['https://www.bamberg.de/']],
    ]);
  });

  it('GeoJSON properties', async () => {
    const gj = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [10.88, 49.89] },
          properties: { name: 'A', url: 'HTTPS://WWW.BAMBERG.DE/X' },
        },
      ],
    };
    const r = await runImport([file('a.geojson', JSON.stringify(gj))]);
    expect(r.data!.actors.features[0].properties.sources).toEqual(['https://www.bamberg.de/X']);
  });

  it('the data package (schema), and a user name is refused there too', () => {
    expect(v.parse(SourceSchema, 'HTTPS://WWW.BAMBERG.DE/X')).toBe('https://www.bamberg.de/X');
    expect(v.parse(SourceSchema, 'seed')).toBe('seed');
    expect(v.safeParse(SourceSchema, 'https://bamberg.de@evil.example/').success).toBe(false);
    expect(v.safeParse(SourceSchema, 'https://bamberg.de/\u202Ex').success).toBe(false);
  });

  it('a CSV link with a user name is left out with a warning naming row and field', async () => {
    const r = await runImport([
      file('u.csv', 'name;lat;lon;url\nA;49,89;10,88;https://bamberg.de@evil.example/'),
    ]);
    expect(r.data!.actors.features[0].properties.sources).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.row, i.field, i.severity])).toEqual([
      ['invalid-url', 2, 'url', 'warning'],
    ]);
  });
});
