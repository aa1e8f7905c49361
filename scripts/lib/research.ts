/**
 * `data/source/research.json`: the second research pass (shared solutions between projects,
 * further partners and documents, portrait links), read and checked with the app's schemas,
 * and turned into records for the data build (`scripts/build-data.ts`).
 *
 * Every entry names the pages it was read from; this module only reshapes it.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import {
  CheckedSchema,
  IdSchema,
  SolutionSchema,
  SourceSchema,
  UrlSchema,
} from '../../src/lib/data/schemas';
import type { Relation, Solution } from '../../src/lib/data/types';
import { ACTOR_TYPES, DOCUMENT_KINDS } from '../../src/lib/data/vocab';

const NonEmptySources = v.pipe(v.array(SourceSchema), v.minLength(1, 'at least one source'));

const ResearchSchema = v.object({
  $comment: v.optional(v.string()),
  /** When the pages were read. */
  checked: CheckedSchema,
  /** Project id → its portrait on smart-city-dialog.de, as found in a stored public page. */
  portraits: v.record(IdSchema, UrlSchema),
  partners: v.array(
    v.object({
      project: IdSchema,
      /** Actor id: an entry of ORGS or RESEARCH_ORGS in `scripts/lib/places.ts`. */
      org: IdSchema,
      name: v.optional(v.string()),
      type: v.optional(v.picklist(ACTOR_TYPES)),
      role: v.string(),
      sources: NonEmptySources,
    }),
  ),
  documents: v.array(
    v.object({
      project: v.optional(IdSchema),
      solution: v.optional(IdSchema),
      title: v.string(),
      kind: v.picklist(DOCUMENT_KINDS),
      with: v.optional(v.string()),
      year: v.optional(v.pipe(v.number(), v.integer())),
      alsoKnownAs: v.optional(IdSchema),
      notes: v.optional(v.string()),
      sources: NonEmptySources,
    }),
  ),
  solutions: v.array(v.omit(SolutionSchema, ['checked'])),
});

export type Research = v.InferOutput<typeof ResearchSchema>;
export type ResearchDocument = Research['documents'][number];

/**
 * Read and check `research.json`.
 * @throws Error naming the file, the record and the field when the file does not fit.
 */
export function readResearch(path: string): Research {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const r = v.safeParse(ResearchSchema, raw);
  if (!r.success) {
    const i = r.issues[0];
    throw new Error(`${path}: ${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
  }
  return r.output;
}

/** The solution records for `data/solutions.json`, each stamped with the check date. */
export function solutionRecords(research: Research): Solution[] {
  return research.solutions.map((s) => ({ ...s, checked: research.checked }));
}

/**
 * Project–project edges that draw a solution on the map and in the network: each adopter
 * is linked to the project it took the solution over from; every other project to the
 * lead (or the first-listed developer). Sources are those of both ends.
 */
export function solutionEdges(solutions: readonly Solution[]): Relation[] {
  const edges: Relation[] = [];
  for (const s of solutions) {
    const hub = s.projects.find((p) => p.lead) ?? s.projects.find((p) => p.role === 'develops');
    const sourcesOf = new Map(s.projects.map((p) => [p.project, p.sources]));
    for (const p of s.projects) {
      const from = p.from ?? hub?.project;
      if (!from || from === p.project) continue;
      const sources = [...new Set([...(sourcesOf.get(from) ?? []), ...p.sources])];
      edges.push({
        id: `solution:${s.id}:${from}:${p.project}`,
        source: from,
        target: p.project,
        kind: 'solution',
        role: s.name,
        solution: s.id,
        sources,
        ...(s.checked ? { checked: s.checked } : {}),
      });
    }
  }
  return edges;
}

/** Networks whose edges a solution replaces (the same community, drawn once). */
export function networksDrawnAsSolutions(solutions: readonly Solution[]): Set<string> {
  return new Set(solutions.flatMap((s) => (s.network ? [s.network] : [])));
}
