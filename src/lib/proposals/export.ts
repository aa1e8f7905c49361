/**
 * Proposals as a table and as GeoJSON for the minutes, and as map features.
 * Pure. Every row and feature carries `status: vorgeschlagen`, so proposals can
 * never pass for sourced data once exported. Either end may be a new actor
 * (name, type, place); its columns and its point say so.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import {
  PROPOSAL_STATUS,
  newActorId,
  type NewActor,
  type Proposal,
  type ProposalEnd,
} from './types';

/** Where an id is and what it is called; null for an unknown id. */
export type Resolve = (id: string) => { name: string; coordinates: [number, number] } | null;

/** The part of a dataset a `Resolve` reads. */
interface NodesById {
  byId: ReadonlyMap<string, { name: string; coordinates: [number, number] }>;
}

/**
 * A `Resolve` over the nodes of the dataset that `current` returns when called (read at each
 * call, so it follows a dataset switch); nothing resolves while there is none.
 */
export function nodeResolver(current: () => NodesById | null | undefined): Resolve {
  return (id) => {
    const n = current()?.byId.get(id);
    return n ? { name: n.name, coordinates: n.coordinates } : null;
  };
}

/** One end of a proposal, resolved: an existing node of the dataset or a new actor. */
export interface ResolvedEnd {
  /** The dataset id, or the new actor's node id ({@link newActorId}). */
  id: string;
  /** The node's or new actor's name; the bare id when the dataset does not know it. */
  name: string;
  /** [lon, lat]; null for an id the dataset does not know. */
  coordinates: [number, number] | null;
  /** The new actor, when this end is one. */
  actor: NewActor | null;
}

export interface ResolvedProposal {
  proposal: Proposal;
  from: ResolvedEnd;
  to: ResolvedEnd;
}

function resolveEnd(
  p: Proposal,
  end: ProposalEnd,
  id: string | null,
  actor: NewActor | null,
  resolve: Resolve,
): ResolvedEnd {
  if (actor)
    return { id: newActorId(p, end), name: actor.name, coordinates: actor.coordinates, actor };
  const n = id === null ? null : resolve(id);
  return { id: id ?? '', name: n?.name ?? id ?? '', coordinates: n?.coordinates ?? null, actor };
}

/** Both ends of a proposal with names and places (the proposal is not changed). */
export function resolveProposal(p: Proposal, resolve: Resolve): ResolvedProposal {
  return {
    proposal: p,
    from: resolveEnd(p, 'from', p.from, p.fromActor, resolve),
    to: resolveEnd(p, 'to', p.to, p.newActor, resolve),
  };
}

const HEAD = {
  de: {
    lead: ['id', 'status', 'von_id', 'von', 'mit_id', 'mit'],
    actor: ['neu_typ', 'neu_ort', 'neu_schluessel', 'neu_laengengrad', 'neu_breitengrad'],
    ends: ['von', 'mit'],
    tail: ['notiz', 'von_wem', 'erstellt'],
  },
  en: {
    lead: ['id', 'status', 'from_id', 'from', 'with_id', 'with'],
    actor: ['new_type', 'new_place', 'new_key', 'new_longitude', 'new_latitude'],
    ends: ['from', 'with'],
    tail: ['note', 'author', 'created'],
  },
} as const;

/** The five cells of a new actor (type, place, official key, lon, lat); empty for an existing node. */
function actorCells(a: NewActor | null): unknown[] {
  return a
    ? [a.type, a.place?.name ?? '', a.place?.key ?? '', a.coordinates[0], a.coordinates[1]]
    : ['', '', '', '', ''];
}

/**
 * The proposals as rows for {@link toCsv} (header first): id, status, both ends (id and
 * name; a new actor's id is its node id), then per end the new actor's type, gazetteer place,
 * official key (AGS / Kreisschlüssel) and WGS 84 longitude/latitude, note, author, creation
 * time. Cells are raw values: formula guarding is the CSV writer's job.
 */
export function proposalRows(
  list: readonly Proposal[],
  resolve: Resolve,
  lang: 'de' | 'en' = 'de',
): unknown[][] {
  const h = HEAD[lang];
  const head = [
    ...h.lead,
    ...h.ends.flatMap((end) => h.actor.map((c) => `${end}_${c}`)),
    ...h.tail,
  ];
  return [
    head,
    ...list.map((p) => {
      const r = resolveProposal(p, resolve);
      return [
        p.id,
        PROPOSAL_STATUS,
        r.from.id,
        r.from.name,
        r.to.id,
        r.to.name,
        ...actorCells(p.fromActor),
        ...actorCells(p.newActor),
        p.note,
        p.author,
        p.createdAt,
      ];
    }),
  ];
}

/**
 * Lines between the two ends (where both are known) and a point per new actor (with
 * `end`: `from` or `to`, its name, type and place). WGS 84, RFC 7946.
 */
export function proposalsGeoJson(
  list: readonly Proposal[],
  resolve: Resolve,
): FeatureCollection<Point | LineString> {
  const features: Feature<Point | LineString>[] = [];
  for (const p of list) {
    const r = resolveProposal(p, resolve);
    const properties = {
      id: p.id,
      status: PROPOSAL_STATUS,
      from: r.from.id,
      fromName: r.from.name,
      to: r.to.id,
      toName: r.to.name,
      note: p.note,
      author: p.author,
      createdAt: p.createdAt,
    };
    if (r.from.coordinates && r.to.coordinates)
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [r.from.coordinates, r.to.coordinates] },
        properties: { ...properties, role: 'link' },
      });
    for (const [end, e] of [
      ['from', r.from],
      ['to', r.to],
    ] as const)
      if (e.actor)
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [...e.actor.coordinates] },
          properties: {
            ...properties,
            role: 'new-actor',
            end,
            actorId: e.id,
            name: e.actor.name,
            type: e.actor.type,
            place: e.actor.place?.name ?? null,
            placeKey: e.actor.place?.key ?? null,
          },
        });
  }
  return { type: 'FeatureCollection', features };
}

/** A proposal seen from one of its ends: the proposal and the other end. */
export interface ProposalOfNode {
  proposal: Proposal;
  other: ResolvedEnd;
}

/**
 * The proposals a dataset node takes part in ("Von" or "Mit" is its id), each with the other
 * end resolved (an existing node or a new actor), in list order.
 */
export function proposalsOf(
  list: readonly Proposal[],
  id: string,
  resolve: Resolve,
): ProposalOfNode[] {
  const out: ProposalOfNode[] = [];
  for (const p of list) {
    if (p.from !== id && p.to !== id) continue;
    const r = resolveProposal(p, resolve);
    out.push({ proposal: p, other: p.from === id ? r.to : r.from });
  }
  return out;
}
