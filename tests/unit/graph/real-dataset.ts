/** Loads the shipped dataset from `data/` through the app's own parser (no network). */
import { readFileSync } from 'node:fs';
import { parseDataPackage } from '../../../src/lib/data/load';
import { buildDataset, type Dataset } from '../../../src/lib/data/dataset';

const read = (f: string): unknown => JSON.parse(readFileSync(`data/${f}`, 'utf8'));

export function loadRealDataset(): Dataset {
  const parsed = parseDataPackage({
    projects: read('projects.geojson'),
    actors: read('actors.geojson'),
    relations: read('relations.json'),
    documents: read('documents.json'),
    networks: read('networks.json'),
  });
  if (!parsed.ok) throw new Error(`dataset does not parse: ${JSON.stringify(parsed.issues[0])}`);
  return buildDataset(parsed.data);
}
