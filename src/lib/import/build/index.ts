/**
 * Stage 4 of an import: located records + the user's decisions → a package, as a pipeline of
 * small stages that each return new values (none changes its input):
 *
 *   applyDecisions → assignIds → nodeFeature (each) → buildRelations → members → settle
 *
 * With `base` (the built-in MPSC dataset), relations may point at its projects and actors; the
 * result is then the built-in package extended by the imported records, flagged as such.
 */
import { pushAll } from '../../util/arrays';
import type { DataPackage, ProjectProperties } from '../../data/types';
import { normalizePlaceName, type Gazetteer } from '../../geo/gazetteer';
import type { ImportIssue, SourceRef } from '../issues';
import { lookalikeIssues } from '../lookalikes';
import type { Decisions, Located } from '../locate';
import type { EdgeRecord, NodeRecord } from '../records';
import { droppedNotes, missingName, assignIds, nameOf, nodeFeature, type NodeOut } from './nodes';
import { placeByConnections } from './connections';
import { applyDecisions } from './positions';
import { buildRelations, indexNodes, type NodeIndex } from './relations';
import {
  builtFromBundle,
  concatBuilt,
  emptyBuilt,
  settle,
  type Built,
  type Key,
  KEYS,
} from './settle';

export { builtFromBundle, concatBuilt, emptyBuilt, settle, type Built };

export interface BuildInput {
  nodes: readonly NodeRecord[];
  edges: readonly EdgeRecord[];
  located: Located;
  bundles: readonly { file: string; raw: Parameters<typeof builtFromBundle>[1] }[];
}

export interface BuildResult {
  data: DataPackage | null;
  issues: ImportIssue[];
  counts: Record<Key, number>;
  importedRefs: SourceRef[];
  /** The package is the built-in dataset extended by the import. */
  extendsBuiltin: boolean;
  /** Records placed amid their connections: their „no place found“ error no longer applies. */
  byConnections: SourceRef[];
}

/** The node index of a package (the built-in dataset, for references to it). */
export function indexPackage(data: DataPackage): NodeIndex {
  const nodes: NodeOut[] = [
    ...data.projects.features.map((f) => ({
      id: f.properties.id,
      kind: 'project' as const,
      name: f.properties.name,
      ref: { file: 'MPSC' },
    })),
    ...data.actors.features.map((f) => ({
      id: f.properties.id,
      kind: 'actor' as const,
      name: f.properties.name,
      type: f.properties.type,
      ref: { file: 'MPSC' },
    })),
  ];
  const idx = indexNodes(nodes, new Map(), new Map());
  // Alternative names of the built-in records (abbreviations) find them too.
  const byName = new Map(idx.byName);
  for (const f of [...data.projects.features, ...data.actors.features])
    for (const alt of f.properties.altNames ?? []) {
      const n = idx.byId.get(f.properties.id)!;
      const k = normalizePlaceName(alt);
      if (!byName.has(k)) byName.set(k, [n]);
    }
  return { ...idx, byName };
}

/** Records → features with provenance, and the memberships to resolve. */
function buildNodes(input: BuildInput, decisions: Decisions, gazetteer: Gazetteer | null) {
  const issues: ImportIssue[] = [];
  const decided = applyDecisions(input.nodes, input.located, decisions);
  pushAll(issues, decided.issues);
  const placed = placeByConnections(input.nodes, input.edges, input.located, decided.positions);
  pushAll(issues, placed.issues);
  const names = input.nodes.map((rec, i) =>
    placed.positions[i].pos ? nameOf(rec, placed.positions[i]) : undefined,
  );
  input.nodes.forEach((rec, i) => {
    if (placed.positions[i].pos && !names[i]) issues.push(missingName(rec));
  });
  const ids = assignIds(input.nodes, placed.positions, names);
  pushAll(issues, ids.issues);
  const out = emptyBuilt();
  const projects: unknown[] = [];
  const actors: unknown[] = [];
  const prov: Record<'projects' | 'actors', SourceRef[]> = { projects: [], actors: [] };
  const built: NodeOut[] = [];
  const at = new Map<string, [number, number]>();
  const memberships: { node: NodeOut; rec: NodeRecord }[] = [];
  const kinds: ('project' | 'actor')[] = [];
  input.nodes.forEach((rec, i) => {
    const id = ids.ids[i];
    const pos = placed.positions[i];
    if (!id || !pos.pos) return;
    const f = nodeFeature(rec, id, pos, gazetteer);
    pushAll(issues, f.issues);
    kinds[i] = f.built.kind;
    const p = f.built.feature.properties;
    const node: NodeOut = {
      id: p.id,
      kind: f.built.kind,
      name: p.name,
      ref: rec.ref,
      ...(f.built.kind === 'actor' ? { type: f.built.feature.properties.type } : {}),
    };
    (f.built.kind === 'project' ? projects : actors).push(f.built.feature);
    prov[f.built.kind === 'project' ? 'projects' : 'actors'].push(rec.ref);
    built.push(node);
    at.set(node.id, pos.pos);
    if (rec.project !== undefined || rec.linked?.length) memberships.push({ node, rec });
  });
  pushAll(issues, droppedNotes(input.nodes, kinds));
  out.records.projects = projects;
  out.records.actors = actors;
  out.prov.projects = prov.projects;
  out.prov.actors = prov.actors;
  return {
    built: out,
    index: indexNodes(built, ids.fromRaw, at),
    memberships,
    issues,
    byConnections: placed.placed,
  };
}

