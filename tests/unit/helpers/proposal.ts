/** A workshop proposal for tests: the given fields over empty defaults (no note, no author). */
import type { NewActor, Proposal } from '../../../src/lib/proposals/types';

export function proposal(p: Partial<Proposal> & Pick<Proposal, 'id' | 'from'>): Proposal {
  return {
    fromActor: null,
    to: null,
    newActor: null,
    note: '',
    author: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...p,
  };
}

/**
 * A town not in the data as a new actor, placed by the gazetteer (Upahl, Landkreis
 * Nordwestmecklenburg: AGS 13074079), with the given fields over it.
 */
export function newTown(a: Partial<NewActor> = {}): NewActor {
  return {
    name: 'Gemeinde Upahl',
    type: 'Kommune',
    coordinates: [11.2633, 53.8332],
    place: { name: 'Upahl', key: '13074079', land: 'DE-MV' },
    ...a,
  };
}
