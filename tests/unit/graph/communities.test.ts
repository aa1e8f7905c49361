import { describe, expect, it } from 'vitest';
import {
  communityInput,
  compareWithLaender,
  detectCommunities,
  nmi,
  type CommunityInput,
} from '../../../src/lib/graph/communities';
import { smallDataset } from '../geo/analysis-dataset';

/** Two 4-cliques joined by one bridge edge; the first in BY, the second in NW. */
function twoCliques(): CommunityInput {
  const nodes = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'].map((id) => ({
    id,
    land: id.startsWith('a') ? 'DE-BY' : 'DE-NW',
  }));
  const edges: { source: string; target: string }[] = [];
  for (const g of ['a', 'b'])
    for (let i = 1; i <= 4; i++)
      for (let j = i + 1; j <= 4; j++) edges.push({ source: `${g}${i}`, target: `${g}${j}` });
  edges.push({ source: 'a1', target: 'b1' });
  return { nodes, edges };
}

describe('detectCommunities (Louvain, seeded)', () => {
  it('finds the two cliques', () => {
    const r = detectCommunities(twoCliques());
    expect(r.count).toBe(2);
    expect(r.members).toEqual([
      ['a1', 'a2', 'a3', 'a4'],
      ['b1', 'b2', 'b3', 'b4'],
    ]);
    expect(r.modularity).toBeGreaterThan(0.3);
  });

  it('is deterministic for a seed', () => {
    const input = communityInput(smallDataset());
    const a = detectCommunities(input, { seed: 7 });
    const b = detectCommunities(input, { seed: 7 });
    expect([...a.membership]).toEqual([...b.membership]);
  });

  it('numbers communities by size', () => {
    const r = detectCommunities(communityInput(smallDataset()));
    for (let i = 1; i < r.members.length; i++)
      expect(r.members[i - 1].length).toBeGreaterThanOrEqual(r.members[i].length);
    expect(r.membership.size).toBe(smallDataset().nodes.length);
  });

  it('handles no nodes and no edges', () => {
    expect(detectCommunities({ nodes: [], edges: [] }).count).toBe(0);
    const r = detectCommunities({ nodes: [{ id: 'x' }, { id: 'y' }], edges: [] });
    expect(r.count).toBe(2);
  });

  it('does not mutate its input', () => {
    const input = twoCliques();
    const before = JSON.stringify(input);
    detectCommunities(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('nmi', () => {
  it.each<[string, (string | number)[], (string | number)[], number]>([
    ['identical', [0, 0, 1, 1], ['x', 'x', 'y', 'y'], 1],
    ['independent', [0, 0, 1, 1], ['x', 'y', 'x', 'y'], 0],
    ['both constant', [0, 0], ['x', 'x'], 1],
  ])('%s', (_, x, y, v) => expect(nmi(x, y)).toBeCloseTo(v, 12));

  it('is symmetric', () => {
    const x = [0, 0, 1, 1, 2, 2, 2];
    const y = ['a', 'b', 'b', 'b', 'c', 'c', 'a'];
    expect(nmi(x, y)).toBeCloseTo(nmi(y, x), 12);
  });
});

describe('compareWithLaender', () => {
  it('reports full agreement when communities are the Länder', () => {
    const input = twoCliques();
    const c = compareWithLaender(input, detectCommunities(input).membership);
    expect(c.nmi).toBeCloseTo(1, 12);
    expect(c.intraCommunitySameLand).toBe(1);
    expect(c.singleLandCommunities).toBe(2);
    expect(c.communitiesWithLand).toBe(2);
    expect(c.intraCommunityEdges).toBe(12);
  });

  it('reports disagreement when a community spans two Länder', () => {
    const input = twoCliques();
    const mixed: CommunityInput = {
      ...input,
      nodes: input.nodes.map((n) => ({
        ...n,
        land: ['a1', 'a2', 'b1', 'b2'].includes(n.id) ? 'DE-BY' : 'DE-NW',
      })),
    };
    const c = compareWithLaender(mixed, detectCommunities(mixed).membership);
    expect(c.nmi).toBeCloseTo(0, 12);
    expect(c.singleLandCommunities).toBe(0);
    expect(c.intraCommunitySameLand).toBeLessThan(0.5);
  });
});
