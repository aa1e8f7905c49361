/**
 * Proposals as a table and as GeoJSON for the minutes, and as map features.
 * Pure. Every row and feature carries `status: vorgeschlagen`, so proposals can
 * never pass for sourced data once exported.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { PROPOSAL_STATUS, type Proposal } from './types';

/** Where an id is and what it is called; null for an unknown id. */
export type Resolve = (id: string) => { name: string; coordinates: [number, number] } | null;

export interface ResolvedProposal {
  proposal: Proposal;
  fromName: string;
  toName: string;
  from: [number, number] | null;
  to: [number, number] | null;
}

export function resolveProposal(p: Proposal, resolve: Resolve): ResolvedProposal {
  const a = resolve(p.from);
  const b = p.newActor
    ? { name: p.newActor.name, coordinates: p.newActor.coordinates }
    : resolve(p.to ?? '');
  return {
    proposal: p,
    fromName: a?.name ?? p.from,
    toName: b?.name ?? p.to ?? '',
    from: a?.coordinates ?? null,
    to: b?.coordinates ?? null,
  };
}

const HEAD = {
  de: [
    'id',
    'status',
    'von_id',
    'von',
    'mit_id',
    'mit',
    'neuer_akteur_typ',
    'laengengrad',
    'breitengrad',
    'notiz',
    'von_wem',
    'erstellt',
  ],
  en: [
    'id',
    'status',
    'from_id',
    'from',
    'with_id',
    'with',
    'new_actor_type',
    'longitude',
    'latitude',
    'note',
    'author',
    'created',
  ],
} as const;

export function proposalRows(
  list: readonly Proposal[],
  resolve: Resolve,
  lang: 'de' | 'en' = 'de',
): unknown[][] {
  return [
    [...HEAD[lang]],
    ...list.map((p) => {
      const r = resolveProposal(p, resolve);
      return [
        p.id,
        PROPOSAL_STATUS,
        p.from,
        r.fromName,
        p.to ?? '',
        r.toName,
        p.newActor?.type ?? '',
        p.newActor?.coordinates[0] ?? '',
        p.newActor?.coordinates[1] ?? '',
        p.note,
        p.author,
        p.createdAt,
      ];
    }),
  ];
}

/** Lines between the two ends (where both are known) and points for new actors. */
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
      from: p.from,
      fromName: r.fromName,
      to: p.to,
      toName: r.toName,
      note: p.note,
      author: p.author,
      createdAt: p.createdAt,
    };
    if (r.from && r.to)
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [r.from, r.to] },
        properties: { ...properties, role: 'link' },
      });
    if (p.newActor)
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...p.newActor.coordinates] },
        properties: {
          ...properties,
          role: 'new-actor',
          name: p.newActor.name,
          type: p.newActor.type,
        },
      });
  }
  return { type: 'FeatureCollection', features };
}
