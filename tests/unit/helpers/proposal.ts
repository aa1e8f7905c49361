/** A workshop proposal for tests: the given fields over empty defaults (no note, no author). */
import type { Proposal } from '../../../src/lib/proposals/types';

export function proposal(p: Partial<Proposal> & Pick<Proposal, 'id' | 'from'>): Proposal {
  return {
    to: null,
    newActor: null,
    note: '',
    author: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...p,
  };
}
