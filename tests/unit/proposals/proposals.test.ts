import { describe, expect, it } from 'vitest';
import {
  PROPOSAL_STATUS,
  createProposal,
  isProposal,
  maybeActorType,
  newActorId,
  newProposalId,
  readProposal,
  type Proposal,
} from '../../../src/lib/proposals/types';
import {
  proposalRows,
  proposalsGeoJson,
  nodeResolver,
  proposalsOf,
  type Resolve,
} from '../../../src/lib/proposals/export';
import { memoryProposalStore } from '../../../src/lib/proposals/store';
import { toCsv } from '../../../src/lib/export/csv';
import { newTown } from '../helpers/proposal';

const places: Record<string, { name: string; coordinates: [number, number] }> = {
  bamberg: { name: 'Bamberg', coordinates: [10.9, 49.9] },
  'org-hochschule-wismar': { name: 'Hochschule Wismar', coordinates: [11.46, 53.9] },
};
const resolve: Resolve = (id) => places[id] ?? null;

const link: Proposal = {
  id: 'proposal-a',
  from: 'bamberg',
  fromActor: null,
  to: 'org-hochschule-wismar',
  newActor: null,
  note: 'Daten; "offen"',
  author: '',
  createdAt: '2024-05-01T10:00:00.000Z',
};
const fresh: Proposal = {
  ...link,
  id: 'proposal-b',
  to: null,
  newActor: { name: 'Neue Agentur', type: 'Digitalagentur', coordinates: [11, 50] },
};
/** A town not in the data proposes for itself: "Von" is new, placed by the gazetteer. */
const town: Proposal = {
  ...link,
  id: 'proposal-c',
  from: null,
  fromActor: newTown(),
};
/** Both ends new. */
const both: Proposal = { ...town, id: 'proposal-d', to: null, newActor: fresh.newActor };
const townActor = town.fromActor!;

describe('isProposal', () => {
  it.each([
    ['a link', link, true],
    ['a new actor', fresh, true],
    ['a new "Von" actor with its place', town, true],
    ['both ends new', both, true],
    [
      'a new "Von" actor placed by a map click (no place)',
      { ...town, fromActor: { ...townActor, place: undefined } },
      true,
    ],
    ['both a target and a new actor', { ...link, newActor: fresh.newActor }, false],
    ['both a "Von" id and a new "Von" actor', { ...town, from: 'bamberg' }, false],
    ['neither', { ...link, to: null }, false],
    ['no "Von" at all', { ...town, fromActor: null }, false],
    ['"Von" undefined', { ...link, from: undefined }, false],
    ['a new actor without a name', { ...town, fromActor: { ...townActor, name: '  ' } }, false],
    [
      'a new actor without a type field',
      { ...town, fromActor: { ...townActor, type: undefined } },
      false,
    ],
    [
      'NaN coordinates',
      { ...fresh, newActor: { ...fresh.newActor!, coordinates: [NaN, 1] } },
      false,
    ],
    [
      'a latitude out of range',
      { ...town, fromActor: { ...townActor, coordinates: [11, 91] } },
      false,
    ],
    [
      'a place without its key',
      { ...town, fromActor: { ...townActor, place: { name: 'Upahl', land: 'DE-MV' } } },
      false,
    ],
    ['missing note', { ...link, note: undefined }, false],
    ['an empty id', { ...link, id: '' }, false],
    ['not an object', 'x', false],
    ['an array', [link], false],
  ])('%s', (_n, value, ok) => {
    expect(isProposal(value)).toBe(ok);
  });
});

