/**
 * What the export menu writes: the filtered view (or one selected node with its
 * connections) as a table, as GeoJSON, and its documents as a table; and the counts the
 * menu announces, computed from the same sets, so the label and the file always agree.
 * Pure: dataset + visible sets in, plain rows / FeatureCollection out.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Dataset } from '../data/dataset';
import { otherEnd } from '../data/dataset';
import type { Visible } from '../state/filters';
import { documentEntries, provenanceOf } from '../data/documents';
import { DOCUMENT_KIND_LABELS, orgFormLabel } from '../data/vocab';

export type ExportLang = 'de' | 'en';

const HEAD: Record<ExportLang, string[]> = {
  de: [
    'id',
    'art',
    'name',
    'typ',
    'staffel',
    'land',
    'laengengrad',
    'breitengrad',
    'verbunden_mit',
    'organisationsformen',
    'dokumente',
    'typ_laut_folien_2022',
    'quellen',
  ],
  en: [
    'id',
    'kind',
    'name',
    'type',
    'call',
    'state',
    'longitude',
    'latitude',
    'connected_to',
    'organisational_forms',
    'documents',
    'type_in_2022_slides',
    'sources',
  ],
};
const KIND: Record<ExportLang, Record<'project' | 'actor', string>> = {
  de: { project: 'Modellprojekt', actor: 'Akteur' },
  en: { project: 'model project', actor: 'actor' },
};

function sourcesOf(ds: Dataset, id: string): string[] {
  const n = ds.byId.get(id);
  return [...(n?.project?.sources ?? n?.actor?.sources ?? [])];
}

/** Documents of a node: a project's own (and its networks'), an actor's on its relations. */
function documentsOf(ds: Dataset, id: string): string[] {
  const n = ds.byId.get(id);
  const docs =
    n?.kind === 'project'
      ? (ds.documentsOfProject.get(id) ?? [])
      : (ds.relationsOf.get(id) ?? []).flatMap((r) => ds.documentsOfRelation.get(r.id) ?? []);
  return [...new Set(docs.map((d) => d.title))];
}

/**
 * The part of `visible` an export covers: everything visible, or (`selectedId`) that node,
 * its visible relations and the nodes at their other ends.
 */
export function exportScope(ds: Dataset, visible: Visible, selectedId: string | null): Visible {
  if (!selectedId || !visible.nodes.has(selectedId)) return visible;
  const relations = new Set<string>();
  const nodes = new Set<string>([selectedId]);
  for (const r of ds.relationsOf.get(selectedId) ?? []) {
    if (!visible.relations.has(r.id)) continue;
    relations.add(r.id);
    nodes.add(otherEnd(r, selectedId));
  }
  const projects = new Set([...nodes].filter((id) => ds.byId.get(id)?.kind === 'project'));
  return { projects, nodes, relations };
}

/** What an export of `scope` holds: the numbers the menu shows and the files contain. */
export interface ExportCounts {
  projects: number;
  actors: number;
  /** Relations, drawn as lines. */
  relations: number;
  /** Documents of the scope's projects, plus templates without a project. */
  documents: number;
}

export function exportCounts(ds: Dataset, scope: Visible): ExportCounts {
  return {
    projects: scope.projects.size,
    actors: scope.nodes.size - scope.projects.size,
    relations: scope.relations.size,
    documents: documentRows(ds, scope).length - 1,
  };
}

/**
 * One row per visible node (projects, then actors, in dataset order) with its organisational
 * forms, documents, the deck's label where it differs from the type, and the names of the
 * visible nodes it is related to.
 */
