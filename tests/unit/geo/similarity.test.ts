import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SIMILARITY_WEIGHTS,
  jaccard,
  similarProjects,
  similarity,
  type SimilarityProfile,
} from '../../../src/lib/geo/similarity';
import { projectProfiles } from '../../../src/lib/geo/nearest';
import { smallDataset } from './analysis-dataset';

const TYPES = ['Hochschule', 'Digitalagentur', 'Stadtwerke', 'Verein', 'Unternehmen'];
const CATS = ['Großstadt', 'Mittelstadt', 'Kleinstadt/Landgemeinde'];
const profile: fc.Arbitrary<SimilarityProfile> = fc.record({
  id: fc.string(),
  category: fc.constantFrom(...CATS),
  partnerTypes: fc.subarray(TYPES),
  coordinates: fc.tuple(
    fc.double({ min: 5.8, max: 15, noNaN: true }),
    fc.double({ min: 47.2, max: 55, noNaN: true }),
  ),
});

describe('similarity: documented properties', () => {
  it('weights sum to 1', () => {
    const w = SIMILARITY_WEIGHTS;
    expect(w.category + w.partners + w.nearness).toBeCloseTo(1, 12);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(profile, profile, (a, b) => {
        expect(similarity(a, b)).toEqual(similarity(b, a));
      }),
    );
  });

  it('is 1 for identical profiles', () => {
    fc.assert(
      fc.property(profile, (a) => {
        expect(similarity(a, { ...a, id: 'copy' }).score).toBeCloseTo(1, 12);
      }),
    );
  });

  it('stays within [0, 1], each part too', () => {
    fc.assert(
      fc.property(profile, profile, (a, b) => {
        const s = similarity(a, b);
        for (const x of [s.score, s.category, s.partners, s.nearness]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('computes the parts as documented', () => {
    const a: SimilarityProfile = {
      id: 'a',
      category: 'Mittelstadt',
      partnerTypes: ['Hochschule', 'Verein'],
      coordinates: [10.90067, 49.89873],
    };
    const b: SimilarityProfile = {
      id: 'b',
      category: 'Großstadt',
      partnerTypes: ['Hochschule'],
      coordinates: [9.95121, 49.79391],
    };
    const s = similarity(a, b);
    expect(s.category).toBe(0);
    expect(s.partners).toBe(0.5);
    expect(s.nearness).toBeCloseTo(Math.exp(-s.km / 100), 12);
    expect(s.score).toBeCloseTo(0.4 * 0.5 + 0.3 * Math.exp(-s.km / 100), 12);
  });
});

describe('jaccard', () => {
  it.each<[string[], string[], number]>([
    [[], [], 1],
    [['a'], [], 0],
    [['a', 'b'], ['b', 'c'], 1 / 3],
    [['a', 'a'], ['a'], 1],
  ])('%j vs %j = %s', (a, b, j) => expect(jaccard(a, b)).toBeCloseTo(j, 12));
});

describe('similarProjects', () => {
  it('excludes the project itself and ranks best first', () => {
    const ps = projectProfiles(smallDataset());
    const delta = ps.find((p) => p.id === 'delta')!;
    const sim = similarProjects(ps, delta, 3);
    expect(sim.map((s) => s.profile.id)).not.toContain('delta');
    // Gamma: 10 km away and shares the energy agency.
    expect(sim[0].profile.id).toBe('gamma');
    for (let i = 1; i < sim.length; i++)
      expect(sim[i - 1].similarity.score).toBeGreaterThanOrEqual(sim[i].similarity.score);
  });
});
