/**
 * Shared partners: actors that work with more than one model project („which projects work
 * with the same university or agency?“). Ranked by the number of projects, then by name.
 * By default only partner relations count; `includeMembers` also counts membership (a
 * district that is a member of two projects). Pure; no input is mutated.
 */
import type { Dataset } from '../data/dataset';

export interface SharedPartner {
  id: string;
  name: string;
  type: string;
  /** Project ids, sorted by project name. */
  projects: string[];
}

export interface SharedOptions {
  /** Count member relations too (default false). */
  includeMembers?: boolean;
  /** Minimum number of projects (default 2). */
  minProjects?: number;
}

export function sharedPartners(ds: Dataset, options: SharedOptions = {}): SharedPartner[] {
  const { includeMembers = false, minProjects = 2 } = options;
  const collator = new Intl.Collator('de');
  const byActor = new Map<string, Set<string>>();
  for (const r of ds.relations) {
    if (r.kind !== 'partner' && !(includeMembers && r.kind === 'member')) continue;
    const set = byActor.get(r.target) ?? new Set<string>();
    set.add(r.source);
    byActor.set(r.target, set);
  }
  const nameOf = (id: string) => ds.byId.get(id)?.name ?? id;
  const out: SharedPartner[] = [];
  for (const [id, set] of byActor) {
    if (set.size < minProjects) continue;
    const a = ds.byId.get(id);
    if (!a) continue;
    out.push({
      id,
      name: a.name,
      type: a.type,
      projects: [...set].sort((x, y) => collator.compare(nameOf(x), nameOf(y))),
    });
  }
  return out.sort(
    (a, b) => b.projects.length - a.projects.length || collator.compare(a.name, b.name),
  );
}

export interface SharingProject {
  id: string;
  name: string;
  /** The partners both projects work with, as actor ids sorted by name. */
  via: string[];
}

/**
 * "Teilt Partner mit": the other projects that work with at least one of the same partners
 * as `projectId`, most shared partners first, then by name. Only partner relations count.
 */
export function projectsSharingPartners(ds: Dataset, projectId: string): SharingProject[] {
  const collator = new Intl.Collator('de');
  const nameOf = (id: string) => ds.byId.get(id)?.name ?? id;
  const mine = (ds.relationsOf.get(projectId) ?? [])
    .filter((r) => r.kind === 'partner' && r.source === projectId)
    .map((r) => r.target);
  const via = new Map<string, Set<string>>();
  for (const partner of mine) {
    for (const r of ds.relationsOf.get(partner) ?? []) {
      if (r.kind !== 'partner' || r.target !== partner || r.source === projectId) continue;
      const set = via.get(r.source) ?? new Set<string>();
      set.add(partner);
      via.set(r.source, set);
    }
  }
  return [...via]
    .map(([id, set]) => ({
      id,
      name: nameOf(id),
      via: [...set].sort((a, b) => collator.compare(nameOf(a), nameOf(b))),
    }))
    .sort((a, b) => b.via.length - a.via.length || collator.compare(a.name, b.name));
}
