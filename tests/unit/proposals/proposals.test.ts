import { describe, expect, it } from 'vitest';
import {
  PROPOSAL_STATUS,
  createProposal,
  isProposal,
  newProposalId,
  type Proposal,
} from '../../../src/lib/proposals/types';
import { proposalRows, proposalsGeoJson, type Resolve } from '../../../src/lib/proposals/export';
import { memoryProposalStore } from '../../../src/lib/proposals/store';
import { toCsv } from '../../../src/lib/export/csv';

const places: Record<string, { name: string; coordinates: [number, number] }> = {
  bamberg: { name: 'Bamberg', coordinates: [10.9, 49.9] },
  'org-hochschule-wismar': { name: 'Hochschule Wismar', coordinates: [11.46, 53.9] },
};
const resolve: Resolve = (id) => places[id] ?? null;

const link: Proposal = {
  id: 'proposal-a',
  from: 'bamberg',
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

describe('isProposal', () => {
  it.each([
    ['a link', link, true],
    ['a new actor', fresh, true],
    ['both a target and a new actor', { ...link, newActor: fresh.newActor }, false],
    ['neither', { ...link, to: null }, false],
    [
      'NaN coordinates',
      { ...fresh, newActor: { ...fresh.newActor!, coordinates: [NaN, 1] } },
      false,
    ],
    ['missing note', { ...link, note: undefined }, false],
    ['not an object', 'x', false],
  ])('%s', (_n, value, ok) => {
    expect(isProposal(value)).toBe(ok);
  });
});

describe('ids', () => {
  it('never look like dataset ids and differ between calls', () => {
    const a = newProposalId(1, () => 0.1);
    const b = newProposalId(1, () => 0.2);
    expect(a).toMatch(/^proposal-/);
    expect(a).not.toBe(b);
    expect(
      createProposal({ from: 'x', to: 'y', newActor: null, note: '', author: '' }, 0).createdAt,
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

  it('GeoJSON: a dashed link per proposal with known ends, a point per new actor', () => {
    const fc = proposalsGeoJson([link, fresh, { ...link, id: 'c', to: 'unknown' }], resolve);
    const roles = fc.features.map((f) => `${f.properties?.id}:${f.properties?.role}`);
    expect(roles).toEqual(['proposal-a:link', 'proposal-b:link', 'proposal-b:new-actor']);
    expect(fc.features.every((f) => f.properties?.status === PROPOSAL_STATUS)).toBe(true);
  });

  it('does not mutate the proposals', () => {
    const copy = structuredClone(fresh);
    proposalsGeoJson([fresh], resolve);
    proposalRows([fresh], resolve);
    expect(fresh).toEqual(copy);
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
