/** Load the shipped dataset from data/ for unit tests (read-only; each call builds a fresh copy). */
import { readFileSync } from 'node:fs';
import { parseDataPackage } from '../../../src/lib/data/load';
import { buildDataset, type Dataset } from '../../../src/lib/data/dataset';

const read = (f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8')) as unknown;

export function shippedDataset(): Dataset {
  const r = parseDataPackage({
    projects: read('projects.geojson'),
    actors: read('actors.geojson'),
    relations: read('relations.json'),
    documents: read('documents.json'),
    networks: read('networks.json'),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return buildDataset(r.data);
}
