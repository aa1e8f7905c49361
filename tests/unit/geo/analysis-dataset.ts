/**
 * A small hand-made dataset for the regional analysis tests: four projects at real places
 * (GeoNames positions from data/gazetteer.json), two in Bavaria (Bamberg, Würzburg) and two
 * in North Rhine-Westphalia (Lemgo, Detmold), with partners chosen so that every
 * cooperation form occurs once or twice. Built fresh per call: no shared mutable fixture.
 */
import { buildDataset, type Dataset } from '../../../src/lib/data/dataset';
import type {
  ActorFeature,
  DataPackage,
  ProjectFeature,
  Relation,
} from '../../../src/lib/data/types';

export const PLACES = {
  bamberg: [10.90067, 49.89873],
  wuerzburg: [9.95121, 49.79391],
  lemgo: [8.89901, 52.02786],
  detmold: [8.87318, 51.93855],
  erlangen: [11.00783, 49.59099],
} as const satisfies Record<string, [number, number]>;

type P = ProjectFeature['properties'];
type A = ActorFeature['properties'];

const project = (
  id: string,
  at: readonly [number, number],
  land: P['bundesland'],
  category: P['category'],
  members: string[],
): ProjectFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [at[0], at[1]] },
  properties: {
    id,
    name: id.toUpperCase(),
    altNames: [],
    staffel: 2020,
    category,
    bundesland: land,
    lead: members[0] ?? null,
    leadName: id,
    members,
    title: null,
    orgForms: [],
    sources: ['seed'],
    confidence: 'high',
    notes: '',
  },
});

const actor = (
  id: string,
  at: readonly [number, number],
  type: A['type'],
  extra: Partial<A> = {},
): ActorFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [at[0], at[1]] },
  properties: { id, name: id, type, sources: ['seed'], ...extra },
});

const rel = (kind: Relation['kind'], source: string, target: string): Relation => ({
  id: `${kind}:${source}:${target}`,
  source,
  target,
  kind,
  sources: ['seed'],
});

export function smallPackage(): DataPackage {
  return {
    projects: {
      type: 'FeatureCollection',
      features: [
        project('alpha', PLACES.bamberg, 'DE-BY', 'Mittelstadt', ['kommune-bamberg']),
        project('beta', PLACES.wuerzburg, 'DE-BY', 'Interkommunale Kooperation/Landkreis', [
          'kommune-wuerzburg',
        ]),
        project('gamma', PLACES.lemgo, 'DE-NW', 'Kleinstadt/Landgemeinde', ['kommune-lemgo']),
        project('delta', PLACES.detmold, 'DE-NW', 'Großstadt', ['kommune-detmold', 'kreis-lippe']),
      ],
    },
    actors: {
      type: 'FeatureCollection',
      features: [
        actor('kommune-bamberg', PLACES.bamberg, 'Kommune', { ags: '09461000' }),
        actor('kommune-wuerzburg', PLACES.wuerzburg, 'Kommune', { ags: '09663000' }),
        actor('kommune-lemgo', PLACES.lemgo, 'Kommune', { ags: '05766044' }),
        actor('kommune-detmold', PLACES.detmold, 'Kommune', { ags: '05766020' }),
        actor('kreis-lippe', PLACES.detmold, 'Landkreis', { ags: '05766' }),
        // A university in Würzburg that works with Bamberg and Würzburg.
        actor('uni-wue', PLACES.wuerzburg, 'Hochschule'),
        actor('stadtwerk-gmbh', PLACES.bamberg, 'kommunale GmbH'),
        // An agency typed „Sonstige“ but labelled a digital agency in the slides.
        actor('agentur-owl', PLACES.lemgo, 'Sonstige', { seedLabel: 'Digitalagentur' }),
        actor('energie-owl', PLACES.detmold, 'Energieagentur'),
        // Seat unknown: drawn at the project, so it has no real distance.
        actor('unplaced', PLACES.detmold, 'Unternehmen', { located: 'project' }),
      ],
    },
    relations: [
      rel('member', 'alpha', 'kommune-bamberg'),
      rel('member', 'beta', 'kommune-wuerzburg'),
      rel('member', 'gamma', 'kommune-lemgo'),
      rel('member', 'delta', 'kommune-detmold'),
      rel('member', 'delta', 'kreis-lippe'),
      rel('partner', 'alpha', 'uni-wue'),
      rel('partner', 'alpha', 'stadtwerk-gmbh'),
      rel('partner', 'beta', 'uni-wue'),
      rel('partner', 'gamma', 'agentur-owl'),
      rel('partner', 'gamma', 'energie-owl'),
      rel('partner', 'delta', 'energie-owl'),
      rel('partner', 'delta', 'unplaced'),
    ],
    documents: [
      {
        id: 'doc-alpha-wlv',
        title: 'Weiterleitungsvertrag Alpha',
        kind: 'Weiterleitungsvertrag',
        project: 'alpha',
        sources: ['seed'],
      },
      {
        id: 'doc-delta-kv',
        title: 'Kooperationsvertrag Delta',
        kind: 'Kooperationsvertrag',
        relation: 'member:delta:kreis-lippe',
        sources: ['seed'],
      },
    ],
    networks: [],
  };
}

export function smallDataset(): Dataset {
  return buildDataset(smallPackage());
}
