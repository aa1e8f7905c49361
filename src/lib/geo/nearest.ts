/**
 * „Was gibt es schon in meiner Nähe?“: from any point, the nearest model projects, the
 * nearest project for each cooperation form, and the nearest documents, each with its
 * straight-line (great-circle) distance.
 *
 * Work goes through {@link ProjectProfile}s, a flat summary of each project built once per
 * dataset by {@link projectProfiles}; the lookups are pure functions over profiles, so they
 * are tested on small hand-made lists. Nothing here mutates its input.
 */
import type { Position } from 'geojson';
import type { Dataset } from '../data/dataset';
import type { DocumentKind } from '../data/vocab';
import { own } from '../util/lookup';
import { distanceKm } from './reach';
import { isHttpUrl } from '../data/url';

/**
 * Cooperation forms, defined from the data:
 * - `hochschule`: a partner of type Hochschule;
 * - `digitalagentur`: a partner of type Digitalagentur, or labelled so in the 2022 slides
 *   (`seedLabel`);
 * - `energieagentur`: a partner of type Energieagentur, or labelled so in the slides;
 * - `kommunaleGmbH`: a partner of type „kommunale GmbH“ (a municipal company);
 * - `interkommunal`: an inter-municipal consortium: category „Interkommunale
 *   Kooperation/Landkreis“, or at least two members.
 */
export const COOPERATION_FORMS = [
  'hochschule',
  'digitalagentur',
  'energieagentur',
  'kommunaleGmbH',
  'interkommunal',
] as const;
export type CooperationForm = (typeof COOPERATION_FORMS)[number];

const FORM_OF_TYPE: Readonly<Record<string, CooperationForm>> = {
  Hochschule: 'hochschule',
  Digitalagentur: 'digitalagentur',
  Energieagentur: 'energieagentur',
  'kommunale GmbH': 'kommunaleGmbH',
};

export interface ProfileDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  /** First web source (the document or a page about it), or null when only the deck names it. */
  link: string | null;
}

/** A flat summary of one project. */
export interface ProjectProfile {
  id: string;
  name: string;
  coordinates: Position;
  land?: string;
  category?: string;
  /** Distinct types of its partners, sorted. */
  partnerTypes: string[];
  /** Number of distinct members. */
  members: number;
  /** Cooperation forms it has, in {@link COOPERATION_FORMS} order. */
  forms: CooperationForm[];
  /** For each partner-based form, the actor ids that give it (for „with whom“). */
  formVia: Partial<Record<CooperationForm, string[]>>;
  /** Documents of the project (own, on its relations, of its networks). */
  documents: ProfileDocument[];
}

export const INTERKOMMUNAL_CATEGORY = 'Interkommunale Kooperation/Landkreis';

/** Profiles of every project in the dataset, in dataset order. */
export function projectProfiles(ds: Dataset): ProjectProfile[] {
  const out: ProjectProfile[] = [];
  for (const n of ds.nodes) {
    if (n.kind !== 'project') continue;
    const types = new Set<string>();
    const members = new Set<string>();
    const via: Partial<Record<CooperationForm, string[]>> = {};
    for (const r of ds.relationsOf.get(n.id) ?? []) {
      if (r.source !== n.id) continue;
      if (r.kind === 'member') members.add(r.target);
      if (r.kind !== 'partner') continue;
      const a = ds.byId.get(r.target);
      if (!a) continue;
      types.add(a.type);
      const forms = new Set(
        [a.type, a.actor?.seedLabel].map((t) => (t ? own(FORM_OF_TYPE, t) : undefined)),
      );
      for (const f of forms) if (f && !(via[f] ??= []).includes(a.id)) via[f]!.push(a.id);
    }
    const category = n.project!.category;
    const inter = category === INTERKOMMUNAL_CATEGORY || members.size >= 2;
    out.push({
      id: n.id,
      name: n.name,
      coordinates: n.coordinates,
      land: n.land,
      category,
      partnerTypes: [...types].sort(),
      members: members.size,
      forms: COOPERATION_FORMS.filter((f) => (f === 'interkommunal' ? inter : !!via[f])),
      formVia: via,
      documents: (ds.documentsOfProject.get(n.id) ?? []).map((d) => ({
        id: d.id,
        title: d.title,
        kind: d.kind,
        link: d.sources.find(isHttpUrl) ?? null,
      })),
    });
  }
  return out;
}

export interface NearProject {
  profile: ProjectProfile;
  km: number;
}

const byDistance = (a: NearProject, b: NearProject) =>
  a.km - b.km || (a.profile.id < b.profile.id ? -1 : a.profile.id > b.profile.id ? 1 : 0);

/** All profiles with their distance from `origin`, nearest first (ties by id). */
export function byDistanceFrom(
  profiles: readonly ProjectProfile[],
  origin: Position,
): NearProject[] {
  return profiles
    .map((p) => ({ profile: p, km: distanceKm(origin, p.coordinates) }))
    .sort(byDistance);
}

/** The `limit` nearest projects (default 5). */
export function nearestProjects(
  profiles: readonly ProjectProfile[],
  origin: Position,
  limit = 5,
): NearProject[] {
  return byDistanceFrom(profiles, origin).slice(0, limit);
}

/** For each cooperation form, the nearest project that has it, or null when none has. */
export function nearestByForm(
  profiles: readonly ProjectProfile[],
  origin: Position,
): Record<CooperationForm, NearProject | null> {
  const sorted = byDistanceFrom(profiles, origin);
  const out = {} as Record<CooperationForm, NearProject | null>;
  for (const f of COOPERATION_FORMS)
    out[f] = sorted.find((x) => x.profile.forms.includes(f)) ?? null;
  return out;
}

export interface NearDocument {
  document: ProfileDocument;
  /** The nearest project the document belongs to. */
  profile: ProjectProfile;
  km: number;
}

/**
 * The `limit` nearest documents (default 5), each at its nearest owning project; optionally
 * only of the given kinds. A document of a network belongs to every project of the network.
 */
export function nearestDocuments(
  profiles: readonly ProjectProfile[],
  origin: Position,
  { limit = 5, kinds }: { limit?: number; kinds?: readonly DocumentKind[] } = {},
): NearDocument[] {
  const seen = new Set<string>();
  const out: NearDocument[] = [];
  for (const near of byDistanceFrom(profiles, origin))
    for (const d of near.profile.documents) {
      if (seen.has(d.id) || (kinds && !kinds.includes(d.kind))) continue;
      seen.add(d.id);
      out.push({ document: d, profile: near.profile, km: near.km });
    }
  return out.slice(0, limit);
}

/**
 * For every document kind that some project has, the nearest document of that kind (at its
 * nearest owning project), in the order of `kinds`. Kinds no project has are left out.
 */
export function nearestDocumentByKind(
  profiles: readonly ProjectProfile[],
  origin: Position,
  kinds: readonly DocumentKind[],
): NearDocument[] {
  const sorted = byDistanceFrom(profiles, origin);
  const out: NearDocument[] = [];
  for (const k of kinds)
    for (const near of sorted) {
      const d = near.profile.documents.find((x) => x.kind === k);
      if (!d) continue;
      out.push({ document: d, profile: near.profile, km: near.km });
      break;
    }
  return out;
}
