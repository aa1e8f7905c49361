import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  EDGE_KIND_CODES,
  egoNetwork,
  neighbours,
  type GraphInput,
} from '../../../src/lib/graph/model';
import { shippedDataset } from '../helpers/dataset';

interface RawRelation {
  source: string;
  target: string;
}

describe('buildGraph from the real dataset', () => {
  const ds = shippedDataset();
  const g = buildGraph(ds);
  // What the files imply, counted from the raw JSON rather than through the model.
  const projects = JSON.parse(readFileSync('data/projects.geojson', 'utf8')).features.length;
  const actors = JSON.parse(readFileSync('data/actors.geojson', 'utf8')).features.length;
  const relations: RawRelation[] = JSON.parse(readFileSync('data/relations.json', 'utf8'));

  it('has one node per project and actor', () => {
    expect(g.n).toBe(projects + actors);
    expect(new Set(g.ids).size).toBe(g.n);
  });

  it('has one edge per relation between two different known nodes', () => {
    const known = new Set(g.ids);
    const implied = relations.filter(
      (r) => known.has(r.source) && known.has(r.target) && r.source !== r.target,
    ).length;
    expect(g.edgeSource.length).toBe(implied);
    expect(implied).toBeGreaterThan(0);
  });

  it('has no dangling edges', () => {
    for (let e = 0; e < g.edgeSource.length; e++) {
      expect(g.edgeSource[e]).toBeLessThan(g.n);
      expect(g.edgeTarget[e]).toBeLessThan(g.n);
      expect(g.edgeSource[e]).not.toBe(g.edgeTarget[e]);
    }
  });

  it('degrees add up to twice the edge count and match the adjacency', () => {
    const sum = g.degree.reduce((s, d) => s + d, 0);
    expect(sum).toBe(2 * g.edgeSource.length);
    for (let i = 0; i < g.n; i++) expect(neighbours(g, i).length).toBe(g.degree[i]);
  });

  it('marks document-bearing relations', () => {
    const documented = g.edgeIds.filter((id, e) => g.edgeDocumented[e] === 1);
    expect(new Set(documented)).toEqual(
      new Set(g.edgeIds.filter((id) => ds.documentedRelations.has(id))),
    );
  });

  it('classifies every project as project and every member target as member', () => {
    const bamberg = g.index.get('bamberg')!;
    expect(g.kind[bamberg]).toBe(0);
    const member = relations.find((r) => (r as { kind?: string }).kind === 'member')!;
    expect(g.kind[g.index.get(member.target)!]).toBe(1);
    expect(g.kind[g.index.get('org-universitaet-bamberg')!]).toBe(2);
  });

  it('links projects through a shared solution, drawn as a network edge (issue 19)', () => {
    const id = 'solution:udp-paderborn:paderborn:moenchengladbach';
    const e = g.edgeIds.indexOf(id);
    expect(e).toBeGreaterThanOrEqual(0);
    expect(g.ids[g.edgeSource[e]]).toBe('paderborn');
    expect(g.ids[g.edgeTarget[e]]).toBe('moenchengladbach');
    expect(EDGE_KIND_CODES[g.edgeKind[e]]).toBe('network');
    const mg = g.index.get('moenchengladbach')!;
    expect(Array.from(neighbours(g, g.index.get('paderborn')!))).toContain(mg);
  });
});

describe('buildGraph from a plain input', () => {
  const input: GraphInput = {
    nodes: [
      { id: 'p', type: 'Großstadt', kind: 'project', coordinates: [10, 50] },
      { id: 'a', type: 'Kommune', kind: 'member' },
      { id: 'b', type: 'Hochschule', kind: 'partner' },
      { id: 'lonely', type: 'Verein', kind: 'partner' },
      { id: 'a', type: 'Verein', kind: 'partner' },
    ],
    edges: [
      { source: 'p', target: 'a', kind: 'member' },
      { source: 'p', target: 'b', kind: 'partner', documented: true },
      { source: 'p', target: 'ghost', kind: 'partner' },
      { source: 'p', target: 'p', kind: 'network' },
    ],
  };

  it.each([
    ['nodes (duplicate id kept once)', (g: ReturnType<typeof buildGraph>) => g.n, 4],
    [
      'edges (unknown end and self-loop dropped)',
      (g: ReturnType<typeof buildGraph>) => g.edgeSource.length,
      2,
    ],
    [
      'isolated node degree',
      (g: ReturnType<typeof buildGraph>) => g.degree[g.index.get('lonely')!],
      0,
    ],
    ['project degree', (g: ReturnType<typeof buildGraph>) => g.degree[g.index.get('p')!], 2],
    ['max degree', (g: ReturnType<typeof buildGraph>) => g.maxDegree, 2],
    [
      'documented edges',
      (g: ReturnType<typeof buildGraph>) => g.edgeDocumented.reduce((s, d) => s + d, 0),
      1,
    ],
  ])('%s', (_name, read, expected) => {
    expect(read(buildGraph(input))).toBe(expected);
  });

  it('keeps missing coordinates as NaN', () => {
    const g = buildGraph(input);
    expect(g.lon[g.index.get('p')!]).toBe(10);
    expect(Number.isNaN(g.lon[g.index.get('a')!])).toBe(true);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(input);
    buildGraph(input);
    expect(input).toEqual(copy);
  });

  it('builds an empty graph', () => {
    const g = buildGraph({ nodes: [], edges: [] });
    expect([g.n, g.edgeSource.length, g.maxDegree]).toEqual([0, 0, 0]);
  });
});

describe('egoNetwork', () => {
  // a – b – c – d, plus e alone
  const g = buildGraph({
    nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => ({
      id,
      type: 'Kommune',
      kind: 'member' as const,
    })),
    edges: [
      { source: 'a', target: 'b', kind: 'member' },
      { source: 'b', target: 'c', kind: 'member' },
      { source: 'c', target: 'd', kind: 'member' },
    ],
  });
  const ids = (s: Set<number>): string[] => [...s].map((i) => g.ids[i]).sort();
  it.each([
    [0, ['b']],
    [1, ['a', 'b', 'c']],
    [2, ['a', 'b', 'c', 'd']],
  ])('%i hops around b', (hops, expected) => {
    expect(ids(egoNetwork(g, g.index.get('b')!, hops))).toEqual(expected);
  });
  it('an isolated node is its own ego network', () => {
    expect(ids(egoNetwork(g, g.index.get('e')!, 2))).toEqual(['e']);
  });
});
