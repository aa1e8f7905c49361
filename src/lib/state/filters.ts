/**
 * Faceted filters over the dataset. Pure: the same function drives the map,
 * the graph, the list and the counts next to every option.
 *
 * Semantics: options within one facet are OR-ed, facets are AND-ed. A project
 * is visible when it passes every project facet. Actors are visible when a
 * visible project reaches them through a visible relation. `relationKind`
 * picks which relations are shown; `partnerType` keeps projects with at least
 * one partner of a chosen type and shows only partners of those types. A partner
 * has a chosen type when its type per sources or its label in the 2022 workshop
 * deck (`seedLabel`) is that type ({@link actorHasType}): the filter counts, the
 * story and „near me“ all count this one way. `documentKind` keeps projects with at
 * least one document of a chosen kind. Without any filter everything is visible,
 * isolated actors included.
 */
import type { Dataset, DatasetNode } from '../data/dataset';
import { actorTypes, otherEnd } from '../data/dataset';
import type { Relation } from '../data/types';
import {
  ACTOR_TYPES,
  CATEGORIES,
  DOCUMENT_KINDS,
  RELATION_KINDS,
  STAFFELN,
  type ActorType,
  type DocumentKind,
  type RelationKind,
} from '../data/vocab';
import { LAENDER } from '../data/laender';

export interface Filters {
  /** Call years (MPSC: the Staffeln 2019–2021; another programme's own years). */
  staffel: number[];
  /** Programme categories (MPSC categories, or another programme's own). */
  category: string[];
  /** ISO 3166-2 codes. */
  land: string[];
  partnerType: ActorType[];
  relationKind: RelationKind[];
  /** Only projects with at least one document. */
  hasDocuments: boolean;
  /** Only projects with at least one document of one of these kinds. */
  documentKind: DocumentKind[];
  orgForm: string[];
}

export type FacetKey = Exclude<keyof Filters, 'hasDocuments'>;

export const EMPTY_FILTERS: Filters = Object.freeze({
  staffel: [],
  category: [],
  land: [],
  partnerType: [],
  relationKind: [],
  hasDocuments: false,
  documentKind: [],
  orgForm: [],
}) as Filters;

/**
 * Known values per facet, in the order the filters list them. Staffel and category are open
 * (an imported programme brings its own); orgForm is open too (any value found in the data).
 * The filters offer only the values a dataset has: {@link facetValues}.
 */
export const FACET_VALUES: Record<Exclude<FacetKey, 'orgForm'>, readonly (string | number)[]> = {
  staffel: STAFFELN,
  category: CATEGORIES,
  land: LAENDER.map((l) => l.id),
  partnerType: ACTOR_TYPES.filter((t) => t !== 'Kommune'),
  relationKind: RELATION_KINDS,
  documentKind: DOCUMENT_KINDS,
};

/**
 * The values of each facet that a dataset has, in the order of {@link FACET_VALUES} and then
 * (values of another programme) sorted. Pure.
 */
export function facetValues(
  ds: Dataset,
): Record<Exclude<FacetKey, 'orgForm'>, (string | number)[]> {
  const present: Record<Exclude<FacetKey, 'orgForm'>, Set<string | number>> = {
    staffel: new Set(),
    category: new Set(),
    land: new Set(),
    partnerType: new Set(),
    relationKind: new Set(),
    documentKind: new Set(),
  };
  for (const n of ds.nodes) {
    const p = n.project;
    if (!p) continue;
    if (p.staffel !== undefined) present.staffel.add(p.staffel);
    if (p.category !== undefined) present.category.add(p.category);
    if (p.bundesland !== undefined) present.land.add(p.bundesland);
  }
  for (const k of ds.present.relationKinds) present.relationKind.add(k);
  for (const t of ds.present.partnerTypes) present.partnerType.add(t);
  for (const d of ds.documents) present.documentKind.add(d.kind);
  const order = (key: Exclude<FacetKey, 'orgForm'>) => {
    const known = FACET_VALUES[key].filter((v) => present[key].has(v));
    const rest = [...present[key]]
      .filter((v) => !FACET_VALUES[key].includes(v))
      .sort((a, b) =>
        typeof a === 'number' && typeof b === 'number'
          ? a - b
          : String(a).localeCompare(String(b), 'de'),
      );
    return key === 'partnerType' ||
      key === 'relationKind' ||
      key === 'land' ||
      key === 'documentKind'
      ? known
      : [...known, ...rest];
  };
  return {
    staffel: order('staffel'),
    category: order('category'),
    land: order('land'),
    partnerType: order('partnerType'),
    relationKind: order('relationKind'),
    documentKind: order('documentKind'),
  };
}

