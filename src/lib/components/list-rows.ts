/** Rows for the list view, computed from the dataset and the visible set (pure). */
import type { Dataset, DatasetNode } from '../data/dataset';
import type { Visible } from '../state/filters';
import { projectReach } from '../geo/reach';

export interface ProjectRow {
  id: string;
  name: string;
  /** Call year; absent for a programme without one. */
  staffel?: number;
  category?: string;
  land?: string;
  members: number;
  partners: number;
  documents: number;
  /** Median distance (km) to placed members and partners; null without any. */
  reachKm: number | null;
}

export interface ActorRow {
  id: string;
  name: string;
  type: string;
  land: string;
  projects: number;
  /** Folded keys of text columns, computed with the row ({@link sortKey}; see {@link sortRows}). */
  sortKeys?: { name: string };
}

/** Rows between two pauses of the row generators. */
const ROW_CHUNK = 2000;

/** Drives a row generator to its end on this thread. */
function drive<T>(steps: Generator<void, T, void>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

export function projectRows(ds: Dataset, visible: Visible): ProjectRow[] {
  return drive(projectRowSteps(ds, visible));
}

/**
 * {@link projectRows} as a generator that pauses after each project's reach and every
 * {@link ROW_CHUNK} nodes (for `runSliced`).
 */
export function* projectRowSteps(ds: Dataset, visible: Visible): Generator<void, ProjectRow[]> {
  const rows: ProjectRow[] = [];
  let step = 0;
  for (const n of ds.nodes) {
    if (++step % ROW_CHUNK === 0) yield;
    if (n.kind !== 'project' || !visible.projects.has(n.id)) continue;
    yield;
    const rels = ds.relationsOf.get(n.id) ?? [];
    rows.push({
      id: n.id,
      name: n.name,
      staffel: n.project!.staffel,
      category: n.project!.category,
      land: n.project!.bundesland,
      members: rels.filter((r) => r.kind === 'member' && r.source === n.id).length,
      partners: rels.filter((r) => r.kind === 'partner' && r.source === n.id).length,
      documents: ds.documentsOfProject.get(n.id)?.length ?? 0,
      reachKm: projectReach(ds, n.id)?.medianKm ?? null,
    });
  }
  return rows;
}

/**
 * Actor rows; `landOf` gives a node's Land where the data names none (see
 * `AppState.landOf`); without it the Land is only what the data names.
 */
export function actorRows(
  ds: Dataset,
  visible: Visible,
  landOf: (n: DatasetNode) => string | undefined = (n) => n.land,
): ActorRow[] {
  return drive(actorRowSteps(ds, visible, landOf));
}

/** {@link actorRows} as a generator that pauses every {@link ROW_CHUNK} nodes (for `runSliced`). */
export function* actorRowSteps(
  ds: Dataset,
  visible: Visible,
  landOf: (n: DatasetNode) => string | undefined = (n) => n.land,
): Generator<void, ActorRow[]> {
  const rows: ActorRow[] = [];
  let step = 0;
  for (const n of ds.nodes) {
    if (++step % ROW_CHUNK === 0) yield;
    if (n.kind !== 'actor' || !visible.nodes.has(n.id)) continue;
    const projects = new Set(
      (ds.relationsOf.get(n.id) ?? [])
        .filter((r) => r.kind !== 'network' && r.kind !== 'solution' && visible.relations.has(r.id))
        .map((r) => r.source),
    );
    rows.push({
      id: n.id,
      name: n.name,
      type: n.type,
      land: landOf(n) ?? '',
      projects: projects.size,
      sortKeys: { name: sortKey(n.name) },
    });
  }
  return rows;
}

export type SortDir = 'asc' | 'desc';

/**
 * A sort key for German text that compares with plain `<` like `Intl.Collator('de',
 * { numeric: true })` in all but rare cases: case and accents folded (ä → a, ß → ss), digit
 * runs zero-padded so „Akteur 9“ comes before „Akteur 10“. Computed once per row, it sorts
 * 100,000 rows in tens of milliseconds, where the collator took over a second.
 */
export function sortKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\d+/g, (d) => d.padStart(12, '0'));
}

/**
 * Stable sort by one column; a row's precomputed `sortKeys[column]` is used where present.
 * Names compare with German collation (through {@link sortKey}). */
export function sortRows<R extends object>(rows: readonly R[], key: keyof R, dir: SortDir): R[] {
  const collator = new Intl.Collator('de', { numeric: true });
  const sign = dir === 'asc' ? 1 : -1;
  const keyed = rows.map((r, i) => {
    const x = r[key];
    const pre = (r as { sortKeys?: Record<string, string> }).sortKeys?.[key as string];
    return {
      r,
      i,
      n: typeof x === 'number' ? x : NaN,
      s: typeof x === 'number' ? '' : (pre ?? sortKey(String(x ?? ''))),
    };
  });
  return keyed
    .sort((a, b) => {
      let c: number;
      if (!Number.isNaN(a.n) && !Number.isNaN(b.n)) c = a.n - b.n;
      else if (a.s !== b.s) c = a.s < b.s ? -1 : 1;
      // Same key (differs only in case or accents): the collator decides.
      else c = collator.compare(String(a.r[key] ?? ''), String(b.r[key] ?? ''));
      return c * sign || a.i - b.i;
    })
    .map((k) => k.r);
}
