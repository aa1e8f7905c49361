/**
 * Participants' proposals: cooperations suggested during a workshop. They are
 * never part of the sourced dataset; every export and every map feature marks
 * them as proposed (`status: 'vorgeschlagen'`).
 *
 * Either end ("Von", "Mit") is an existing project or actor of the dataset, or a
 * new actor the participant names, types and places (a town not in the data can
 * propose a cooperation for itself).
 */
import { ACTOR_TYPES, ACTOR_TYPE_LABELS } from '../data/vocab';

/** Where a new actor was placed by name: a Gemeinde or Kreis of the BKG gazetteer. */
export interface NewActorPlace {
  /** The gazetteer's label with its `BEZ`: „Stadt Grevesmühlen“, „Landkreis Bamberg“. */
  name: string;
  /** Official key of the unit: AGS (8 digits), Verbandsschlüssel (9) or Kreisschlüssel (5). */
  key: string;
  /** ISO 3166-2 code of the Land, e.g. `DE-MV`. */
  land: string;
}

/** A new actor placed on the map by a participant. */
export interface NewActor {
  name: string;
  /** Free text, e.g. "Hochschule", "Gemeinde". Empty only in records stored before it was asked for. */
  type: string;
  /** [lon, lat], WGS 84. */
  coordinates: [number, number];
  /** The gazetteer place it was placed in; absent when placed by a map click. */
  place?: NewActorPlace;
}

/** One end of a proposal: "Von" (`from`) or "Mit" (`to`). */
export type ProposalEnd = 'from' | 'to';

export interface Proposal {
  /** `proposal-<time>-<random>`, never colliding with dataset ids. */
  id: string;
  /** "Von": an existing project or actor id, or null when `fromActor` is set. */
  from: string | null;
  /** "Von" as a new actor (a town not in the data), or null when `from` is set. */
  fromActor: NewActor | null;
  /** "Mit": another existing id, or null when `newActor` is set. */
  to: string | null;
  /** "Mit" as a new actor, or null when `to` is set. (The stored name predates `fromActor`.) */
  newActor: NewActor | null;
  /** What the cooperation would be about. */
  note: string;
  /** Who proposed it (optional, free text). */
  author: string;
  /** ISO timestamp. */
  createdAt: string;
}

export const PROPOSAL_STATUS = 'vorgeschlagen';

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function isPlace(x: unknown): x is NewActorPlace {
  return (
    isObject(x) &&
    typeof x.name === 'string' &&
    typeof x.key === 'string' &&
    typeof x.land === 'string'
  );
}

/** A new actor: a non-empty name, a type, WGS 84 coordinates in range, an optional place. */
export function isNewActor(x: unknown): x is NewActor {
  if (!isObject(x)) return false;
  const c = x.coordinates;
  return (
    typeof x.name === 'string' &&
    x.name.trim() !== '' &&
    typeof x.type === 'string' &&
    Array.isArray(c) &&
    c.length === 2 &&
    c.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    Math.abs(c[0] as number) <= 180 &&
    Math.abs(c[1] as number) <= 90 &&
    (x.place === undefined || isPlace(x.place))
  );
}

/** Exactly one of an existing id and a new actor. */
function isEnd(id: unknown, actor: unknown): boolean {
  return id === null
    ? actor !== null && isNewActor(actor)
    : typeof id === 'string' && actor === null;
}

/**
 * Checks a proposal of the current shape: every field, and each end either an existing
 * id or a new actor (never both, never neither).
 */
export function isProposal(x: unknown): x is Proposal {
  if (!isObject(x)) return false;
  return (
    typeof x.id === 'string' &&
    x.id !== '' &&
    isEnd(x.from, x.fromActor) &&
    isEnd(x.to, x.newActor) &&
    typeof x.note === 'string' &&
    typeof x.author === 'string' &&
    typeof x.createdAt === 'string'
  );
}

/**
 * A proposal read back from storage (IndexedDB content can be stale, edited, or
 * from an older version of the app), or null when it is not one.
 *
 * Migration: records stored before "Von" could be a new actor have no `fromActor`;
 * they read as `fromActor: null`. The value is not mutated; a copy is returned.
 */
export function readProposal(x: unknown): Proposal | null {
  if (!isObject(x)) return null;
  const migrated = 'fromActor' in x ? x : { ...x, fromActor: null };
  return isProposal(migrated) ? migrated : null;
}

/**
 * A new actor's type as typed, normalised: one of the dataset's actor types (`Kommune`,
 * `Hochschule`, …) when the text names it in German or English, in any case („university“,
 * „kommunale gesellschaft“), so the new actor is coloured and grouped with its kind; else the
 * trimmed text itself.
 */
export function maybeActorType(text: string): string {
  const t = text.trim();
  const k = t.toLocaleLowerCase('de');
  const hit = ACTOR_TYPES.find(
    (code) =>
      code.toLocaleLowerCase('de') === k ||
      ACTOR_TYPE_LABELS[code].de.toLocaleLowerCase('de') === k ||
      ACTOR_TYPE_LABELS[code].en.toLocaleLowerCase('de') === k,
  );
  return hit ?? t;
}

export function newProposalId(now = Date.now(), rnd = Math.random): string {
  return `proposal-${now.toString(36)}-${Math.floor(rnd() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

/**
 * The node id of a proposal's new actor in the graph and on the map. "Mit" keeps the
 * proposal id (as before "Von" could be new); "Von" gets `<id>-von`. Neither can collide
 * with a dataset id (`proposal-` prefix) nor with each other.
 */
export function newActorId(p: Pick<Proposal, 'id'>, end: ProposalEnd): string {
  return end === 'to' ? p.id : `${p.id}-von`;
}

/** A new proposal with a fresh id and the current time. */
export function createProposal(
  input: Omit<Proposal, 'id' | 'createdAt'>,
  now = Date.now(),
): Proposal {
  return { id: newProposalId(now), createdAt: new Date(now).toISOString(), ...input };
}
