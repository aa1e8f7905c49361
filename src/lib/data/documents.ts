/**
 * Documents as the UI lists them ("Verträge und Vorlagen"): each record with its
 * parties, project, year, links and where it is known from, plus the words a
 * search for it should accept. Pure: dataset in, plain objects out.
 */
import type { Dataset } from './dataset';
import type { DocumentRecord, Relation } from './types';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type DocumentKind } from './vocab';
import { isHttpUrl } from './url';

/** The 2022 workshop deck as a source id (see `SourceSchema`). */
export const SEED_SOURCE = 'seed';

/** Where a record is known from: web pages, the 2022 deck, or both. */
export type Provenance = 'web' | 'seed-only' | 'web-and-seed' | 'none';

/** Classifies a record's `sources` list. */
export function provenanceOf(sources: readonly string[]): Provenance {
  const seed = sources.includes(SEED_SOURCE);
  const web = sources.some((s) => s !== SEED_SOURCE);
  return seed && web ? 'web-and-seed' : seed ? 'seed-only' : web ? 'web' : 'none';
}

/** The http(s) sources of a record (the deck is not a link). */
export function webSources(sources: readonly string[]): string[] {
  return sources.filter(isHttpUrl);
}

/** One row of the documents list. */
export interface DocumentEntry {
  record: DocumentRecord;
  kind: DocumentKind;
  /** Owning model project (its id), when the document belongs to one. */
  projectId: string | null;
  /** Names of the parties: the project (or the author of a template), then the other side. */
  parties: string[];
  /** Year the document was signed or published, where its title or notes say so; else null. */
  year: number | null;
  /** The http(s) sources, first one is the link. */
  links: string[];
  provenance: Provenance;
  /** Ids to emphasise on map and graph when the document is selected (project, partner, relation). */
  emphasis: string[];
}

/**
 * The year of a document: its sourced `year` where the record has one, else as written in its
 * title or notes ("Nov. 2018", "30.11.2021", "Jan. 2022"); the latest year named wins. Null
 * when none is named: a year is never guessed.
 */
export function documentYear(
  d: Pick<DocumentRecord, 'title' | 'notes'> & { year?: number },
): number | null {
  if (d.year) return d.year;
  let latest: number | null = null;
  for (const m of `${d.title} ${d.notes ?? ''}`.matchAll(/(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)/g))
    latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}

/**
 * The project a document belongs to: its own, its relation's, or the first of its network.
 * @param relations the dataset's relations by id, where the caller has them (else searched)
 */
export function documentProject(
  ds: Dataset,
  d: DocumentRecord,
  relations?: ReadonlyMap<string, Relation>,
): string | null {
  if (d.project && ds.byId.has(d.project)) return d.project;
  if (d.relation) {
    const r = relations
      ? relations.get(d.relation)
      : ds.relations.find((x) => x.id === d.relation);
    if (r && ds.byId.get(r.source)?.kind === 'project') return r.source;
  }
  if (d.network) {
    const n = ds.networks?.find((x) => x.id === d.network);
    const p = n?.projects.find((id) => ds.byId.has(id));
    if (p) return p;
  }
  return null;
}

/** Every document of the dataset as a list entry, in dataset order. */
export function documentEntries(ds: Dataset): DocumentEntry[] {
  // Only the relations documents name (a few dozen), not an index of every relation: this
  // runs whenever the dataset changes, and an imported one may have 100,000 relations.
  const named = new Set<string>();
  for (const d of ds.documents) if (d.relation) named.add(d.relation);
  const relById = new Map<string, Relation>();
  if (named.size > 0)
    for (const r of ds.relations) if (named.has(r.id) && !relById.has(r.id)) relById.set(r.id, r);
  return ds.documents.map((d) => {
    const projectId = documentProject(ds, d, relById);
    const rel = d.relation ? relById.get(d.relation) : undefined;
    const other = rel ? ds.byId.get(rel.target === projectId ? rel.source : rel.target) : undefined;
    const parties = [
      projectId ? (ds.byId.get(projectId)?.name ?? projectId) : d.by,
      other && other.id !== projectId ? other.name : d.with,
    ].filter((x): x is string => !!x);
    const emphasis = [projectId, rel?.id, other?.id].filter((x): x is string => !!x);
    return {
      record: d,
      kind: d.kind,
      projectId,
      parties: [...new Set(parties)],
      year: documentYear(d),
      links: webSources(d.sources),
      provenance: provenanceOf(d.sources),
      emphasis: [...new Set(emphasis)],
    };
  });
}

/**
 * Words a search should accept for each kind, beyond its German and English label:
 * generic terms a clerk types ("Vertrag", "Vorlage", "Muster") and their English forms.
 */
const KIND_TERMS: Readonly<Record<DocumentKind, readonly string[]>> = {
  Weiterleitungsvertrag: ['Vertrag', 'Weiterleitung', 'Zuwendung', 'contract'],
  Kooperationsvertrag: ['Vertrag', 'Kooperation', 'contract'],
  Kooperationsvereinbarung: ['Vereinbarung', 'Vertrag', 'Kooperation', 'agreement'],
  Beitrittserklärung: ['Beitritt', 'Erklärung', 'accession'],
  Geschäftsordnung: ['Ordnung', 'Satzung', 'rules'],
  Gesellschaftsvertrag: ['Vertrag', 'Satzung', 'Gesellschaft', 'contract'],
  Absichtserklärung: ['Letter of Intent', 'LOI', 'Erklärung', 'intent'],
  Mustervertrag: [
    'Muster',
    'Vorlage',
    'Mustervorlage',
    'Vertragsvorlage',
    'Vertrag',
    'template',
    'model contract',
  ],
  Publikation: ['Leitfaden', 'Dossier', 'Handreichung', 'publication', 'guide'],
};

/** Search terms of one document: its kind (both languages and common words), parties and author. */
export function documentSearchTerms(entry: DocumentEntry): string[] {
  const d = entry.record;
  const label = DOCUMENT_KIND_LABELS[d.kind];
  return [
    ...new Set([
      label.de,
      label.en,
      ...KIND_TERMS[d.kind],
      ...entry.parties,
      ...(d.by ? [d.by] : []),
      ...(d.with ? [d.with] : []),
    ]),
  ];
}

/** Documents per kind, in vocabulary order, only kinds that occur. */
export function documentKindCounts(entries: readonly DocumentEntry[]): [DocumentKind, number][] {
  const counts = new Map<DocumentKind, number>();
  for (const e of entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return DOCUMENT_KINDS.filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!]);
}
