/** Load the shipped dataset from data/ for unit tests (read-only; each call builds a fresh copy). */
import { readFileSync } from 'node:fs';
import { parseDataPackage } from '../../../src/lib/data/load';
import { buildDataset, type Dataset } from '../../../src/lib/data/dataset';
import type { DataPackage } from '../../../src/lib/data/types';

const read = (f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8')) as unknown;

/** The shipped data package, parsed and validated (a fresh copy per call). */
export function shippedPackage(): DataPackage {
  const r = parseDataPackage({
    projects: read('projects.geojson'),
    actors: read('actors.geojson'),
    relations: read('relations.json'),
    documents: read('documents.json'),
    networks: read('networks.json'),
    solutions: read('solutions.json'),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.data;
}

export function shippedDataset(): Dataset {
  return buildDataset(shippedPackage());
}
