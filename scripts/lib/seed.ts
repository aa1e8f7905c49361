/**
 * The items of the 2022 workshop slide deck ("Creative Climate Cities, 2022", see
 * `/work/shared/seed`) and the records that realise each of them. Written to
 * `data/seed-items.json` by the build; the unit test checks every item resolves and is typed
 * and connected as listed.
 */
import type { ActorType, DocumentKind } from '../../src/lib/data/vocab';

export interface SeedItem {
  id: string;
  section: 'cooperation' | 'orgForm' | 'document';
  /** Heading on the slide. */
  heading: string;
  /** The deck's wording of the item. */
  seed: string;
  projects: string[];
  /** Actors with the type (and the deck's label, where it differs) they must have. */
  actors: { id: string; type: ActorType; seedLabel?: ActorType }[];
  /** Relation ids linking the projects to the actors above. */
  relations: string[];
  /** Organisational forms the projects must list. */
  orgForms: { project: string; orgForm: string }[];
  documents: { id: string; kind: DocumentKind }[];
}

const item = (
  i: Partial<SeedItem> & Pick<SeedItem, 'id' | 'section' | 'heading' | 'seed'>,
): SeedItem => ({
  projects: [],
  actors: [],
  relations: [],
  orgForms: [],
  documents: [],
  ...i,
});

const members = (project: string, ids: string[]) => ids.map((id) => `member:${project}:${id}`);
const kommunen = (ids: string[]) => ids.map((id) => ({ id, type: 'Kommune' as const }));

const COOP = 'Konsortien / Kooperationsformen unter den MPSC';
const ORG = 'Innovative Organisationsformen unter den MPSC';
const DOC =
  'Wo gibt es schon Weiterleitungsverträge und andere Hilfsmittel in der KTS und von den MPSC?';

const PARTHELAND = [
  'kommune-brandis',
  'kommune-naunhof',
  'kommune-borsdorf',
  'kommune-grosspoesna',
  'kommune-belgershain',
  'kommune-parthenstein',
  'kommune-machern',
];
const SWF = [
  'kommune-arnsberg',
  'kommune-bad-berleburg',
  'kommune-menden-sauerland',
  'kommune-olpe',
  'kommune-soest',
];

