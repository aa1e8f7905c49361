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
}

export function projectRows(ds: Dataset, visible: Visible): ProjectRow[] {
  const rows: ProjectRow[] = [];
  for (const n of ds.nodes) {
    if (n.kind !== 'project' || !visible.projects.has(n.id)) continue;
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
  const rows: ActorRow[] = [];
  for (const n of ds.nodes) {
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

/** Stable sort by one column; names compare with German collation (through {@link sortKey}). */
export function sortRows<R extends object>(rows: readonly R[], key: keyof R, dir: SortDir): R[] {
  const collator = new Intl.Collator('de', { numeric: true });
  const sign = dir === 'asc' ? 1 : -1;
  const keyed = rows.map((r, i) => {
    const x = r[key];
    return {
      r,
      i,
      n: typeof x === 'number' ? x : NaN,
      s: typeof x === 'number' ? '' : sortKey(String(x ?? '')),
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
