/**
 * The dataset as the views use it: one flat list of nodes (projects and actors)
 * with positions and display types, and indexes for the questions the views ask
 * ("who is connected to X", "which documents belong to this relation").
 * Built once from a validated DataPackage; pure, no DOM.
 */
import type { ActorType, Category, DocumentKind, RelationKind } from './vocab';
import { own } from '../util/lookup';
import type {
  ActorProperties,
  DataPackage,
  DocumentRecord,
  ProjectProperties,
  Relation,
  Solution,
} from './types';

export type NodeKind = 'project' | 'actor';

/** A node: a model project or an actor (member or partner). */
export interface DatasetNode {
  id: string;
  kind: NodeKind;
  name: string;
  /** Other names and abbreviations (for search). */
  altNames: readonly string[];
  /** [lon, lat]. */
  coordinates: [number, number];
  /** Projects: their programme category ('' without one); actors: their type. */
  type: Category | ActorType | (string & {});
  /** Projects only: the call year. */
  staffel?: number;
  /** Land (ISO 3166-2) of a project; for actors derived from the AGS where present. */
  land?: string;
  project?: ProjectProperties;
  actor?: ActorProperties;
}

export interface Dataset {
  /** Projects first (by name), then actors (by name). */
  nodes: readonly DatasetNode[];
  relations: readonly Relation[];
  documents: readonly DocumentRecord[];
  networks: DataPackage['networks'];
  /** Solutions shared between model projects (empty for packages without them). */
  solutions: readonly Solution[];
  /** Solutions a project takes part in, by project id. */
  solutionsOfProject: ReadonlyMap<string, readonly Solution[]>;
  byId: ReadonlyMap<string, DatasetNode>;
  /** Relations touching a node, in either direction. */
  relationsOf: ReadonlyMap<string, readonly Relation[]>;
  /** Documents attached to a relation id. */
  documentsOfRelation: ReadonlyMap<string, readonly DocumentRecord[]>;
  /** Documents of a project: its own, those on its relations, its networks' and solutions'. */
  documentsOfProject: ReadonlyMap<string, readonly DocumentRecord[]>;
  /** Relation ids that carry at least one document. */
  documentedRelations: ReadonlySet<string>;
  /**
   * What the filters and their counts ask of each project, gathered once while indexing
   * (at 100,000 relations, a pass over them on every filter change was a long task).
   */
  facetsOfProject: ReadonlyMap<string, ProjectFacets>;
  /** Relation kinds present in the dataset, and the types partners count as (filter options). */
  present: { relationKinds: ReadonlySet<RelationKind>; partnerTypes: ReadonlySet<string> };
  /** Every project, node and relation id: what shows without a filter (`applyFilters`). */
  all: {
    projects: ReadonlySet<string>;
    nodes: ReadonlySet<string>;
    relations: ReadonlySet<string>;
  };
}

/** A project's answers to the filters that look at its relations (see `filters.ts`). */
export interface ProjectFacets {
  /** Kinds of the relations touching the project, either direction, distinct. */
  relationKinds: readonly RelationKind[];
  /** Types its partners (partner relations it is the source of) count as, distinct ({@link actorTypes}). */
  partnerTypes: readonly string[];
}

/**
 * The types an actor counts as: its type per sources, then the 2022 workshop deck's label
 * (`seedLabel`) when it differs. Empty for a missing node.
 */
export function actorTypes(n: DatasetNode | undefined): string[] {
  if (!n) return [];
  const label = n.actor?.seedLabel;
  return label && label !== n.type ? [n.type, label] : [n.type];
}

/** Relation kinds shown as edges between a project and someone else. */
export const EDGE_KINDS: readonly RelationKind[] = ['member', 'partner', 'network', 'solution'];

