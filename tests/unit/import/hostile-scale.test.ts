/**
 * Issue 18, scale: the documented limit (100,000 rows) imports, and many rows with one name
 * get their ids without a quadratic search (20,000 took 79 s before; the bench times it,
 * `npm run bench` → import-scale). Outcomes only here: no test depends on speed.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FEATURES } from '../../../src/lib/import/limits';
import { file, runImport } from './helpers';

describe('many rows with one name', () => {
  it('20,000 „Bamberg“ become bamberg, bamberg-2 … bamberg-20000, in row order', async () => {
    const rows = ['name;lat;lon;typ'];
    for (let i = 0; i < 20_000; i++) rows.push(`Bamberg;49,${(i % 900) + 100};10,9;Verein`);
    const r = await runImport([file('same.csv', rows.join('\n'))]);
    const ids = r.data!.actors.features.map((f) => f.properties.id);
    expect(ids).toHaveLength(20_000);
    expect(ids[0]).toBe('bamberg');
    expect(ids[1]).toBe('bamberg-2');
    expect(ids[19_999]).toBe('bamberg-20000');
    expect(new Set(ids).size).toBe(20_000);
  });

  it('an id given to a row that is then left out is free for the next row', async () => {
    const csv = [
      'name;kind;lat;lon',
      'Bamberg;Projekt;x;10,88', // unreadable latitude: left out
      'Bamberg;;49,80;10,80',
      'Bamberg;;49,81;10,81',
    ].join('\n');
    const r = await runImport([file('freed.csv', csv)]);
    expect(r.data!.actors.features.map((f) => f.properties.id)).toEqual(['bamberg', 'bamberg-2']);
  });

  it('explicit ids that look like generated ones are skipped over', async () => {
    const csv = [
      'id;name;lat;lon',
      'bamberg-2;X;49,8;10,8',
      ';Bamberg;49,8;10,8',
      ';Bamberg;49,8;10,8',
    ].join('\n');
    const r = await runImport([file('mixed.csv', csv)]);
    expect(r.data!.actors.features.map((f) => f.properties.id)).toEqual([
      'bamberg-2',
      'bamberg',
      'bamberg-3',
    ]);
  });
});

describe('the documented limit', () => {
  it(`${MAX_FEATURES.toLocaleString('en')} CSV rows and as many relations import`, async () => {
    const nodes = ['id;name;kind;staffel;kategorie;land;lat;lon'];
    nodes.push('p;Projekt P;Projekt;2021;Mittelstadt;BY;49,9;10,9');
    for (let i = 1; i < MAX_FEATURES; i++)
      nodes.push(`a${i};Akteur ${i};;;;;${47.5 + (i % 700) / 100};${6 + (i % 900) / 100}`);
    const edges = ['source;target'];
    for (let i = 1; i < MAX_FEATURES; i++) edges.push(`p;a${i}`);
    const r = await runImport([
      file('nodes.csv', nodes.join('\n')),
      file('edges.csv', edges.join('\n')),
    ]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.counts.projects + r.counts.actors).toBe(MAX_FEATURES);
    expect(r.counts.relations).toBe(MAX_FEATURES - 1);
  });
});
