/**
 * Forgiving search over projects, municipalities, districts, partners, documents and shared
 * solutions.
 *
 * Ranking, best first (score in brackets):
 *  exact name or alias [100] > name starts with query [80] > a word starts with
 *  the query [65] > acronym of the name equals the query [60] > substring [50] >
 *  every query word found as a word prefix [45] > typo within tolerance
 *  [30 − 5·distance]. Ties: projects before actors, then shorter names, then
 *  alphabetical. Tolerance: 1 edit for words up to 5 letters, 2 beyond.
 *  Documents are searchable by title and by their aliases (kind, parties, common words
 *  such as "Vertrag" or "Vorlage"), so "Muster" finds the model contract by a word prefix
 *  [65–80] well above "Münster", which it only reaches as a typo [25].
 */
import { min } from 'd3';
import type { Dataset } from '../data/dataset';
import { editDistance, fold } from './normalize';

/** Search ids of shared solutions carry this prefix (they are not nodes). */
export const SOLUTION_PREFIX = 'solution:';

export interface Searchable {
  id: string;
  name: string;
  altNames: readonly string[];
  /** On ties projects rank above actors, actors above documents, documents above solutions. */
  kind: 'project' | 'actor' | 'document' | 'solution';
}

export interface Hit {
  id: string;
  kind: Searchable['kind'];
  name: string;
  /** The name or alias that matched (for display when an alias matched). */
  matched: string;
  score: number;
}

interface Entry {
  item: Searchable;
  keys: { text: string; folded: string; words: string[]; acronym: string }[];
}

export interface SearchIndex {
  entries: Entry[];
}

function acronym(folded: string, original: string): string {
  // Initials of words and of capitalised parts ("Ostwestfalen-Lippe" → "ol").
  const parts = original.split(/[\s\-/]+/).filter(Boolean);
  return fold(parts.map((p) => p[0]).join(''));
}

export function buildSearchIndex(items: readonly Searchable[]): SearchIndex {
  return {
    entries: items.map((item) => ({
      item,
      keys: [item.name, ...item.altNames].map((text) => {
        const folded = fold(text);
        return { text, folded, words: folded.split(' '), acronym: acronym(folded, text) };
      }),
    })),
  };
}

const tolerance = (len: number) => (len <= 3 ? 0 : len <= 5 ? 1 : 2);

function scoreKey(q: string, qWords: string[], key: Entry['keys'][number]): number {
  const { folded, words } = key;
  if (!q) return 0;
  if (folded === q) return 100;
  if (folded.startsWith(q)) return 80;
  if (words.some((w) => w.startsWith(q))) return 65;
  if (q.length >= 2 && key.acronym === q.replace(/ /g, '')) return 60;
  if (folded.includes(q)) return 50;
  if (qWords.length > 1 && qWords.every((qw) => words.some((w) => w.startsWith(qw)))) return 45;
  // Typo tolerance, word by word and on the whole string.
  let best = Infinity;
  for (const qw of qWords) {
    const t = tolerance(qw.length);
    if (t === 0) continue;
    for (const w of words) {
      const d = Math.min(editDistance(qw, w, t), editDistance(qw, w.slice(0, qw.length), t));
      if (d <= t) best = Math.min(best, d);
    }
  }
  const whole = editDistance(q, folded, tolerance(q.length));
  if (whole <= tolerance(q.length)) best = Math.min(best, whole);
  return Number.isFinite(best) ? 30 - 5 * best : 0;
}

const KIND_RANK: Record<Searchable['kind'], number> = {
  project: 0,
  actor: 1,
  document: 2,
  solution: 3,
};

export function search(index: SearchIndex, query: string, limit = 10): Hit[] {
  const q = fold(query);
  if (!q) return [];
  const qWords = q.split(' ');
  const hits: Hit[] = [];
  for (const { item, keys } of index.entries) {
    let best = 0;
    let matched = item.name;
    for (const key of keys) {
      const s = scoreKey(q, qWords, key);
      if (s > best) {
        best = s;
        matched = key.text;
      }
    }
    if (best > 0)
      hits.push({ id: item.id, name: item.name, matched, score: best, kind: item.kind });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      a.name.length - b.name.length ||
      a.name.localeCompare(b.name, 'de'),
  );
  return hits.slice(0, limit);
}

/** When nothing matches: the closest names by edit distance, for "Meinten Sie …?". */
export function suggest(index: SearchIndex, query: string, limit = 3): string[] {
  const q = fold(query);
  if (!q) return [];
  return index.entries
    .map(({ item, keys }) => ({
      name: item.name,
      d:
        min(
          keys.flatMap((k) => [
            editDistance(q, k.folded),
            ...k.words.map((w) => editDistance(q, w) + 0.5),
          ]),
        ) ?? Infinity,
    }))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name, 'de'))
    .slice(0, limit)
    .map((s) => s.name);
}

/**
 * Shared solutions as search entries (id `solution:<id>`), found by their name and kind.
 * Choosing one selects its lead project ({@link solutionTarget}), whose details list it.
 */
export function solutionSearchItems(ds: Dataset): Searchable[] {
  return ds.solutions.map((s) => ({
    id: `${SOLUTION_PREFIX}${s.id}`,
    name: s.name,
    altNames: [s.kind],
    kind: 'solution',
  }));
}

/** The node to select for a search hit: the hit itself, or a solution's lead project. */
export function solutionTarget(ds: Dataset, hitId: string): string {
  if (!hitId.startsWith(SOLUTION_PREFIX)) return hitId;
  const s = ds.solutions.find((x) => `${SOLUTION_PREFIX}${x.id}` === hitId);
  const lead = s?.projects.find((p) => p.lead) ?? s?.projects[0];
  return lead?.project ?? hitId;
}
