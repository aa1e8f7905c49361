/**
 * `npx tsx scripts/build-project-points.ts`: derive `data/project-points.geojson`, the map's
 * project points for the shipped dataset — exactly the `projects` collection the app builds at
 * run time (`projectMapData`: position, call, type and role of each model project), made with
 * the same code.
 *
 * Why a file: the map reads it by URL from its first frames (MapLibre parses it in its worker,
 * as any MapLibre page would), so the model projects appear without waiting for the dataset
 * to be fetched, checked and indexed; when that is done and the shipped dataset is the active
 * one, the map keeps this source (ProjectLayers). The app's own checks are unchanged.
 * Deterministic: the same data gives byte-identical output.
 *
 * Usage: `npx tsx scripts/build-project-points.ts [--check]` (`--check` fails if the file is
 * out of date; `npm run data:check` runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { projectMapData } from '../src/lib/map/map-data';
import { loadShippedDataset } from './lib/shipped';

export const PROJECT_POINTS_FILE = 'data/project-points.geojson';

/** The collection as text: one feature per line, so a change shows as a line in a diff. */
export function serializePoints(fc: { type: string; features: readonly unknown[] }): string {
  const lines = fc.features.map((f) => `    ${JSON.stringify(f)}`);
  return `{\n  "type": "FeatureCollection",\n  "features": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

const points = projectMapData(loadShippedDataset()).projects;
const text = serializePoints(points);
if (process.argv.includes('--check')) {
  const current = readFileSync(PROJECT_POINTS_FILE, 'utf8');
  if (current !== text) {
    console.error(
      `${PROJECT_POINTS_FILE} is out of date: run npx tsx scripts/build-project-points.ts`,
    );
    process.exit(1);
  }
  console.log(`${PROJECT_POINTS_FILE} is up to date (${points.features.length} projects)`);
} else {
  writeFileSync(PROJECT_POINTS_FILE, text);
  console.log(`wrote ${PROJECT_POINTS_FILE}: ${points.features.length} projects`);
}
