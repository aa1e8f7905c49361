/**
 * `npm run data:check`: validate the committed dataset in `data/` with the app's schemas and
 * validator (`src/lib/data/load.ts`, `validate.ts`) and the provenance rules of the shipped
 * data (`provenance.ts`: a source on every record, two projects per shared solution, partners
 * at a sourced seat). Prints every issue with file, feature, field and what was expected, and
 * the counts of partners without a sourced seat; exits 1 on any issue.
 *
 * Usage: `npx tsx scripts/check-data.ts [dataDir]` (default `data`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { parseDataPackage } from '../src/lib/data/load';
import { landIndex } from '../src/lib/data/land-index';
import {
  countSeats,
  pct,
  provenanceIssues,
  SEAT_TARGET_SHARE,
  sourceShare,
} from '../src/lib/data/provenance';
import { LaenderCollectionSchema, MpscProjectPropertiesSchema } from '../src/lib/data/schemas';
import type { ActorFeature, Issue } from '../src/lib/data/types';
import { pushAll } from '../src/lib/util/arrays';
import { assignOfficialKeys, loadKeyInputs } from './lib/assign-keys';

const dir = resolve(process.argv[2] ?? 'data');
const issues: Issue[] = [];

function read(file: string, optional = false): unknown {
  const path = resolve(dir, file);
  if (optional && !existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    issues.push({
      code: 'json',
      file: `data/${file}`,
      field: '(file)',
      message: { de: `Datei nicht lesbar: ${String(e)}`, en: `Cannot read file: ${String(e)}` },
      expected: 'a JSON file',
    });
    return null;
  }
}

const raw = {
  projects: read('projects.geojson'),
  actors: read('actors.geojson'),
  relations: read('relations.json'),
  documents: read('documents.json'),
  networks: read('networks.json', true),
  solutions: read('solutions.json', true),
};
const laenderRaw = read('basemap/laender.geojson');
const laender = v.safeParse(LaenderCollectionSchema, laenderRaw);
if (!laender.success && laenderRaw !== null)
  issues.push({
    code: 'schema',
    file: 'data/basemap/laender.geojson',
    field: v.getDotPath(laender.issues[0]) ?? '(root)',
    message: { de: laender.issues[0].message, en: laender.issues[0].message },
    expected: 'a FeatureCollection of Land (Multi)Polygons with properties.id',
  });

if (issues.length === 0) {
  const result = parseDataPackage(raw, laender.success ? landIndex(laender.output) : undefined);
  pushAll(issues, result.issues);
  if (result.ok) {
    const d = result.data;
    // The shipped projects are MPSC projects: Staffel, category and Land from the programme's lists.
    d.projects.features.forEach((f, row) => {
      const r = v.safeParse(MpscProjectPropertiesSchema, f.properties);
      if (!r.success)
        issues.push({
          code: 'schema',
          file: 'data/projects.geojson',
          feature: f.properties.id,
          row,
          field: `properties.${v.getDotPath(r.issues[0]) ?? ''}`,
          message: { de: r.issues[0].message, en: r.issues[0].message },
          expected: 'an MPSC project (staffel 2019–2021, an MPSC category, a Land)',
        });
    });
    pushAll(issues, provenanceIssues(d));
    const seats = countSeats(d);
    const share = sourceShare(d);
    console.log(
      `data:check – ${d.projects.features.length} projects, ${d.actors.features.length} actors, ` +
        `${d.relations.length} relations, ${d.documents.length} documents, ${d.networks.length} networks, ` +
        `${d.solutions?.length ?? 0} solutions\n` +
        `  partners without a sourced seat: ${seats.unsourced.length} of ${seats.partners} ` +
        `(${pct(seats.share)}; fails above the target of ${pct(SEAT_TARGET_SHARE)})\n` +
        `  relations and documents with a web source: ${share.web} of ${share.records}, ` +
        `the 2022 deck alone: ${share.deckOnly}`,
    );
    reportKeys(d.actors.features as ActorFeature[]);
    if (seats.unsourced.length)
      console.log(`  no sourced seat yet (reason in seatNote): ${seats.unsourced.join(', ')}`);
  }
}

/**
 * Official keys against positions (BKG VG5000): every actor whose key is not the one its name
 * and position give, and every member whose position and key disagree. Reported, not fatal:
 * the facts may know better than the 2021 boundaries (a seat that moved, a merger).
 */
function reportKeys(actors: ActorFeature[]): void {
  if (dir !== resolve('data')) return; // the VG5000 inputs are those of this repository
  const expected = assignOfficialKeys(actors, loadKeyInputs());
  const notes = [...expected.problems];
  expected.actors.forEach((f, i) => {
    const a = actors[i].properties;
    const want = f.properties;
    if (a.ags !== want.ags || a.ars !== want.ars)
      notes.push(
        `${a.id}: key ${a.ars ?? a.ags ?? '(none)'}, VG5000 gives ${want.ars ?? want.ags ?? '(none)'}`,
      );
  });
  console.log(`data:check – official keys: ${notes.length} note(s)`);
  for (const n of notes) console.log(`  ! ${n}`);
}

for (const i of issues) {
  const where = [i.file, i.feature ?? (i.row !== undefined ? `#${i.row}` : undefined), i.field]
    .filter(Boolean)
    .join(' › ');
  console.error(
    `✗ [${i.code}] ${where}: ${i.message.en}${i.expected ? ` (expected ${i.expected})` : ''}`,
  );
}
if (issues.length > 0) {
  console.error(`\n${issues.length} problem(s) found.`);
  process.exit(1);
}
console.log('data:check – no problems found.');
