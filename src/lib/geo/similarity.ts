/**
 * „Similar projects“: a transparent score in [0, 1] that combines three parts, each in [0, 1]:
 *
 *   score = 0.3 · category + 0.4 · partners + 0.3 · nearness
 *
 * - category: 1 when both projects have the same programme category, else 0;
 * - partners: Jaccard index of their partner-type sets, |A ∩ B| / |A ∪ B| (1 when both
 *   have no partners: nothing tells them apart);
 * - nearness: exp(−d / 100 km), d the great-circle distance (1 at the same place, ≈ 0.37
 *   at 100 km, ≈ 0.05 at 300 km).
 *
 * Properties (unit-tested): symmetric, score(a, a) = 1, and every part and the score lie in
 * [0, 1]. The UI shows the three parts next to the score. Pure.
 */
import type { Position } from 'geojson';
import { distanceKm } from './reach';

/** Weights of the parts; they sum to 1. */
export const SIMILARITY_WEIGHTS = { category: 0.3, partners: 0.4, nearness: 0.3 } as const;
/** Decay length of the nearness part in km. */
export const NEARNESS_DECAY_KM = 100;

/** What the score reads from a project. */
export interface SimilarityProfile {
  id: string;
  category?: string;
  partnerTypes: readonly string[];
  coordinates: Position;
}

export interface Similarity {
  score: number;
  category: number;
  partners: number;
  nearness: number;
  km: number;
}

/** Jaccard index of two sets; 1 for two empty sets. */
export function jaccard(a: Iterable<string>, b: Iterable<string>): number {
  const A = new Set(a);
  const B = new Set(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  const union = A.size + B.size - inter;
  return union === 0 ? 1 : inter / union;
}

export function similarity(a: SimilarityProfile, b: SimilarityProfile): Similarity {
  const km = distanceKm(a.coordinates, b.coordinates);
  const category = a.category !== undefined && a.category === b.category ? 1 : 0;
  const partners = jaccard(a.partnerTypes, b.partnerTypes);
  const nearness = Math.exp(-km / NEARNESS_DECAY_KM);
  const w = SIMILARITY_WEIGHTS;
  const score = w.category * category + w.partners * partners + w.nearness * nearness;
  return { score: Math.min(1, Math.max(0, score)), category, partners, nearness, km };
}

/** The `limit` most similar other projects (default 5), best first (ties by id). */
export function similarProjects<P extends SimilarityProfile>(
  profiles: readonly P[],
  target: P,
  limit = 5,
): { profile: P; similarity: Similarity }[] {
  return profiles
    .filter((p) => p.id !== target.id)
    .map((p) => ({ profile: p, similarity: similarity(target, p) }))
    .sort(
      (x, y) => y.similarity.score - x.similarity.score || (x.profile.id < y.profile.id ? -1 : 1),
    )
    .slice(0, limit);
}