describe('readProposal: stored records, old and new', () => {
  /** Records as the app stored them before "Von" could be a new actor: no `fromActor`. */
  const { fromActor: _a, ...oldLink } = link;
  const { fromActor: _b, ...oldFresh } = fresh;

  it.each([
    ['an old link', oldLink, link],
    ['an old proposal with a new "Mit" actor', oldFresh, fresh],
    ['a current one with a new "Von" actor', town, town],
    ['a current one with both ends new', both, both],
  ])('%s reads', (_n, stored, expected) => {
    expect(readProposal(structuredClone(stored))).toEqual(expected);
  });

  it.each([
    ['an old record with neither end', { ...oldLink, to: null }],
    ['an old record whose "Von" is missing', { ...oldLink, from: undefined }],
    ['an old record whose "Von" is null (no new "Von" actor then)', { ...oldLink, from: null }],
    [
      'a new "Von" actor without coordinates',
      { ...town, fromActor: { name: 'X', type: 'Kommune' } },
    ],
    ['null', null],
    ['a number', 42],
  ])('%s is not a proposal', (_n, stored) => {
    expect(readProposal(stored)).toBeNull();
  });

  it('does not change the stored value', () => {
    const stored = structuredClone(oldLink);
    readProposal(stored);
    expect(stored).toEqual(oldLink);
    expect('fromActor' in stored).toBe(false);
  });
});

describe('new actors', () => {
  it('have node ids apart from each other and from the dataset', () => {
    expect(newActorId(both, 'to')).toBe('proposal-d');
    expect(newActorId(both, 'from')).toBe('proposal-d-von');
  });

  it.each([
    ['Kommune', 'Kommune'],
    [' hochschule ', 'Hochschule'],
    ['University', 'Hochschule'],
    ['municipality', 'Kommune'],
    ['Kommunale Gesellschaft', 'kommunale GmbH'],
    ['Genossenschaft', 'Genossenschaft'],
    ['  Bürgerverein  ', 'Bürgerverein'],
  ])('type %j is stored as %j', (typed, stored) => {
    expect(maybeActorType(typed)).toBe(stored);
  });
});

describe('ids', () => {
  it('never look like dataset ids and differ between calls', () => {
    const a = newProposalId(1, () => 0.1);
    const b = newProposalId(1, () => 0.2);
    expect(a).toMatch(/^proposal-/);
    expect(a).not.toBe(b);
    expect(
      createProposal(
        { from: 'x', fromActor: null, to: 'y', newActor: null, note: '', author: '' },
        0,
      ).createdAt,
    ).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('exports', () => {
  it('marks every row as proposed and names both ends', () => {
    const rows = proposalRows([link, fresh], resolve);
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).every((r) => r[1] === PROPOSAL_STATUS)).toBe(true);
    expect(rows[1].slice(2, 6)).toEqual([
      'bamberg',
      'Bamberg',
      'org-hochschule-wismar',
      'Hochschule Wismar',
    ]);
    expect(rows[2][5]).toBe('Neue Agentur');
    const csv = toCsv(rows, { excel: true });
    expect(csv).toContain('"Daten; ""offen"""');
  });

  it('CSV: a new "Von" actor has its name, type, place, key and position in its columns', () => {
    const [head, row] = proposalRows([town], resolve);
    const cell = (name: string) => row[head.indexOf(name)];
    expect(row.length).toBe(head.length);
    expect([cell('von_id'), cell('von'), cell('mit_id'), cell('mit')]).toEqual([
      'proposal-c-von',
      'Gemeinde Upahl',
      'org-hochschule-wismar',
      'Hochschule Wismar',
    ]);
    expect([
      cell('von_neu_typ'),
      cell('von_neu_ort'),
      cell('von_neu_schluessel'),
      cell('von_neu_laengengrad'),
      cell('von_neu_breitengrad'),
    ]).toEqual(['Kommune', 'Upahl', '13074079', 11.2633, 53.8332]);
    expect(cell('mit_neu_typ')).toBe('');
    // The English header names the same columns.
    const [en] = proposalRows([town], resolve, 'en');
    expect(en.length).toBe(head.length);
    expect(en[head.indexOf('von_neu_ort')]).toBe('from_new_place');
  });

  it('CSV: both ends new fill both sets of columns', () => {
    const [head, row] = proposalRows([both], resolve);
    const cell = (name: string) => row[head.indexOf(name)];
    expect([cell('von'), cell('mit')]).toEqual(['Gemeinde Upahl', 'Neue Agentur']);
    expect([cell('von_neu_typ'), cell('mit_neu_typ')]).toEqual(['Kommune', 'Digitalagentur']);
    expect([cell('mit_neu_laengengrad'), cell('mit_neu_breitengrad')]).toEqual([11, 50]);
    expect(cell('mit_neu_ort')).toBe('');
  });

  it('GeoJSON: a dashed link per proposal with known ends, a point per new actor', () => {
    const fc = proposalsGeoJson([link, fresh, { ...link, id: 'c', to: 'unknown' }], resolve);
    const roles = fc.features.map((f) => `${f.properties?.id}:${f.properties?.role}`);
    expect(roles).toEqual(['proposal-a:link', 'proposal-b:link', 'proposal-b:new-actor']);
    expect(fc.features.every((f) => f.properties?.status === PROPOSAL_STATUS)).toBe(true);
  });

  it('GeoJSON: a new "Von" actor is a point with its end, type and place; the link is drawn', () => {
    const fc = proposalsGeoJson([town, both], resolve);
    const roles = fc.features.map(
      (f) => `${f.properties?.id}:${f.properties?.role}:${f.properties?.end ?? ''}`,
    );
    expect(roles).toEqual([
      'proposal-c:link:',
      'proposal-c:new-actor:from',
      'proposal-d:link:',
      'proposal-d:new-actor:from',
      'proposal-d:new-actor:to',
    ]);
    const point = fc.features[1];
    expect(point.geometry).toEqual({ type: 'Point', coordinates: [11.2633, 53.8332] });
    expect(point.properties).toMatchObject({
      status: PROPOSAL_STATUS,
      actorId: 'proposal-c-von',
      name: 'Gemeinde Upahl',
      type: 'Kommune',
      place: 'Upahl',
      placeKey: '13074079',
    });
    expect(fc.features[2].geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [11.2633, 53.8332],
        [11, 50],
      ],
    });
  });

  it('does not mutate the proposals', () => {
    const copy = structuredClone(both);
    proposalsGeoJson([both], resolve);
    proposalRows([both], resolve);
    expect(both).toEqual(copy);
  });
});

