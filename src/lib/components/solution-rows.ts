/**
 * What the details panel says about the shared solutions of a project: the project's own
 * part ("nutzt die Lösung von Paderborn") and the other projects' parts, phrased from the
 * selected project's point of view. Pure; no DOM.
 */
import type { Dataset } from '../data/dataset';
import type { Solution } from '../data/types';
import type { SolutionRole } from '../data/vocab';
import type { MessageKey } from '../i18n/messages';

/** One project's part in a solution, with names resolved. */
export interface SolutionPart {
  id: string;
  name: string;
  role: SolutionRole;
  lead: boolean;
  /** For `adopts`: the project it took the solution over from. */
  from?: { id: string; name: string };
  year?: number;
  sources: readonly string[];
}

/** A solution as seen from one project. */
export interface SolutionRow {
  solution: Solution;
  own: SolutionPart;
  /** The other projects: those that took it over from this project first, then by name. */
  others: SolutionPart[];
}

/** A message and its parameters. */
export interface Phrase {
  key: MessageKey;
  params: Record<string, string>;
}

function part(ds: Dataset, p: Solution['projects'][number]): SolutionPart {
  const name = (id: string) => ds.byId.get(id)?.name ?? id;
  return {
    id: p.project,
    name: name(p.project),
    role: p.role,
    lead: p.lead === true,
    ...(p.from ? { from: { id: p.from, name: name(p.from) } } : {}),
    ...(p.year !== undefined ? { year: p.year } : {}),
    sources: p.sources,
  };
}

/**
 * The solutions a project takes part in, sorted by name.
 * @param lang collation of the names
 */
export function solutionRows(ds: Dataset, projectId: string, lang = 'de'): SolutionRow[] {
  const collator = new Intl.Collator(lang);
  return (ds.solutionsOfProject.get(projectId) ?? [])
    .map((solution) => {
      const own = solution.projects.find((p) => p.project === projectId)!;
      const others = solution.projects
        .filter((p) => p.project !== projectId)
        .map((p) => part(ds, p))
        .sort(
          (a, b) =>
            Number(b.from?.id === projectId) - Number(a.from?.id === projectId) ||
            collator.compare(a.name, b.name),
        );
      return { solution, own: part(ds, own), others };
    })
    .sort((a, b) => collator.compare(a.solution.name, b.solution.name));
}

/** The role of a part as a phrase: `own` for the selected project, `other` for the rest. */
export function rolePhrase(p: SolutionPart, perspective: 'own' | 'other'): Phrase {
  const base = `solutions.${perspective}` as const;
  if (p.role === 'adopts')
    return p.from
      ? { key: `${base}.adopts`, params: { from: p.from.name } }
      : { key: `${base}.adoptsAny`, params: {} };
  if (p.role === 'pilots') return { key: `${base}.pilots`, params: {} };
  return { key: p.lead ? `${base}.lead` : `${base}.develops`, params: {} };
}
