import { describe, expect, it } from 'vitest';
import { buildDataset, buildDatasetSteps } from '../../../src/lib/data/dataset';
import {
  addChunk,
  nodeOrder,
  packageChunks,
  packageEnvelope,
} from '../../../src/lib/state/dataset-records';
import { runToEnd } from '../../../src/lib/util/time-slice';
import { shippedPackage } from '../helpers/dataset';

describe('a package in chunks (between the main thread and the dataset store worker)', () => {
  it.each([1, 7, 4000])('envelope + chunks of %i reassemble to the same package', (size) => {
    const pkg = shippedPackage();
    const copy = structuredClone(packageEnvelope(pkg));
    for (const chunk of packageChunks(pkg, size)) addChunk(copy, structuredClone(chunk));
    expect(copy).toEqual(pkg);
  });

  it('the envelope carries everything but the long arrays, and does not touch the package', () => {
    const pkg = shippedPackage();
    const before = JSON.stringify(pkg);
    const env = packageEnvelope(pkg);
    expect(env.projects.features).toEqual([]);
    expect(env.actors.features).toEqual([]);
    expect(env.relations).toEqual([]);
    expect(env.documents).toEqual([]);
    expect(env.networks).toEqual(pkg.networks);
    expect(JSON.stringify(pkg)).toBe(before);
  });
});

describe('nodeOrder (computed in the worker) and buildDatasetSteps', () => {
  it('give the same dataset as buildDataset sorting on this thread', () => {
    const pkg = shippedPackage();
    const here = buildDataset(pkg);
    const there = runToEnd(buildDatasetSteps(pkg, nodeOrder(pkg)));
    expect(there.nodes.map((n) => n.id)).toEqual(here.nodes.map((n) => n.id));
    expect([...there.byId.keys()].sort()).toEqual([...here.byId.keys()].sort());
    expect(there.relationsOf.size).toBe(here.relationsOf.size);
    expect(there.documentsOfProject.size).toBe(here.documentsOfProject.size);
  });

  it('orders by German collation, equal names in file order', () => {
    const pkg = shippedPackage();
    const f = (id: string, name: string) => ({
      ...pkg.actors.features[0],
      properties: { ...pkg.actors.features[0].properties, id, name },
    });
    const actors = [f('a', 'Zweckverband'), f('b', 'Ärztekammer'), f('c', 'Amt'), f('d', 'Amt')];
    const order = nodeOrder({ ...pkg, actors: { ...pkg.actors, features: actors } });
    expect(Array.from(order.actors)).toEqual([2, 3, 1, 0]);
  });
});
