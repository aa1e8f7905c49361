/**
 * Issue 18, lookups that reached Object.prototype: a vocabulary value spelled like one of its
 * keys gets the documented fallback with a warning naming row and field, like any unknown
 * value (tests/fixtures/hostile/type-constructor.csv, and every prototype key generated).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orgFormLabel } from '../../../src/lib/data/vocab';
import { own } from '../../../src/lib/util/lookup';
import { file, issueText, runImport } from './helpers';

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype);

describe('own()', () => {
  it.each(PROTO_KEYS)('finds no inherited %s', (key) => {
    expect(own({ a: 1 }, key)).toBeUndefined();
  });
  it('finds own entries, also one named constructor', () => {
    expect(own({ constructor: 2, a: 1 }, 'constructor')).toBe(2);
    expect(own({ a: 1 }, 'a')).toBe(1);
  });
  it('labels of unknown organisational forms fall back to the raw value', () => {
    expect(orgFormLabel('constructor')).toEqual({ de: 'constructor', en: 'constructor' });
  });
});

describe('type-constructor.csv', () => {
  it('imports both rows as „Sonstige“ with a warning naming row and field', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/hostile/type-constructor.csv'));
    const r = await runImport([file('type-constructor.csv', bytes)]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.data!.actors.features.map((f) => [f.properties.name, f.properties.type])).toEqual([
      ['Verein X', 'Sonstige'],
      ['Verein Y', 'Sonstige'],
    ]);
    const warnings = r.issues.filter((i) => i.code === 'invalid-value');
    expect(warnings.map((i) => [i.row, i.field, i.severity])).toEqual([
      [2, 'typ', 'warning'],
      [3, 'typ', 'warning'],
    ]);
    expect(issueText(warnings[0], 'de')).toContain('„constructor“');
  });
});

describe('every Object.prototype key, in every vocabulary column', () => {
  const unknownLike = async (csv: string) => {
    const r = await runImport([file('proto.csv', csv)]);
    return r;
  };

  it.each(PROTO_KEYS)('actor type %s → Sonstige, warning', async (key) => {
    const r = await unknownLike(`name;typ;lat;lon\nVerein;${key};49,9;10,9`);
    expect(r.data!.actors.features[0].properties.type).toBe('Sonstige');
    expect(r.issues.map((i) => [i.code, i.row, i.field, i.severity])).toEqual([
      ['invalid-value', 2, 'typ', 'warning'],
    ]);
  });

  // Any programme: a category that is no MPSC category is the programme's own, kept as text
  // with a warning; the lookup must not find Object.prototype's members on the way.
  it.each(PROTO_KEYS)(
    'project category %s → kept as text, warning naming row and field',
    async (key) => {
      const r = await unknownLike(
        `name;kind;staffel;kategorie;land;lat;lon\nP;Projekt;2021;${key};BY;49,9;10,9`,
      );
      expect(r.data!.projects.features[0].properties.category).toBe(key);
      expect(r.issues.map((i) => [i.code, i.row, i.field, i.severity])).toEqual([
        ['invalid-value', 2, 'kategorie', 'warning'],
      ]);
    },
  );

  it.each(PROTO_KEYS)('project Land %s → left out, error naming row and field', async (key) => {
    const r = await unknownLike(
      `name;kind;staffel;kategorie;land;lat;lon\nP;Projekt;2021;Mittelstadt;${key};49,9;10,9`,
    );
    // A Land that cannot be read falls back to the place the point lies in.
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.data!.projects.features[0].properties.bundesland).toBe('DE-BY');
  });

  it.each(PROTO_KEYS)('relation kind %s → derived from the ends, warning', async (key) => {
    const nodes = `id;name;kind;staffel;kategorie;land;lat;lon\np;P;Projekt;2021;Mittelstadt;BY;49,9;10,9\na;A;Kommune;;;;49,8;10,8`;
    const r = await runImport([
      file('nodes.csv', nodes),
      file('edges.csv', `source;target;kind\np;a;${key}`),
    ]);
    expect(r.data!.relations.map((x) => x.kind)).toEqual(['member']);
    expect(r.issues.map((i) => [i.code, i.file, i.row, i.field, i.severity])).toEqual([
      ['invalid-value', 'edges.csv', 2, 'kind', 'warning'],
    ]);
  });
});
