/** The graph a baseline page draws: the same seeded synthetic graph or the real dataset. */
import { syntheticGraph } from '../../src/lib/graph/synthetic';
import { loadDataset } from '../../src/lib/data/load-dataset';
import { graphInputFromDataset, type GraphInput } from '../../src/lib/graph/model';
import { params } from './common';

export async function baselineInput(): Promise<GraphInput> {
  const n = Number(params.get('n') ?? 0);
  if (n) return syntheticGraph(n, 4, 1);
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('dataset did not load');
  return graphInputFromDataset(loaded.dataset);
}