export function selectionRows(ds: Dataset, visible: Visible, lang: ExportLang = 'de'): unknown[][] {
  const rows: unknown[][] = [HEAD[lang]];
  for (const n of ds.nodes) {
    if (!visible.nodes.has(n.id)) continue;
    const linked = (ds.relationsOf.get(n.id) ?? [])
      .filter((r) => visible.relations.has(r.id))
      .map((r) => ds.byId.get(r.source === n.id ? r.target : r.source)?.name ?? '')
      .filter(Boolean);
    const deck = n.actor?.seedLabel && n.actor.seedLabel !== n.type ? n.actor.seedLabel : '';
    rows.push([
      n.id,
      KIND[lang][n.kind],
      n.name,
      n.type,
      n.staffel ?? '',
      n.land ?? '',
      n.coordinates[0],
      n.coordinates[1],
      [...new Set(linked)].join(' | '),
      (n.project?.orgForms ?? []).map((o) => orgFormLabel(o)[lang]).join(' | '),
      documentsOf(ds, n.id).join(' | '),
      deck,
      sourcesOf(ds, n.id).join(' '),
    ]);
  }
  return rows;
}

const DOC_HEAD: Record<ExportLang, string[]> = {
  de: ['id', 'art', 'titel', 'beteiligte', 'modellprojekt', 'jahr', 'link', 'quellen', 'herkunft'],
  en: ['id', 'kind', 'title', 'parties', 'model_project', 'year', 'link', 'sources', 'provenance'],
};

const PROVENANCE: Record<ExportLang, Record<ReturnType<typeof provenanceOf>, string>> = {
  de: {
    web: 'Webseiten',
    'seed-only': 'nur Workshop-Folien 2022',
    'web-and-seed': 'Webseiten und Workshop-Folien 2022',
    none: 'keine Quelle',
  },
  en: {
    web: 'web pages',
    'seed-only': '2022 workshop slides only',
    'web-and-seed': 'web pages and 2022 workshop slides',
    none: 'no source',
  },
};

/**
 * "Verträge und Vorlagen" as a table: the documents of the scope's projects and every
 * template without a project, with kind, parties, project, year, link, sources and where
 * they are known from.
 */
export function documentRows(ds: Dataset, scope: Visible, lang: ExportLang = 'de'): unknown[][] {
  const rows: unknown[][] = [DOC_HEAD[lang]];
  for (const d of documentEntries(ds)) {
    if (d.projectId !== null && !scope.projects.has(d.projectId)) continue;
    rows.push([
      d.record.id,
      DOCUMENT_KIND_LABELS[d.kind][lang],
      d.record.title,
      d.parties.join(' – '),
      d.projectId ? (ds.byId.get(d.projectId)?.name ?? d.projectId) : '',
      d.year ?? '',
      d.links[0] ?? '',
      d.record.sources.join(' '),
      PROVENANCE[lang][d.provenance],
    ]);
  }
  return rows;
}

/** Visible nodes as Points and visible relations as LineStrings between their ends. */
export function selectionGeoJson(
  ds: Dataset,
  visible: Visible,
): FeatureCollection<Point | LineString> {
  const features: Feature<Point | LineString>[] = [];
  for (const n of ds.nodes) {
    if (!visible.nodes.has(n.id)) continue;
    features.push({
      type: 'Feature',
      id: n.id,
      geometry: { type: 'Point', coordinates: [n.coordinates[0], n.coordinates[1]] },
      properties: {
        id: n.id,
        kind: n.kind,
        name: n.name,
        type: n.type,
        ...(n.staffel ? { staffel: n.staffel } : {}),
        ...(n.land ? { land: n.land } : {}),
        sources: sourcesOf(ds, n.id),
      },
    });
  }
  for (const r of ds.relations) {
    if (!visible.relations.has(r.id)) continue;
    const a = ds.byId.get(r.source);
    const b = ds.byId.get(r.target);
    if (!a || !b) continue;
    features.push({
      type: 'Feature',
      id: r.id,
      geometry: { type: 'LineString', coordinates: [[...a.coordinates], [...b.coordinates]] },
      properties: {
        id: r.id,
        kind: r.kind,
        source: r.source,
        target: r.target,
        sources: [...r.sources],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
