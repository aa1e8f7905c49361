/**
 * Participants' proposals: cooperations suggested during a workshop. They are
 * never part of the sourced dataset; every export and every map feature marks
 * them as proposed (`status: 'vorgeschlagen'`).
 */

/** A new actor placed on the map by a participant. */
export interface NewActor {
  name: string;
  /** Free text, e.g. "Hochschule". */
  type: string;
  /** [lon, lat]. */
  coordinates: [number, number];
}

export interface Proposal {
  /** `proposal-<time>-<random>`, never colliding with dataset ids. */
  id: string;
  /** An existing project or actor id. */
  from: string;
  /** Another existing id, or null when `newActor` is set. */
  to: string | null;
  newActor: NewActor | null;
  /** What the cooperation would be about. */
  note: string;
  /** Who proposed it (optional, free text). */
  author: string;
  /** ISO timestamp. */
  createdAt: string;
}

export const PROPOSAL_STATUS = 'vorgeschlagen';

/** Checks a value read back from storage (IndexedDB content can be stale or edited). */
export function isProposal(x: unknown): x is Proposal {
  if (!x || typeof x !== 'object') return false;
  const p = x as Record<string, unknown>;
  const na = p.newActor as Record<string, unknown> | null;
  const okActor =
    na === null ||
    (typeof na === 'object' &&
      typeof na.name === 'string' &&
      typeof na.type === 'string' &&
      Array.isArray(na.coordinates) &&
      na.coordinates.length === 2 &&
      na.coordinates.every((c) => typeof c === 'number' && Number.isFinite(c)));
  return (
    typeof p.id === 'string' &&
    typeof p.from === 'string' &&
    (p.to === null || typeof p.to === 'string') &&
    okActor &&
    (p.to !== null) !== (na !== null) &&
    typeof p.note === 'string' &&
    typeof p.author === 'string' &&
    typeof p.createdAt === 'string'
  );
}

export function newProposalId(now = Date.now(), rnd = Math.random): string {
  return `proposal-${now.toString(36)}-${Math.floor(rnd() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

/** A new proposal with a fresh id and the current time. */
export function createProposal(
  input: Omit<Proposal, 'id' | 'createdAt'>,
  now = Date.now(),
): Proposal {
  return { id: newProposalId(now), createdAt: new Date(now).toISOString(), ...input };
}
