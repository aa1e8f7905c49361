/**
 * Look-alike names: two imported nodes whose names differ but look the same („Bamberg“ with a
 * Latin B and „Вamberg“ with a Cyrillic В) are flagged with a warning on the later one. Both
 * are kept: the difference may be meant, but the user should see it. Names are compared by
 * their confusable skeleton (Unicode TS #39 §4: NFD, map every character to its prototype,
 * NFD), through unhomoglyph, which ships Unicode's confusables.txt (the same approach
 * Matrix clients use to flag look-alike display names).
 *
 * @see https://www.unicode.org/reports/tr39/#Confusable_Detection
 * @see https://github.com/nodeca/unhomoglyph
 */
import unhomoglyph from 'unhomoglyph';
import { issue, quote, type ImportIssue, type SourceRef } from './issues';
import { describeCodePoint } from './text';

/** The UTS #39 skeleton of a string: equal skeletons look alike. */
export function skeleton(s: string): string {
  return unhomoglyph(s.normalize('NFD')).normalize('NFD');
}

/** The first character of `a` that differs from `b` (by code point), described. */
function firstDifference(a: string, b: string): string | undefined {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < ca.length; i++)
    if (ca[i] !== cb[i]) return `${describeCodePoint(ca[i].codePointAt(0)!)} „${ca[i]}“`;
  return undefined;
}

/**
 * Warnings for names that look like an earlier, different name.
 * @param nodes imported names with where each came from, in import order
 */
export function lookalikeIssues(nodes: readonly { name: string; ref: SourceRef }[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  // skeleton → the first node of each distinct spelling with that skeleton
  const seen = new Map<string, Map<string, SourceRef>>();
  for (const { name, ref } of nodes) {
    const key = skeleton(name);
    let spellings = seen.get(key);
    if (!spellings) {
      spellings = new Map();
      seen.set(key, spellings);
    }
    if (spellings.has(name)) continue;
    const [first] = spellings;
    spellings.set(name, ref);
    if (!first) continue;
    const [other, otherRef] = first;
    const diff = firstDifference(name, other);
    const params = {
      name: quote(name),
      other: quote(other),
      file: otherRef.file,
      diff: diff ? ` (${diff})` : '',
    };
    issues.push(
      issue(
        'lookalike',
        ref,
        'name',
        otherRef.row !== undefined
          ? { key: 'issue.lookalike.row', params: { ...params, row: otherRef.row } }
          : {
              key: 'issue.lookalike.feature',
              params: { ...params, feature: otherRef.feature ?? '' },
            },
        { key: 'hint.lookalike' },
        'warning',
      ),
    );
  }
  return issues;
}
