import { describe, expect, it } from 'vitest';
import { projectsSharingPartners, sharedPartners } from '../../../src/lib/geo/shared-partners';
import { shippedDataset } from '../helpers/dataset';
import { smallDataset } from './analysis-dataset';

describe('sharedPartners', () => {
  it('lists partners of more than one project, ranked, with their projects', () => {
    const s = sharedPartners(smallDataset());
    expect(s.map((x) => [x.id, x.projects])).toEqual([
      ['energie-owl', ['DELTA', 'GAMMA'].map((n) => n.toLowerCase())],
      ['uni-wue', ['alpha', 'beta']],
    ]);
  });

  it('counts memberships only on request', () => {
    const ds = smallDataset();
    expect(sharedPartners(ds, { includeMembers: true }).map((x) => x.id)).toEqual([
      'energie-owl',
      'uni-wue',
    ]);
    expect(sharedPartners(ds, { minProjects: 1 }).length).toBe(5);
    expect(sharedPartners(ds, { minProjects: 3 })).toEqual([]);
  });

  it('does not mutate the dataset', () => {
    const ds = smallDataset();
    const before = JSON.stringify(ds.relations);
    sharedPartners(ds, { includeMembers: true });
    expect(JSON.stringify(ds.relations)).toBe(before);
  });
});

describe('projectsSharingPartners', () => {
  it('lists the other projects of each shared partner, never the project itself', () => {
    const ds = smallDataset();
    expect(projectsSharingPartners(ds, 'alpha')).toEqual([
      { id: 'beta', name: ds.byId.get('beta')!.name, via: ['uni-wue'] },
    ]);
    expect(projectsSharingPartners(ds, 'delta').map((p) => p.id)).toEqual(['gamma']);
  });

  it('is empty for a project whose partners work with nobody else', () => {
    const ds = shippedDataset();
    expect(projectsSharingPartners(ds, 'zwoenitz')).toEqual([]);
  });

  it('agrees with sharedPartners on the shipped data (symmetric)', () => {
    const ds = shippedDataset();
    for (const sp of sharedPartners(ds)) {
      for (const a of sp.projects) {
        const others = projectsSharingPartners(ds, a);
        for (const b of sp.projects) {
          if (a === b) continue;
          expect(others.find((o) => o.id === b)?.via, `${a} ↔ ${b}`).toContain(sp.id);
        }
      }
    }
  });
});