/** Projects with their members listed (from `member` relations): new features, inputs unchanged. */
function withMembers(
  projects: readonly unknown[],
  members: ReadonlyMap<string, string[]>,
): unknown[] {
  return projects.map((f) => {
    const p = (f as { properties: ProjectProperties }).properties;
    const add = members.get(p.id);
    if (!add) return f;
    return {
      ...(f as object),
      properties: { ...p, members: [...new Set([...p.members, ...add])] },
    };
  });
}

/** The built-in package extended: its records, then the import's; built-in projects gain members. */
function extend(base: DataPackage, own: Built, members: ReadonlyMap<string, string[]>): Built {
  const b = builtFromBundle('MPSC', base);
  const baseBuilt: Built = {
    records: { ...b.records, projects: withMembers(b.records.projects, members) },
    prov: b.prov,
  };
  return concatBuilt(baseBuilt, own);
}

/**
 * Build the package of an import. Pure and total.
 * @param base the built-in dataset, to resolve references to its projects and actors; null to refuse them
 */
export function buildPackage(
  input: BuildInput,
  decisions: Decisions,
  gazetteer: Gazetteer | null,
  base: DataPackage | null = null,
): BuildResult {
  const textIssues: ImportIssue[] = [];
  const fromBundles = input.bundles.reduce(
    (acc, b) => concatBuilt(acc, builtFromBundle(b.file, b.raw, textIssues)),
    emptyBuilt(),
  );
  const nodes = buildNodes(input, decisions, gazetteer);
  const rel = buildRelations(
    nodes.index,
    base ? indexPackage(base) : null,
    nodes.memberships,
    input.edges,
  );
  const own: Built = {
    records: {
      ...nodes.built.records,
      projects: withMembers(nodes.built.records.projects, rel.members),
      relations: rel.relations,
    },
    prov: { ...nodes.built.prov, relations: rel.prov },
  };
  const extendsBuiltin = base !== null && rel.baseRefs.size > 0;
  const all = concatBuilt(fromBundles, extendsBuiltin ? extend(base!, own, rel.members) : own);
  const settled = settle(all);
  const baseCounts = extendsBuiltin
    ? {
        projects: base!.projects.features.length,
        actors: base!.actors.features.length,
        relations: base!.relations.length,
        documents: base!.documents.length,
        networks: base!.networks?.length ?? 0,
        solutions: base!.solutions?.length ?? 0,
      }
    : null;
  // Look-alike names among what is imported (an earlier built-in name counts as the original).
  const names = settled.data
    ? [...settled.data.projects.features, ...settled.data.actors.features].map((f, i) => ({
        name: f.properties.name,
        ref: settled.importedRefs[i],
      }))
    : [];
  const lookalikes = lookalikeIssues(names).filter((i) => i.file !== 'MPSC');
  return {
    data: settled.data,
    issues: [...textIssues, ...nodes.issues, ...rel.issues, ...settled.issues, ...lookalikes],
    // Counts are what the import adds.
    counts: baseCounts
      ? (Object.fromEntries(KEYS.map((k) => [k, settled.counts[k] - baseCounts[k]])) as Record<
          Key,
          number
        >)
      : settled.counts,
    importedRefs: settled.importedRefs.filter((r) => r.file !== 'MPSC'),
    extendsBuiltin,
    byConnections: nodes.byConnections,
  };
}