describe('proposalsOf: what the details panel lists for a node', () => {
  it('each proposal the node is an end of, with the other end (an existing node or a new actor)', () => {
    const of = (id: string) =>
      proposalsOf([link, fresh, town, both], id, resolve).map(
        (r) => `${r.proposal.id}:${r.other.name}:${r.other.actor ? 'neu' : 'bestehend'}`,
      );
    expect(of('bamberg')).toEqual([
      'proposal-a:Hochschule Wismar:bestehend',
      'proposal-b:Neue Agentur:neu',
    ]);
    expect(of('org-hochschule-wismar')).toEqual([
      'proposal-a:Bamberg:bestehend',
      'proposal-c:Gemeinde Upahl:neu',
    ]);
    // A new actor's node id is not a dataset id: no dataset node takes its proposals.
    expect(of('proposal-c-von')).toEqual([]);
  });
});

describe('memory store', () => {
  it('lists by creation time, replaces by id, deletes', async () => {
    const s = memoryProposalStore();
    await s.put({ ...fresh, createdAt: '2024-05-02T00:00:00.000Z' });
    await s.put(link);
    await s.put({ ...link, note: 'neu' });
    expect((await s.list()).proposals.map((p) => [p.id, p.note])).toEqual([
      ['proposal-a', 'neu'],
      ['proposal-b', fresh.note],
    ]);
    await s.delete('proposal-a');
    expect((await s.list()).proposals.map((p) => p.id)).toEqual(['proposal-b']);
  });
});

describe('nodeResolver', () => {
  it('resolves ids of the dataset it reads at each call, nothing without one', () => {
    let current: { byId: Map<string, { name: string; coordinates: [number, number] }> } | null =
      null;
    const resolve = nodeResolver(() => current);
    expect(resolve('bamberg')).toBeNull();
    current = { byId: new Map([['bamberg', { ...places.bamberg, kind: 'project' }]]) };
    expect(resolve('bamberg')).toEqual(places.bamberg);
    expect(resolve('nowhere')).toBeNull();
  });
});
