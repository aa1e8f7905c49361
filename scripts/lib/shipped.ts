/**
 * The shipped dataset (`data/*.json`, `data/*.geojson`) read, checked and indexed the way the
 * app does it, for the scripts that derive files from it (the default story, the map's
 * project points) and for the unit tests (tests/unit/helpers/dataset.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataPackage, type RawDataPackage } from '../../src/lib/data/load';
import { buildDataset, type Dataset } from '../../src/lib/data/dataset';
import type { DataPackage } from '../../src/lib/data/types';

/** A file of `data/`, JSON-parsed. @throws when it is missing or not JSON */
export const readDataFile = (file: string): unknown =>
  JSON.parse(readFileSync(resolve('data', file), 'utf8'));

/**
 * The shipped data package, parsed with the app's schemas (a fresh copy per call).
 * @throws when a file is missing or the dataset has a blocking problem (the first ones named)
 */
export function shippedPackage(): DataPackage {
  const parsed = parseDataPackage({
    projects: readDataFile('projects.geojson'),
    actors: readDataFile('actors.geojson'),
    relations: readDataFile('relations.json'),
    documents: readDataFile('documents.json'),
    networks: readDataFile('networks.json'),
    solutions: readDataFile('solutions.json'),
  } as RawDataPackage);
  if (!parsed.ok) throw new Error(`dataset invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return parsed.data;
}

/** {@link shippedPackage}, indexed with the app's code. @throws as `shippedPackage` */
export const loadShippedDataset = (): Dataset => buildDataset(shippedPackage());