export function isEmptyFilters(f: Filters): boolean {
  return (
    !f.hasDocuments &&
    (Object.keys(EMPTY_FILTERS) as (keyof Filters)[]).every(
      (k) => k === 'hasDocuments' || (f[k] as unknown[]).length === 0,
    )
  );
}

/** Number of active options (for the summary badge). */
export function activeCount(f: Filters): number {
  return (
    (f.hasDocuments ? 1 : 0) +
    f.staffel.length +
    f.category.length +
    f.land.length +
    f.partnerType.length +
    f.relationKind.length +
    f.documentKind.length +
    f.orgForm.length
  );
}

export interface Visible {
  projects: ReadonlySet<string>;
  /** Projects and actors. */
  nodes: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

/** Nothing visible (no dataset yet). */
export const NOTHING_VISIBLE: Visible = Object.freeze({
  projects: new Set<string>(),
  nodes: new Set<string>(),
  relations: new Set<string>(),
});

/**
 * Whether an actor counts as one of `types`: by its type per sources, or by the label the
 * 2022 workshop deck gives it (Westfalen Weser: Stadtwerke per sources, Energieagentur per
 * deck). The one rule for filters, their counts, the story and „near me“.
 */
export function actorHasType(n: DatasetNode | undefined, types: readonly string[]): boolean {
  if (!n) return false;
  return types.includes(n.type) || (!!n.actor?.seedLabel && types.includes(n.actor.seedLabel));
}

// The types an actor counts as: defined with the dataset index, which gathers them.
export { actorTypes };

function partnerTypeOk(ds: Dataset, r: Relation, types: readonly ActorType[]): boolean {
  if (r.kind !== 'partner' || types.length === 0) return true;
  return actorHasType(ds.byId.get(r.target), types);
}

function hasDocumentKind(ds: Dataset, id: string, kinds: readonly DocumentKind[]): boolean {
  return (ds.documentsOfProject.get(id) ?? []).some((d) => kinds.includes(d.kind));
}

/** Project facets only, optionally ignoring one facet (for that facet's counts). */
function projectPasses(ds: Dataset, n: DatasetNode, f: Filters, ignore?: keyof Filters): boolean {
  const p = n.project!;
  if (
    ignore !== 'staffel' &&
    f.staffel.length &&
    (p.staffel === undefined || !f.staffel.includes(p.staffel))
  )
    return false;
  if (
    ignore !== 'category' &&
    f.category.length &&
    (p.category === undefined || !f.category.includes(p.category))
  )
    return false;
  if (
    ignore !== 'land' &&
    f.land.length &&
    (p.bundesland === undefined || !f.land.includes(p.bundesland))
  )
    return false;
  if (ignore !== 'hasDocuments' && f.hasDocuments && !ds.documentsOfProject.get(n.id)?.length)
    return false;
  if (ignore !== 'orgForm' && f.orgForm.length && !p.orgForms.some((o) => f.orgForm.includes(o)))
    return false;
  if (
    ignore !== 'documentKind' &&
    f.documentKind.length &&
    !hasDocumentKind(ds, n.id, f.documentKind)
  )
    return false;
  // A partner of a chosen type (actorHasType: the types in `partnerTypes`), a relation of a
  // chosen kind: answered from the facets gathered when the dataset was indexed.
  const facets = ds.facetsOfProject.get(n.id);
  if (
    ignore !== 'partnerType' &&
    f.partnerType.length &&
    !facets?.partnerTypes.some((t) => (f.partnerType as readonly string[]).includes(t))
  )
    return false;
  if (
    ignore !== 'relationKind' &&
    f.relationKind.length &&
    !facets?.relationKinds.some((k) => f.relationKind.includes(k))
  )
    return false;
  return true;
}

function projectsOnly(ds: Dataset): DatasetNode[] {
  return ds.nodes.filter((n) => n.kind === 'project');
}

export function applyFilters(ds: Dataset, f: Filters): Visible {
  // No filter shows everything, including actors without any relation (isolated nodes)
  // and relations between actors, which imported datasets may have.
  // The sets are the dataset's own (built once while indexing), shared, never mutated.
  if (isEmptyFilters(f)) return ds.all;
  const projects = new Set<string>();
  for (const n of projectsOnly(ds)) if (projectPasses(ds, n, f)) projects.add(n.id);
  const nodes = new Set<string>(projects);
  const relations = new Set<string>();
  for (const r of ds.relations) {
    if (f.relationKind.length && !f.relationKind.includes(r.kind)) continue;
    if (!partnerTypeOk(ds, r, f.partnerType)) continue;
    if (r.kind === 'network' || r.kind === 'solution') {
      if (projects.has(r.source) && projects.has(r.target)) relations.add(r.id);
      continue;
    }
    if (!projects.has(r.source)) continue;
    relations.add(r.id);
    nodes.add(otherEnd(r, r.source));
  }
  return { projects, nodes, relations };
}

/**
 * For every option of every facet: how many projects would remain if the
 * option were the facet's selection, all other facets unchanged.
 */
export function facetCounts(
  ds: Dataset,
  f: Filters,
): Record<FacetKey, Map<string, number>> & { hasDocuments: number } {
  const list = projectsOnly(ds);
  const count = (
    key: FacetKey,
    match: (n: DatasetNode) => readonly string[],
  ): Map<string, number> => {
    const out = new Map<string, number>();
    for (const n of list) {
      if (!projectPasses(ds, n, f, key)) continue;
      for (const v of new Set(match(n))) out.set(v, (out.get(v) ?? 0) + 1);
    }
    return out;
  };
  const facets = (n: DatasetNode) => ds.facetsOfProject.get(n.id);
  return {
    staffel: count('staffel', (n) =>
      n.project!.staffel === undefined ? [] : [String(n.project!.staffel)],
    ),
    category: count('category', (n) =>
      n.project!.category === undefined ? [] : [n.project!.category],
    ),
    land: count('land', (n) =>
      n.project!.bundesland === undefined ? [] : [n.project!.bundesland],
    ),
    partnerType: count('partnerType', (n) => facets(n)?.partnerTypes ?? []),
    relationKind: count('relationKind', (n) => facets(n)?.relationKinds ?? []),
    orgForm: count('orgForm', (n) => n.project!.orgForms),
    documentKind: count('documentKind', (n) =>
      (ds.documentsOfProject.get(n.id) ?? []).map((d) => d.kind),
    ),
    hasDocuments: list.filter(
      (n) => projectPasses(ds, n, f, 'hasDocuments') && ds.documentsOfProject.get(n.id)?.length,
    ).length,
  };
}

/** Toggle one option in a facet, returning new filters (never mutates). */
export function toggleOption<K extends FacetKey>(
  f: Filters,
  key: K,
  value: Filters[K][number],
): Filters {
  const current = f[key] as unknown[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...f, [key]: next };
}

/**
 * The document kinds some project has a document of, in vocabulary order: the options of the
 * project filter „Dokumentart“. A kind held only by documents without a project (a template,
 * a publication) would leave no project and is listed in „Verträge und Vorlagen“ instead.
 */
export function projectDocumentKinds(ds: Dataset): DocumentKind[] {
  const present = new Set<DocumentKind>();
  for (const docs of ds.documentsOfProject.values()) for (const d of docs) present.add(d.kind);
  return DOCUMENT_KINDS.filter((k) => present.has(k));
}

/** Every orgForm in the data with its number of projects, most frequent first. */
export function orgFormsInData(ds: Dataset): [string, number][] {
  const counts = new Map<string, number>();
  for (const n of projectsOnly(ds))
    for (const o of n.project!.orgForms) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'de'));
}