export const SEED_ITEMS: SeedItem[] = [
  item({
    id: 'seed-coop-kommunen-landkreise',
    section: 'cooperation',
    heading: `${COOP}: Kooperation unter Kommunen und Landkreisen`,
    seed: 'Kreis Schleswig-Flensburg, Kreis Nordfriesland, Stadt Flensburg',
    projects: ['kreis-schleswig-flensburg'],
    actors: [
      { id: 'lk-schleswig-flensburg', type: 'Landkreis' },
      { id: 'lk-nordfriesland', type: 'Landkreis' },
      { id: 'kommune-flensburg', type: 'Kommune' },
    ],
    relations: members('kreis-schleswig-flensburg', [
      'lk-schleswig-flensburg',
      'lk-nordfriesland',
      'kommune-flensburg',
    ]),
  }),
  item({
    id: 'seed-coop-gemeinden-auf',
    section: 'cooperation',
    heading: `${COOP}: Kooperation unter Gemeinden`,
    seed: 'Apfeldorf, Fuchstal, Unterdießen',
    projects: ['fuchstal-smart-region-auf'],
    actors: kommunen(['kommune-apfeldorf', 'kommune-fuchstal', 'kommune-unterdiessen']),
    relations: members('fuchstal-smart-region-auf', [
      'kommune-apfeldorf',
      'kommune-fuchstal',
      'kommune-unterdiessen',
    ]),
  }),
  item({
    id: 'seed-coop-gemeinden-partheland',
    section: 'cooperation',
    heading: `${COOP}: Kooperation unter Gemeinden`,
    seed: 'Partheland mit sieben Kommunen',
    projects: ['brandis-partheland'],
    actors: kommunen(PARTHELAND),
    relations: members('brandis-partheland', PARTHELAND),
  }),
  item({
    id: 'seed-coop-digitalagentur',
    section: 'cooperation',
    heading: `${COOP}: Kooperation mit Digitalagenturen`,
    seed: '5 für Südwestfalen + Südwestfalen Agentur',
    projects: ['5-fuer-suedwestfalen'],
    actors: [
      ...kommunen(SWF),
      { id: 'org-suedwestfalen-agentur', type: 'kommunale GmbH', seedLabel: 'Digitalagentur' },
    ],
    relations: [
      ...members('5-fuer-suedwestfalen', SWF),
      'partner:5-fuer-suedwestfalen:org-suedwestfalen-agentur',
    ],
  }),
  item({
    id: 'seed-coop-energieagentur',
    section: 'cooperation',
    heading: `${COOP}: Kooperation mit Energieagenturen`,
    seed: 'Paderborn + Westfalen Weser',
    projects: ['paderborn'],
    actors: [{ id: 'org-westfalen-weser', type: 'Stadtwerke', seedLabel: 'Energieagentur' }],
    relations: ['partner:paderborn:org-westfalen-weser'],
  }),
  item({
    id: 'seed-coop-hochschule-bamberg',
    section: 'cooperation',
    heading: `${COOP}: Kooperation mit Hochschulen`,
    seed: 'Bamberg + Universität Bamberg',
    projects: ['bamberg'],
    actors: [{ id: 'org-universitaet-bamberg', type: 'Hochschule' }],
    relations: ['partner:bamberg:org-universitaet-bamberg'],
  }),
  item({
    id: 'seed-coop-hochschule-grevesmuehlen',
    section: 'cooperation',
    heading: `${COOP}: Kooperation mit Hochschulen`,
    seed: 'Grevesmühlen + Hochschule Wismar',
    projects: ['grevesmuehlen'],
    actors: [{ id: 'org-hochschule-wismar', type: 'Hochschule' }],
    relations: ['partner:grevesmuehlen:org-hochschule-wismar'],
  }),
  item({
    id: 'seed-coop-hochschule-lemgo-kalletal',
    section: 'cooperation',
    heading: `${COOP}: Kooperation mit Hochschulen`,
    seed: 'Lemgo/Kalletal + TH OWL',
    projects: ['lemgo-kalletal'],
    actors: [
      ...kommunen(['kommune-lemgo', 'kommune-kalletal']),
      { id: 'org-th-owl', type: 'Hochschule' },
    ],
    relations: [
      ...members('lemgo-kalletal', ['kommune-lemgo', 'kommune-kalletal']),
      'partner:lemgo-kalletal:org-th-owl',
    ],
  }),
  item({
    id: 'seed-coop-kommunale-gmbh-wunsiedel',
    section: 'cooperation',
    heading: `${COOP}: Kooperation mit kommunaler GmbH`,
    seed: 'Wunsiedel + Innovations- und Dienstleistungsgesellschaft Fichtelgebirge mbH',
    projects: ['landkreis-wunsiedel'],
    actors: [
      {
        id: 'org-innovations-und-dienstleistungsgesellschaft-fichtelgebirge',
        type: 'kommunale GmbH',
      },
    ],
    relations: [
      'partner:landkreis-wunsiedel:org-innovations-und-dienstleistungsgesellschaft-fichtelgebirge',
    ],
  }),
  item({
    id: 'seed-coop-kommunale-gmbh-kaiserslautern',
    section: 'cooperation',
    heading: `${COOP}: Kooperation mit kommunaler GmbH`,
    seed: 'Kaiserslautern mit KL.digital GmbH',
    projects: ['kaiserslautern'],
    actors: [{ id: 'org-kl-digital', type: 'kommunale GmbH' }],
    relations: ['partner:kaiserslautern:org-kl-digital'],
  }),
  item({
    id: 'seed-org-stabsstelle-muenster',
    section: 'orgForm',
    heading: `${ORG}: Neugründung Smart City Stabsstellen`,
    seed: 'Münster',
    projects: ['muenster'],
    orgForms: [{ project: 'muenster', orgForm: 'Stabsstelle' }],
  }),
  item({
    id: 'seed-org-stabsstelle-dortmund',
    section: 'orgForm',
    heading: `${ORG}: Neugründung Smart City Stabsstellen`,
    seed: 'Dortmund',
    projects: ['dortmund-schwerte'],
    orgForms: [{ project: 'dortmund-schwerte', orgForm: 'Stabsstelle' }],
  }),
  item({
    id: 'seed-org-innovation-unit-bochum',
    section: 'orgForm',
    heading: `${ORG}: Smart City Innovation Unit`,
    seed: 'Bochum: Mitarbeiter:innen der Stadt und der städtischen Unternehmen (u.a. Wirtschaftsentwicklung Bochum, Stadtwerke Bochum, IHK)',
    projects: ['bochum'],
    orgForms: [{ project: 'bochum', orgForm: 'Innovation Unit' }],
    actors: [
      { id: 'org-bochum-wirtschaftsentwicklung', type: 'kommunale GmbH' },
      { id: 'org-stadtwerke-bochum', type: 'Stadtwerke' },
      { id: 'org-ihk-mittleres-ruhrgebiet', type: 'Kammer' },
    ],
    relations: [
      'partner:bochum:org-bochum-wirtschaftsentwicklung',
      'partner:bochum:org-stadtwerke-bochum',
      'partner:bochum:org-ihk-mittleres-ruhrgebiet',
    ],
  }),
  item({
    id: 'seed-org-projektbuero-lemgo',
    section: 'orgForm',
    heading: `${ORG}: Einführung Smart City Projektbüros`,
    seed: 'Lemgo',
    projects: ['lemgo-kalletal'],
    orgForms: [{ project: 'lemgo-kalletal', orgForm: 'Projektbüro' }],
  }),
  item({
    id: 'seed-org-projektbuero-kassel',
    section: 'orgForm',
    heading: `${ORG}: Einführung Smart City Projektbüros`,
    seed: 'Kassel',
    projects: ['kassel'],
    orgForms: [{ project: 'kassel', orgForm: 'Projektbüro' }],
  }),
  item({
    id: 'seed-org-projektbuero-detmold',
    section: 'orgForm',
    heading: `${ORG}: Einführung Smart City Projektbüros`,
    seed: 'Detmold (auch mobil)',
    projects: ['detmold'],
    orgForms: [{ project: 'detmold', orgForm: 'Projektbüro (mobil)' }],
  }),
  item({
    id: 'seed-org-lenkungsgruppe-brandis',
    section: 'orgForm',
    heading: `${ORG}: Einführung Lenkungsgruppe`,
    seed: 'Brandis Partheland (Bürgermeister:innen + Hauptamtsleiter:innen)',
    projects: ['brandis-partheland'],
    orgForms: [{ project: 'brandis-partheland', orgForm: 'Lenkungsgruppe' }],
  }),
  item({
    id: 'seed-doc-weiterleitungsvertrag-bamberg',
    section: 'document',
    heading: DOC,
    seed: 'Weiterleitungsvertrag MPSC Bamberg – Universität Bamberg',
    projects: ['bamberg'],
    relations: ['partner:bamberg:org-universitaet-bamberg'],
    documents: [{ id: 'doc-bamberg-weiterleitungsvertrag', kind: 'Weiterleitungsvertrag' }],
  }),
  item({
    id: 'seed-doc-muster-kooperationsvertrag',
    section: 'document',
    heading: DOC,
    seed: 'Muster Kooperationsvertrag (von der KTS / Kanzlei bbh)',
    documents: [{ id: 'doc-muster-kooperationsvertrag', kind: 'Mustervertrag' }],
  }),
  item({
    id: 'seed-doc-weiterleitungsvertrag-paderborn',
    section: 'document',
    heading: DOC,
    seed: 'Weiterleitungsvertrag MPSC Paderborn – Westfalen Weser (Energieagentur)',
    projects: ['paderborn'],
    relations: ['partner:paderborn:org-westfalen-weser'],
    documents: [{ id: 'doc-paderborn-weiterleitungsvertrag', kind: 'Weiterleitungsvertrag' }],
  }),
  item({
    id: 'seed-doc-beitrittserklaerung-solingen',
    section: 'document',
    heading: DOC,
    seed: 'Beitrittserklärung Entwicklungsgemeinschaft MPSC Solingen – Open Smart City App',
    projects: ['solingen'],
    documents: [{ id: 'doc-solingen-beitrittserklaerung', kind: 'Beitrittserklärung' }],
  }),
  item({
    id: 'seed-doc-suedwestfalen',
    section: 'document',
    heading: DOC,
    seed: 'Geschäftsordnung und Kooperationsvertrag MPSC 5 für Südwestfalen',
    projects: ['5-fuer-suedwestfalen'],
    relations: ['partner:5-fuer-suedwestfalen:org-suedwestfalen-agentur'],
    documents: [
      { id: 'doc-5-fuer-suedwestfalen-geschaeftsordnung', kind: 'Geschäftsordnung' },
      { id: 'doc-5-fuer-suedwestfalen-kooperationsvertrag', kind: 'Kooperationsvertrag' },
    ],
  }),
];

interface Built {
  projects: { features: { properties: { id: string } }[] };
  actors: { features: { properties: { id: string } }[] };
  relations: { id: string }[];
  documents: { id: string }[];
}

/**
 * The seed items, after checking that every id they name exists in the built data.
 * @throws if an id is missing (the spec and the data disagree)
 */
export function buildSeedItems(data: Built): SeedItem[] {
  const ids = new Set([
    ...data.projects.features.map((f) => f.properties.id),
    ...data.actors.features.map((f) => f.properties.id),
    ...data.relations.map((r) => r.id),
    ...data.documents.map((d) => d.id),
  ]);
  const missing = SEED_ITEMS.flatMap((s) =>
    [...s.projects, ...s.actors.map((a) => a.id), ...s.relations, ...s.documents.map((d) => d.id)]
      .filter((id) => !ids.has(id))
      .map((id) => `${s.id}: ${id}`),
  );
  if (missing.length) throw new Error(`seed items name unknown ids:\n  ${missing.join('\n  ')}`);
  return SEED_ITEMS;
}
