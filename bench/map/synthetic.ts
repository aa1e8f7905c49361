/**
 * Seeded synthetic dataset for the map benchmark: `nActors` actor points and `nRelations`
 * relation lines inside Germany, shaped like the real data (projects with many members and
 * partners, a tenth of relations with a document, consortia of nearby members). Same
 * arguments → same data.
 */
import type { DataPackage } from '../../src/lib/data/types';
import { ACTOR_TYPES, CATEGORIES, STAFFELN } from '../../src/lib/data/vocab';

function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function syntheticPackage(nActors = 11_000, nRelations = 50_000, seed = 1): DataPackage {
  const rand = lcg(seed);
  const nProjects = 73;
  const lon = () => +(5.9 + rand() * 9.1).toFixed(5);
  const lat = () => +(47.3 + rand() * 7.7).toFixed(5);
  const projects = Array.from({ length: nProjects }, (_, i) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [lon(), lat()] },
    properties: {
      id: `p-${i}`,
      name: `Projekt ${i}`,
      altNames: [],
      staffel: STAFFELN[i % 3],
      category: CATEGORIES[i % 4],
      bundesland: 'DE-BY',
      lead: null,
      leadName: '',
      members: [] as string[],
      title: null,
      orgForms: [],
      sources: [],
      confidence: 'high' as const,
      notes: '',
    },
  }));
  const actors = Array.from({ length: nActors }, (_, i) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [lon(), lat()] },
    properties: {
      id: `a-${i}`,
      name: `Akteur ${i}`,
      type: ACTOR_TYPES[Math.floor(rand() * ACTOR_TYPES.length)],
      sources: [],
    },
  }));
  const relations: DataPackage['relations'] = [];
  const documents: DataPackage['documents'] = [];
  const seen = new Set<string>();
  while (relations.length < nRelations) {
    const p = Math.floor(rand() ** 2 * nProjects);
    const a = Math.floor(rand() * nActors);
    const key = `${p}:${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const member =
      actors[a].properties.type === 'Kommune' || actors[a].properties.type === 'Landkreis';
    const kind = member ? 'member' : 'partner';
    const id = `${kind}:p-${p}:a-${a}`;
    relations.push({ id, source: `p-${p}`, target: `a-${a}`, kind, sources: [] });
    // A consortium (and so its drawn area) is made of neighbours, as in the real data:
    // only members within ~0.4° of the project join it; farther ones stay plain relations.
    const [plon, plat] = projects[p].geometry.coordinates;
    const [alon, alat] = actors[a].geometry.coordinates;
    const near = Math.abs(plon - alon) < 0.4 && Math.abs(plat - alat) < 0.4;
    if (member && near && projects[p].properties.members.length < 12)
      projects[p].properties.members.push(`a-${a}`);
    if (rand() < 0.1)
      documents.push({
        id: `doc-${relations.length}`,
        title: 'Vertrag',
        kind: 'Kooperationsvertrag',
        project: `p-${p}`,
        relation: id,
        sources: [],
      } as DataPackage['documents'][number]);
  }
  return {
    projects: { type: 'FeatureCollection', features: projects },
    actors: { type: 'FeatureCollection', features: actors },
    relations,
    documents,
    networks: [],
  } as unknown as DataPackage;
}
