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
