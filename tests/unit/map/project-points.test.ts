/**
 * data/project-points.geojson is what the map draws before the shipped dataset is loaded, and
 * keeps drawing after (ProjectLayers): it must be exactly the projects the app builds at run
 * time, on the path the app takes (texts → the read worker's `readDataset` with its node order
 * → `buildDatasetSteps` → `projectMapData`). `npm run data:check` checks the file against the
 * script's path; this test checks the app's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset, type DatasetTexts } from '../../../src/lib/data/read-dataset';
import { buildDatasetSteps } from '../../../src/lib/data/dataset';
import { projectMapData } from '../../../src/lib/map/map-data';
import { runToEnd } from '../../../src/lib/util/time-slice';
import { DATA_FILES } from '../../../src/lib/data/load-dataset';

describe('data/project-points.geojson', () => {
  it('equals the projects the app builds from the shipped dataset, feature by feature, in order', () => {
    const texts = Object.fromEntries(
      Object.entries(DATA_FILES).map(([k, f]) => [k, readFileSync(f.file, 'utf8')]),
    ) as DatasetTexts;
    const read = readDataset(texts);
    if (!read.ok) throw new Error(JSON.stringify(read.issues.slice(0, 3)));
    const built = projectMapData(runToEnd(buildDatasetSteps(read.data, read.order))).projects;
    const file = JSON.parse(readFileSync('data/project-points.geojson', 'utf8')) as unknown;
    expect(file).toEqual(JSON.parse(JSON.stringify(built)));
    expect(built.features).toHaveLength(73);
  });
});
