/**
 * Seeded synthetic graphs shaped like the dataset (a few projects with many
 * members and partners, some shared partners), for the benchmark and tests.
 */
import { lcg } from './random';
import type { GraphEdgeKind, GraphInput, GraphInputEdge, GraphInputNode } from './model';

const PROJECT_TYPES = ['Großstadt', 'Mittelstadt', 'Kleinstadt/Landgemeinde'];
const MEMBER_TYPES = ['Kommune', 'Landkreis'];
const PARTNER_TYPES = ['Hochschule', 'Unternehmen', 'Verein', 'Stadtwerke', 'Verband', 'Sonstige'];

/**
 * `n` nodes with about `edgesPerNode * n` edges: 5 % projects, the rest actors
 * attached preferentially to a few projects, plus random actor–project and
 * project–project edges up to the target count. Coordinates fall inside
 * Germany's bounding box. Same `n`, `edgesPerNode` and `seed` → same graph.
 */
export function syntheticGraph(n: number, edgesPerNode = 4, seed = 1): GraphInput {
  const rand = lcg(seed);
  const nProjects = Math.max(1, Math.round(n * 0.05));
  const nodes: GraphInputNode[] = [];
  for (let i = 0; i < n; i++) {
    const project = i < nProjects;
    const member = !project && rand() < 0.4;
    const pool = project ? PROJECT_TYPES : member ? MEMBER_TYPES : PARTNER_TYPES;
    nodes.push({
      id: `n${i}`,
      name: `${project ? 'Projekt' : member ? 'Kommune' : 'Partner'} ${i}`,
      kind: project ? 'project' : member ? 'member' : 'partner',
      type: pool[Math.floor(rand() * pool.length)],
      coordinates: [5.9 + rand() * 9.1, 47.3 + rand() * 7.7],
    });
  }
  const edges: GraphInputEdge[] = [];
  const seen = new Set<string>();
  const add = (s: number, t: number, kind: GraphEdgeKind): void => {
    if (s === t) return;
    const key = s < t ? `${s}:${t}` : `${t}:${s}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ source: `n${s}`, target: `n${t}`, kind, documented: rand() < 0.1 });
  };
  // Every actor joins one project (skewed towards low indices: some big projects).
  for (let i = nProjects; i < n; i++) {
    const p = Math.floor(rand() ** 2 * nProjects);
    add(p, i, nodes[i].kind === 'member' ? 'member' : 'partner');
  }
  const target = Math.round(edgesPerNode * n);
  let guard = target * 4;
  while (edges.length < target && guard-- > 0) {
    const r = rand();
    if (r < 0.05 && nProjects > 1) {
      add(Math.floor(rand() * nProjects), Math.floor(rand() * nProjects), 'network');
    } else {
      const a = nProjects + Math.floor(rand() * (n - nProjects));
      if (a >= n) continue;
      add(
        Math.floor(rand() ** 2 * nProjects),
        a,
        nodes[a].kind === 'member' ? 'member' : 'partner',
      );
    }
  }
  return { nodes, edges };
}
