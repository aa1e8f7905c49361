/** Rows for the list view, computed from the dataset and the visible set (pure). */
import type { Dataset, DatasetNode } from '../data/dataset';
import type { Visible } from '../state/filters';
import { projectReach } from '../geo/reach';

export interface ProjectRow {
  id: string;
  name: string;
  staffel: number;
  category: string;
  land: string;
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
        .filter((r) => r.kind !== 'network' && visible.relations.has(r.id))
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

/** Stable sort by one column; names compare with German collation. */
export function sortRows<R extends object>(rows: readonly R[], key: keyof R, dir: SortDir): R[] {
  const collator = new Intl.Collator('de', { numeric: true });
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((r, i) => [r, i] as const)
    .sort(([a, ia], [b, ib]) => {
      const x = a[key];
      const y = b[key];
      const c =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x ?? ''), String(y ?? ''));
      return c * sign || ia - ib;
    })
    .map(([r]) => r);
}
