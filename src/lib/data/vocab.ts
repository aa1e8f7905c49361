/**
 * Controlled vocabularies of the dataset, with German and English labels for legends and
 * filters. The values are the ones found in `mpsc-facts.json` (see `data/README.md`); the
 * schemas in `schemas.ts` accept exactly these values.
 */

import { own } from '../util/lookup';

/** A label in both UI languages. */
export interface Label {
  readonly de: string;
  readonly en: string;
}

/** The three calls (Staffeln) of the programme, with the number of projects per call. */
export const STAFFELN = [2019, 2020, 2021] as const;
export type Staffel = (typeof STAFFELN)[number];

/** Projects per call, as announced by the programme (checked by the validator). */
export const STAFFEL_COUNTS: Readonly<Record<Staffel, number>> = { 2019: 13, 2020: 32, 2021: 28 };

/** Motto of each call (facts `meta.staffelMottos`; 2019 had none). */
export const STAFFEL_MOTTOS: Readonly<Record<Staffel, string | null>> = {
  2019: null,
  2020: 'Gemeinwohl und Netzwerkstadt/Stadtnetzwerk',
  2021: 'Gemeinsam aus der Krise: Raum für Zukunft',
};

/** Programme categories, as in the official selection lists. */
export const CATEGORIES = [
  'Großstadt',
  'Mittelstadt',
  'Kleinstadt/Landgemeinde',
  'Interkommunale Kooperation/Landkreis',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Readonly<Record<Category, Label>> = {
  Großstadt: { de: 'Großstadt', en: 'Large city' },
  Mittelstadt: { de: 'Mittelstadt', en: 'Medium-sized town' },
  'Kleinstadt/Landgemeinde': { de: 'Kleinstadt/Landgemeinde', en: 'Small town/rural municipality' },
  'Interkommunale Kooperation/Landkreis': {
    de: 'Interkommunale Kooperation/Landkreis',
    en: 'Inter-municipal cooperation/district',
  },
};

/** Partner types, exactly as in the facts. */
export const PARTNER_TYPES = [
  'Hochschule',
  'Digitalagentur',
  'Energieagentur',
  'kommunale GmbH',
  'Stadtwerke',
  'Kammer',
  'Verband',
  'Unternehmen',
  'Verein',
  'Landkreis',
  'Sonstige',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** Types for member actors: municipalities (incl. Amt, Verbands-/Samtgemeinde) and districts. */
export const MEMBER_TYPES = ['Kommune', 'Landkreis'] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];

/** Every actor type: member types plus partner types (`Landkreis` is in both). */
export const ACTOR_TYPES = ['Kommune', ...PARTNER_TYPES] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const ACTOR_TYPE_LABELS: Readonly<Record<ActorType, Label>> = {
  Kommune: { de: 'Kommune', en: 'Municipality' },
  Landkreis: { de: 'Landkreis', en: 'District' },
  Hochschule: { de: 'Hochschule', en: 'University' },
  Digitalagentur: { de: 'Digitalagentur', en: 'Digital agency' },
  Energieagentur: { de: 'Energieagentur', en: 'Energy agency' },
  'kommunale GmbH': { de: 'Kommunale Gesellschaft', en: 'Municipal company' },
  Stadtwerke: { de: 'Stadtwerke', en: 'Municipal utility' },
  Kammer: { de: 'Kammer', en: 'Chamber' },
  Verband: { de: 'Verband', en: 'Association (public)' },
  Unternehmen: { de: 'Unternehmen', en: 'Company' },
  Verein: { de: 'Verein', en: 'Registered association' },
  Sonstige: { de: 'Sonstige', en: 'Other' },
};

/** How an actor's point was placed when it is not at its own seat. */
export const LOCATED = ['project', 'abroad', 'connections'] as const;
export type Located = (typeof LOCATED)[number];

export const LOCATED_LABELS: Readonly<Record<Located, Label>> = {
  project: {
    de: 'Sitz nicht verortet – am Projektort gezeigt',
    en: 'Seat not located – shown at the project',
  },
  abroad: {
    de: 'Sitz im Ausland – am Projektort gezeigt',
    en: 'Seat abroad – shown at the project',
  },
  connections: {
    de: 'Ort unbekannt – in der Mitte seiner Verbindungen gezeigt',
    en: 'Place unknown – shown amid its connections',
  },
};

/** Kinds of edges in `relations.json`. */
export const RELATION_KINDS = ['member', 'partner', 'network', 'solution'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const RELATION_KIND_LABELS: Readonly<Record<RelationKind, Label>> = {
  member: { de: 'Mitglied der Kooperation', en: 'Cooperation member' },
  partner: { de: 'Partner', en: 'Partner' },
  network: { de: 'Netzwerk zwischen Modellprojekten', en: 'Network between model projects' },
  solution: { de: 'Geteilte Lösung', en: 'Shared solution' },
};

/** What a project does with a shared solution (`data/solutions.json`). */
export const SOLUTION_ROLES = ['develops', 'adopts', 'pilots'] as const;
export type SolutionRole = (typeof SOLUTION_ROLES)[number];

export const SOLUTION_ROLE_LABELS: Readonly<Record<SolutionRole, Label>> = {
  develops: { de: 'entwickelt mit', en: 'co-develops' },
  adopts: { de: 'übernimmt', en: 'adopts' },
  pilots: { de: 'erprobt', en: 'pilots' },
};

/** Document kinds found in the facts, plus the two kinds used for templates. */
export const DOCUMENT_KINDS = [
  'Weiterleitungsvertrag',
  'Kooperationsvertrag',
  'Kooperationsvereinbarung',
  'Beitrittserklärung',
  'Geschäftsordnung',
  'Gesellschaftsvertrag',
  'Absichtserklärung',
  'Mustervertrag',
  'Publikation',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, Label>> = {
  Weiterleitungsvertrag: { de: 'Weiterleitungsvertrag', en: 'Grant pass-through agreement' },
  Kooperationsvertrag: { de: 'Kooperationsvertrag', en: 'Cooperation contract' },
  Kooperationsvereinbarung: { de: 'Kooperationsvereinbarung', en: 'Cooperation agreement' },
  Beitrittserklärung: { de: 'Beitrittserklärung', en: 'Declaration of accession' },
  Geschäftsordnung: { de: 'Geschäftsordnung', en: 'Rules of procedure' },
  Gesellschaftsvertrag: { de: 'Gesellschaftsvertrag', en: 'Articles of association' },
  Absichtserklärung: { de: 'Absichtserklärung', en: 'Letter of intent' },
  Mustervertrag: { de: 'Mustervertrag', en: 'Model contract (template)' },
  Publikation: { de: 'Publikation', en: 'Publication' },
};

/** Confidence of a record, as in the facts (`low` is not used in this version). */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const CONFIDENCE_LABELS: Readonly<Record<Confidence, Label>> = {
  high: { de: 'hoch', en: 'high' },
  medium: { de: 'mittel', en: 'medium' },
  low: { de: 'niedrig', en: 'low' },
};

/**
 * Organisational forms as found in the projects' `orgForms` (free vocabulary in the facts).
 * The schema accepts any string; this list gives labels for the ones in the shipped data and
 * groups them for filters (`group`). Unknown values fall back to the raw string.
 */
export const ORG_FORMS: Readonly<Record<string, Label & { readonly group: OrgFormGroup }>> = {
  Stabsstelle: { de: 'Stabsstelle', en: 'Staff unit', group: 'Verwaltungseinheit' },
  'Innovation Unit': { de: 'Innovation Unit', en: 'Innovation unit', group: 'Verwaltungseinheit' },
  Projektbüro: { de: 'Projektbüro', en: 'Project office', group: 'Projektbüro' },
  'Projektbüro (mobil)': {
    de: 'Projektbüro (mobil)',
    en: 'Project office (mobile)',
    group: 'Projektbüro',
  },
  'Smart City Büro': { de: 'Smart City Büro', en: 'Smart city office', group: 'Projektbüro' },
  'Smart City Büro / Projektbüro': {
    de: 'Smart City Büro / Projektbüro',
    en: 'Smart city office / project office',
    group: 'Projektbüro',
  },
  Lenkungsgruppe: { de: 'Lenkungsgruppe', en: 'Steering group', group: 'Gremium' },
  Steuerungskreis: { de: 'Steuerungskreis', en: 'Steering circle', group: 'Gremium' },
  Beirat: { de: 'Beirat', en: 'Advisory board', group: 'Gremium' },
  Projektbeirat: { de: 'Projektbeirat', en: 'Project advisory board', group: 'Gremium' },
  Digitalisierungsbeirat: {
    de: 'Digitalisierungsbeirat',
    en: 'Digitalisation advisory board',
    group: 'Gremium',
  },
  'Smart City Board': { de: 'Smart City Board', en: 'Smart city board', group: 'Gremium' },
  'Smart Kassel Council': { de: 'Smart Kassel Council', en: 'Smart Kassel Council', group: 'Gremium' },
  'Interkommunaler Ausschuss stadt.land.wü': {
    de: 'Interkommunaler Ausschuss stadt.land.wü',
    en: 'Inter-municipal committee stadt.land.wü',
    group: 'Gremium',
  },
  'Fachgruppe Innovation': { de: 'Fachgruppe Innovation', en: 'Innovation working group', group: 'Gremium' },
  'Arbeitsgruppe der Verbundkommunen': {
    de: 'Arbeitsgruppe der Verbundkommunen',
    en: 'Working group of the partner municipalities',
    group: 'Gremium',
  },
  'Allianz Smart City (Partnernetzwerk)': {
    de: 'Allianz Smart City (Partnernetzwerk)',
    en: 'Smart City Alliance (partner network)',
    group: 'Gremium',
  },
  Konsortium: { de: 'Konsortium', en: 'Consortium', group: 'Gesellschaft' },
  'kommunale Gesellschaft': { de: 'kommunale Gesellschaft', en: 'Municipal company', group: 'Gesellschaft' },
  'gemeinsame Digitalagentur (GmbH)': {
    de: 'gemeinsame Digitalagentur (GmbH)',
    en: 'Joint digital agency (limited company)',
    group: 'Gesellschaft',
  },
  Stadtlabor: { de: 'Stadtlabor', en: 'Urban lab', group: 'Labor' },
  Zukunftslabor: { de: 'Zukunftslabor', en: 'Future lab', group: 'Labor' },
  'Stadt-Werkstatt': { de: 'Stadt-Werkstatt', en: 'Town workshop', group: 'Labor' },
  'EIN.Lebens.Raum (Anlaufstelle)': {
    de: 'EIN.Lebens.Raum (Anlaufstelle)',
    en: 'EIN.Lebens.Raum (drop-in centre)',
    group: 'Labor',
  },
  CDO: { de: 'Chief Digital Officer (CDO)', en: 'Chief digital officer (CDO)', group: 'Verwaltungseinheit' },
  Fachbereich: { de: 'Fachbereich', en: 'Department', group: 'Verwaltungseinheit' },
  'Fachdienst Smart City': { de: 'Fachdienst Smart City', en: 'Smart city service unit', group: 'Verwaltungseinheit' },
  'Competence Center Smart City': {
    de: 'Competence Center Smart City',
    en: 'Smart city competence centre',
    group: 'Verwaltungseinheit',
  },
  'eigene Organisationseinheit Smart City': {
    de: 'eigene Organisationseinheit Smart City',
    en: 'Dedicated smart city unit',
    group: 'Verwaltungseinheit',
  },
  'Geschäftsstelle Digitale Agenda (Verwaltungseinheit)': {
    de: 'Geschäftsstelle Digitale Agenda (Verwaltungseinheit)',
    en: 'Digital agenda office (administrative unit)',
    group: 'Verwaltungseinheit',
  },
  'Amt für Digitalisierung / Einheit Smart Green City': {
    de: 'Amt für Digitalisierung / Einheit Smart Green City',
    en: 'Digitalisation office / Smart Green City unit',
    group: 'Verwaltungseinheit',
  },
};

/** Coarse groups of organisational forms, for a filter with few entries. */
export const ORG_FORM_GROUPS = ['Verwaltungseinheit', 'Projektbüro', 'Gremium', 'Gesellschaft', 'Labor'] as const;
export type OrgFormGroup = (typeof ORG_FORM_GROUPS)[number];

export const ORG_FORM_GROUP_LABELS: Readonly<Record<OrgFormGroup, Label>> = {
  Verwaltungseinheit: { de: 'Verwaltungseinheit', en: 'Administrative unit' },
  Projektbüro: { de: 'Projektbüro', en: 'Project office' },
  Gremium: { de: 'Gremium', en: 'Board or committee' },
  Gesellschaft: { de: 'Gesellschaft/Konsortium', en: 'Company/consortium' },
  Labor: { de: 'Labor/Anlaufstelle', en: 'Lab/drop-in centre' },
};

/** Label for an orgForm value, falling back to the raw string. */
export function orgFormLabel(value: string): Label {
  const known = own(ORG_FORMS, value);
  return known ? { de: known.de, en: known.en } : { de: value, en: value };
}