const AGS_LAND: Record<string, string> = {
  '01': 'DE-SH', '02': 'DE-HH', '03': 'DE-NI', '04': 'DE-HB', '05': 'DE-NW', '06': 'DE-HE',
  '07': 'DE-RP', '08': 'DE-BW', '09': 'DE-BY', '10': 'DE-SL', '11': 'DE-BE', '12': 'DE-BB',
  '13': 'DE-MV', '14': 'DE-SN', '15': 'DE-ST', '16': 'DE-TH',
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes a validated package. Nodes: projects by name, then actors by name (German
 * collation). Synchronous; see {@link buildDatasetSteps} for the main thread at scale.
 */
export function buildDataset(pkg: DataPackage): Dataset {
  const steps = buildDatasetSteps(pkg);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** Loop iterations between two pauses of {@link buildDatasetSteps}. */
const BUILD_CHUNK = 4000;

/**
 * {@link buildDataset} as a generator that yields every {@link BUILD_CHUNK} iterations, for
 * `runSliced` on the main thread. `order` gives the node order when it was computed elsewhere
 * (the dataset store worker, `nodeOrder`): indexes into `projects.features` and
 * `actors.features`, each sorted by name; without it the names are sorted here.
 */
export function* buildDatasetSteps(
  pkg: DataPackage,
  order?: { projects: ArrayLike<number>; actors: ArrayLike<number> },
): Generator<void, Dataset, void> {
  const collator = new Intl.Collator('de');
  const byName = (features: readonly { properties: { name: string } }[]): ArrayLike<number> =>
    Array.from(features, (_, i) => i).sort(
      (a, b) => collator.compare(features[a].properties.name, features[b].properties.name) || a - b,
    );
  const projectOrder = order?.projects ?? byName(pkg.projects.features);
  yield;
  const actorOrder = order?.actors ?? byName(pkg.actors.features);
  yield;
  const nodes: DatasetNode[] = [];
  const byId = new Map<string, DatasetNode>();
  const allProjects = new Set<string>();
  const allNodes = new Set<string>();
  const allRelations = new Set<string>();
  let step = 0;
  for (let k = 0; k < projectOrder.length; k++) {
    if (++step % BUILD_CHUNK === 0) yield;
    const f = pkg.projects.features[projectOrder[k]];
    const node: DatasetNode = {
      id: f.properties.id,
      kind: 'project',
      name: f.properties.name,
      altNames: f.properties.altNames,
      coordinates: [f.geometry.coordinates[0], f.geometry.coordinates[1]],
      type: f.properties.category ?? '',
      staffel: f.properties.staffel,
      land: f.properties.bundesland,
      project: f.properties,
    };
    nodes.push(node);
    byId.set(node.id, node);
    allProjects.add(node.id);
    allNodes.add(node.id);
  }
  for (let k = 0; k < actorOrder.length; k++) {
    if (++step % BUILD_CHUNK === 0) yield;
    const f = pkg.actors.features[actorOrder[k]];
    const node: DatasetNode = {
      id: f.properties.id,
      kind: 'actor',
      name: f.properties.name,
      altNames: f.properties.altNames ?? [],
      coordinates: [f.geometry.coordinates[0], f.geometry.coordinates[1]],
      type: f.properties.type,
      land: f.properties.ags ? own(AGS_LAND, f.properties.ags.slice(0, 2)) : undefined,
      actor: f.properties,
    };
    nodes.push(node);
    byId.set(node.id, node);
    allNodes.add(node.id);
  }

  const relationsOf = new Map<string, Relation[]>();
  const relById = new Map<string, Relation>();
  const kindsOf = new Map<string, Set<RelationKind>>();
  const partnerTypesOf = new Map<string, Set<string>>();
  const presentKinds = new Set<RelationKind>();
  const presentPartnerTypes = new Set<string>();
  const addTo = <V>(map: Map<string, Set<V>>, key: string, value: V) => {
    const set = map.get(key);
    if (set) set.add(value);
    else map.set(key, new Set([value]));
  };
  for (const r of pkg.relations) {
    if (++step % BUILD_CHUNK === 0) yield;
    push(relationsOf, r.source, r);
    if (r.target !== r.source) push(relationsOf, r.target, r);
    relById.set(r.id, r);
    allRelations.add(r.id);
    presentKinds.add(r.kind);
    if (allProjects.has(r.source)) addTo(kindsOf, r.source, r.kind);
    if (allProjects.has(r.target)) addTo(kindsOf, r.target, r.kind);
    if (r.kind === 'partner')
      for (const t of actorTypes(byId.get(r.target))) {
        presentPartnerTypes.add(t);
        if (allProjects.has(r.source)) addTo(partnerTypesOf, r.source, t);
      }
  }
  const facetsOfProject = new Map<string, ProjectFacets>();
  for (const id of allProjects)
    facetsOfProject.set(id, {
      relationKinds: [...(kindsOf.get(id) ?? [])],
      partnerTypes: [...(partnerTypesOf.get(id) ?? [])],
    });

  const documentsOfRelation = new Map<string, DocumentRecord[]>();
  const documentsOfProject = new Map<string, DocumentRecord[]>();
  const networkProjects = new Map((pkg.networks ?? []).map((n) => [n.id, n.projects]));
  const solutions = pkg.solutions ?? [];
  const solutionsOfProject = new Map<string, Solution[]>();
  for (const s of solutions)
    for (const p of new Set(s.projects.map((x) => x.project))) push(solutionsOfProject, p, s);
  const solutionProjects = new Map(solutions.map((s) => [s.id, s.projects.map((p) => p.project)]));
  for (const d of pkg.documents) {
    if (++step % BUILD_CHUNK === 0) yield;
    const owners = new Set<string>();
    if (d.relation) {
      push(documentsOfRelation, d.relation, d);
      const r = relById.get(d.relation);
      if (r && r.kind !== 'network' && r.kind !== 'solution') owners.add(r.source);
    }
    if (d.project) owners.add(d.project);
    if (d.network) for (const p of networkProjects.get(d.network) ?? []) owners.add(p);
    if (d.solution) for (const p of solutionProjects.get(d.solution) ?? []) owners.add(p);
    for (const p of owners) push(documentsOfProject, p, d);
  }
  return {
    nodes,
    relations: pkg.relations,
    documents: pkg.documents,
    networks: pkg.networks,
    solutions,
    solutionsOfProject,
    byId,
    relationsOf,
    documentsOfRelation,
    documentsOfProject,
    documentedRelations: new Set(documentsOfRelation.keys()),
    facetsOfProject,
    present: { relationKinds: presentKinds, partnerTypes: presentPartnerTypes },
    all: { projects: allProjects, nodes: allNodes, relations: allRelations },
  };
}

/** The other end of a relation, seen from `id`. */
export function otherEnd(r: Relation, id: string): string {
  return r.source === id ? r.target : r.source;
}

/** The kinds of documents a relation carries (for styling and legends). */
export function documentKinds(ds: Dataset, relationId: string): DocumentKind[] {
  return [...new Set((ds.documentsOfRelation.get(relationId) ?? []).map((d) => d.kind))];
}
