import { describe, expect, it } from 'vitest';
import { sharedPartners } from '../../../src/lib/geo/shared-partners';
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
