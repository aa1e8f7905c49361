/**
 * Nodes that no place was found for, but that are connected to placed nodes — a project node
 * of a Gephi network whose members are towns, a consortium named only by its title — are shown
 * amid their connections (the mean of their placed neighbours), flagged
 * `located: 'connections'`, and listed with a note instead of being left out. Pure.
 */
import { normalizePlaceName } from '../../geo/gazetteer';
import { issue, quote, type ImportIssue, type SourceRef } from '../issues';
import type { Located } from '../locate';
import type { EdgeRecord, NodeRecord } from '../records';
import { append, toId } from './nodes';
import type { Positioned } from './positions';

/** The words a record may be referred to by: its id as written, kebab-cased, and its name. */
function keysOf(rec: NodeRecord): string[] {
  const out: string[] = [];
  if (rec.id) out.push(`id:${rec.id}`, `id:${toId(rec.id)}`);
  if (rec.name) out.push(`name:${normalizePlaceName(rec.name)}`);
  return out;
}
const refKeys = (ref: string) => [
  `id:${ref}`,
  `id:${toId(ref)}`,
  `name:${normalizePlaceName(ref)}`,
];

export function placeByConnections(
  nodes: readonly NodeRecord[],
  edges: readonly EdgeRecord[],
  located: Located,
  positions: readonly Positioned[],
): { positions: Positioned[]; placed: SourceRef[]; issues: ImportIssue[] } {
  const floating = nodes
    .map((rec, i) => i)
    .filter(
      (i) => !positions[i].pos && located.locs[i].s === 'none' && !nodes[i].pair && nodes[i].name,
    );
  if (floating.length === 0) return { positions: [...positions], placed: [], issues: [] };
  const byKey = new Map<string, number>();
  nodes.forEach((rec, i) => {
    for (const k of keysOf(rec)) if (!byKey.has(k)) byKey.set(k, i);
  });
  const find = (ref: string | undefined) => {
    if (!ref) return undefined;
    for (const k of refKeys(ref)) if (byKey.has(k)) return byKey.get(k);
    return undefined;
  };
  const neighbours = new Map<number, number[]>();
  const link = (a: number | undefined, b: number | undefined) => {
    if (a === undefined || b === undefined || a === b) return;
    append(neighbours, a, b);
    append(neighbours, b, a);
  };
  for (const e of edges) link(find(e.source), find(e.target));
  nodes.forEach((rec, i) => {
    link(i, find(rec.project));
    for (const l of rec.linked ?? []) link(i, find(l));
  });

  const out = [...positions];
  const placed: SourceRef[] = [];
  const issues: ImportIssue[] = [];
  for (const i of floating) {
    const at = (neighbours.get(i) ?? [])
      .map((j) => positions[j].pos)
      .filter((p): p is [number, number] => p !== null);
    if (at.length === 0) continue;
    const mean: [number, number] = [
      Math.round((at.reduce((s, p) => s + p[0], 0) / at.length) * 1e6) / 1e6,
      Math.round((at.reduce((s, p) => s + p[1], 0) / at.length) * 1e6) / 1e6,
    ];
    out[i] = { pos: mean, connections: true };
    placed.push(nodes[i].ref);
    issues.push(
      issue(
        'geocode-none',
        nodes[i].ref,
        nodes[i].headers?.name ?? `${nodes[i].fieldPrefix}name`,
        {
          key: 'issue.locate.byConnections',
          params: { name: quote(nodes[i].name), count: at.length },
        },
        { key: 'hint.locate.byConnections' },
        'warning',
      ),
    );
  }
  return { positions: out, placed, issues };
}
