/**
 * Cross-record checks of the dataset: unique ids, resolvable references, the programme's
 * round counts, sources, and geography (Land polygons, Germany's bounding box).
 *
 * Pure and total: takes a parsed {@link DataPackage} and the Länder polygons, never throws,
 * and returns every problem it finds, each naming the file, the feature or row, the field,
 * and what was expected. Shape problems are found earlier by the schemas (`load.ts`).
 * The Land polygons come as a {@link LandIndex} (`land-index.ts`, Turf), so what checks the
 * shipped data without them carries no Turf.
 */
import { GERMANY_BBOX } from './laender';
import type { LandIndex } from './land-index';
import type { DataPackage, Issue } from './types';
import { STAFFEL_COUNTS, STAFFELN } from './vocab';

/** File names as they appear in issues. */
export const FILES = {
  projects: 'data/projects.geojson',
  actors: 'data/actors.geojson',
  relations: 'data/relations.json',
  documents: 'data/documents.json',
  networks: 'data/networks.json',
  solutions: 'data/solutions.json',
  laender: 'data/basemap/laender.geojson',
} as const;

/**
 * How far (km) a project point may lie outside its Land polygon and still pass. The basemap
 * is a simplified Natural Earth outline, so towns on a coast, a lake or a border river can
 * fall just outside the generalised line (in the shipped data: Guben on the Neisse 1.2 km,
 * Konstanz on Lake Constance 1.1 km).
 */
export const LAND_TOLERANCE_KM = 3;

type Position = readonly [number, number];

function inBox([lon, lat]: Position): boolean {
  const [w, s, e, n] = GERMANY_BBOX;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

function fmt([lon, lat]: Position): string {
  return `[${lon}, ${lat}]`;
}

/**
 * Check a dataset against the rules of `docs/data-format.md`.
 * @param pkg the parsed data files
 * @param laender the Land polygons (`landIndex(data/basemap/laender.geojson)`); without them
 *   the Land check is skipped (bounding box and swapped coordinates are still checked)
 * @returns every problem found; empty when the data is consistent
 */
export function validateDataPackage(pkg: DataPackage, laender?: LandIndex): Issue[] {
  const issues: Issue[] = [];
  const projects = pkg.projects.features;
  const actors = pkg.actors.features;
  const networks = pkg.networks ?? [];
  const solutions = pkg.solutions ?? [];

  // ---- unique ids -------------------------------------------------------------------------
  // Projects and actors share one id space: relations point at either.
  const nodes = new Map<string, { file: string; row: number; kind: 'project' | 'actor' }>();
  const checkNode = (id: string, file: string, row: number, kind: 'project' | 'actor') => {
    const first = nodes.get(id);
    if (first) {
      issues.push({
        code: 'duplicate-id',
        file,
        feature: id,
        row,
        field: 'properties.id',
        message: {
          de: `Doppelte ID „${id}“ (schon vergeben in ${first.file} #${first.row}).`,
          en: `Duplicate id "${id}" (already used in ${first.file} #${first.row}).`,
        },
        expected: 'an id used by no other project or actor',
      });
    } else nodes.set(id, { file, row, kind });
  };
  projects.forEach((f, i) => checkNode(f.properties.id, FILES.projects, i, 'project'));
  actors.forEach((f, i) => checkNode(f.properties.id, FILES.actors, i, 'actor'));

  const uniqueIn = (ids: string[], file: string): Set<string> => {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      const first = seen.get(id);
      if (first !== undefined) {
        issues.push({
          code: 'duplicate-id',
          file,
          feature: id,
          row: i,
          field: 'id',
          message: {
            de: `Doppelte ID „${id}“ (schon vergeben in ${file} #${first}).`,
            en: `Duplicate id "${id}" (already used in ${file} #${first}).`,
          },
          expected: 'an id used by no other row',
        });
      } else seen.set(id, i);
    });
    return new Set(seen.keys());
  };
  const relationIds = uniqueIn(
    pkg.relations.map((r) => r.id),
    FILES.relations,
  );
  uniqueIn(
    pkg.documents.map((d) => d.id),
    FILES.documents,
  );
  const networkIds = uniqueIn(
    networks.map((n) => n.id),
    FILES.networks,
  );
  const solutionIds = uniqueIn(
    solutions.map((s) => s.id),
    FILES.solutions,
  );
  const documentIds = new Set(pkg.documents.map((d) => d.id));

  // ---- references -------------------------------------------------------------------------
  const unknown = (
    file: string,
    feature: string,
    row: number,
    field: string,
    ref: string,
    expected: string,
  ) =>
    issues.push({
      code: 'unknown-ref',
      file,
      feature,
      row,
      field,
      message: {
        de: `Verweis auf unbekannte ID „${ref}“.`,
        en: `Reference to unknown id "${ref}".`,
      },
      expected,
    });
  const isKind = (id: string, kind: 'project' | 'actor') => nodes.get(id)?.kind === kind;

  projects.forEach((f, i) => {
    const p = f.properties;
    p.members.forEach((m, j) => {
      if (!isKind(m, 'actor'))
        unknown(FILES.projects, p.id, i, `properties.members[${j}]`, m, `an actor id in ${FILES.actors}`);
    });
    if (p.lead !== null) {
      if (!isKind(p.lead, 'actor'))
        unknown(FILES.projects, p.id, i, 'properties.lead', p.lead, `an actor id in ${FILES.actors}`);
      else if (!p.members.includes(p.lead))
        issues.push({
          code: 'lead-not-member',
          file: FILES.projects,
          feature: p.id,
          row: i,
          field: 'properties.lead',
          message: {
            de: `Die Federführung „${p.lead}“ fehlt in members.`,
            en: `The lead "${p.lead}" is not listed in members.`,
          },
          expected: 'one of properties.members',
        });
    }
  });

  pkg.relations.forEach((r, i) => {
    const sourceKind = 'project';
    const targetKind = r.kind === 'network' || r.kind === 'solution' ? 'project' : 'actor';
    if (!isKind(r.source, sourceKind))
      unknown(FILES.relations, r.id, i, 'source', r.source, `a project id in ${FILES.projects}`);
    if (!isKind(r.target, targetKind))
      unknown(
        FILES.relations,
        r.id,
        i,
        'target',
        r.target,
        targetKind === 'project' ? `a project id in ${FILES.projects}` : `an actor id in ${FILES.actors}`,
      );
    if (r.network !== undefined && !networkIds.has(r.network))
      unknown(FILES.relations, r.id, i, 'network', r.network, `a network id in ${FILES.networks}`);
    if (r.solution !== undefined && !solutionIds.has(r.solution))
      unknown(FILES.relations, r.id, i, 'solution', r.solution, `a solution id in ${FILES.solutions}`);
  });

  pkg.documents.forEach((d, i) => {
    if (d.project !== undefined && !isKind(d.project, 'project'))
      unknown(FILES.documents, d.id, i, 'project', d.project, `a project id in ${FILES.projects}`);
    if (d.relation !== undefined && !relationIds.has(d.relation))
      unknown(FILES.documents, d.id, i, 'relation', d.relation, `a relation id in ${FILES.relations}`);
    if (d.network !== undefined && !networkIds.has(d.network))
      unknown(FILES.documents, d.id, i, 'network', d.network, `a network id in ${FILES.networks}`);
    if (d.solution !== undefined && !solutionIds.has(d.solution))
      unknown(FILES.documents, d.id, i, 'solution', d.solution, `a solution id in ${FILES.solutions}`);
    if (d.alsoKnownAs !== undefined && !documentIds.has(d.alsoKnownAs))
      unknown(FILES.documents, d.id, i, 'alsoKnownAs', d.alsoKnownAs, `a document id in ${FILES.documents}`);
  });

  solutions.forEach((s, i) => {
    const members = new Set(s.projects.map((p) => p.project));
    s.projects.forEach((p, j) => {
      if (!isKind(p.project, 'project'))
        unknown(FILES.solutions, s.id, i, `projects[${j}].project`, p.project, `a project id in ${FILES.projects}`);
      if (p.from !== undefined && !members.has(p.from))
        unknown(FILES.solutions, s.id, i, `projects[${j}].from`, p.from, 'another project of this solution');
    });
    if (s.network !== undefined && !networkIds.has(s.network))
      unknown(FILES.solutions, s.id, i, 'network', s.network, `a network id in ${FILES.networks}`);
  });

  networks.forEach((n, i) => {
    n.projects.forEach((p, j) => {
      if (!isKind(p, 'project'))
        unknown(FILES.networks, n.id, i, `projects[${j}]`, p, `a project id in ${FILES.projects}`);
    });
  });

  // ---- round counts -----------------------------------------------------------------------
  for (const staffel of STAFFELN) {
    const count = projects.filter((f) => f.properties.staffel === staffel).length;
    const expected = STAFFEL_COUNTS[staffel];
    if (count !== expected)
      issues.push({
        code: 'round-count',
        file: FILES.projects,
        field: 'properties.staffel',
        message: {
          de: `Staffel ${staffel} hat ${count} Projekte statt ${expected}.`,
          en: `Round ${staffel} has ${count} projects instead of ${expected}.`,
        },
        expected: `${expected} projects in ${staffel} (13/32/28)`,
      });
  }

  // ---- sources ----------------------------------------------------------------------------
  const needSource = (file: string, feature: string, row: number, field: string, n: number) => {
    if (n === 0)
      issues.push({
        code: 'missing-source',
        file,
        feature,
        row,
        field,
        message: { de: 'Keine Quelle angegeben.', en: 'No source given.' },
        expected: 'at least one URL or "seed"',
      });
  };
  projects.forEach((f, i) =>
    needSource(FILES.projects, f.properties.id, i, 'properties.sources', f.properties.sources.length),
  );
  actors.forEach((f, i) =>
    needSource(FILES.actors, f.properties.id, i, 'properties.sources', f.properties.sources.length),
  );
  pkg.relations.forEach((r, i) => needSource(FILES.relations, r.id, i, 'sources', r.sources.length));
  pkg.documents.forEach((d, i) => needSource(FILES.documents, d.id, i, 'sources', d.sources.length));
  networks.forEach((n, i) => needSource(FILES.networks, n.id, i, 'sources', n.sources.length));
  solutions.forEach((s, i) => {
    needSource(FILES.solutions, s.id, i, 'sources', s.sources.length);
    s.projects.forEach((p, j) =>
      needSource(FILES.solutions, s.id, i, `projects[${j}].sources`, p.sources.length),
    );
  });

  // ---- geography --------------------------------------------------------------------------
  /** Bounding-box and swapped-coordinate check; returns true when the point is usable. */
  const checkPosition = (file: string, feature: string, row: number, pos: Position): boolean => {
    const valid = Number.isFinite(pos[0]) && Number.isFinite(pos[1]);
    if (valid && inBox(pos)) return true;
    const swapped: Position = [pos[1], pos[0]];
    if (valid && inBox(swapped)) {
      issues.push({
        code: 'swapped-coords',
        file,
        feature,
        row,
        field: 'geometry.coordinates',
        message: {
          de: `Koordinaten ${fmt(pos)} sind vertauscht (Breite vor Länge).`,
          en: `Coordinates ${fmt(pos)} are swapped (latitude before longitude).`,
        },
        expected: `[lon, lat] = ${fmt(swapped)}`,
      });
    } else {
      issues.push({
        code: 'outside-germany',
        file,
        feature,
        row,
        field: 'geometry.coordinates',
        message: {
          de: `Koordinaten ${fmt(pos)} liegen außerhalb Deutschlands.`,
          en: `Coordinates ${fmt(pos)} lie outside Germany.`,
        },
        expected: `[lon, lat] within ${fmt([GERMANY_BBOX[0], GERMANY_BBOX[1]])}–${fmt([GERMANY_BBOX[2], GERMANY_BBOX[3]])}`,
      });
    }
    return false;
  };

  projects.forEach((f, i) => {
    const p = f.properties;
    const pos = f.geometry.coordinates;
    if (!checkPosition(FILES.projects, p.id, i, pos)) return;
    if (!laender || p.bundesland === undefined) return;
    if (!laender.has(p.bundesland)) {
      issues.push({
        code: 'unknown-land',
        file: FILES.laender,
        feature: p.bundesland,
        field: 'properties.id',
        message: {
          de: `Kein Umriss für ${p.bundesland} (gebraucht von ${p.id}).`,
          en: `No outline for ${p.bundesland} (needed by ${p.id}).`,
        },
        expected: 'one feature per Land',
      });
      return;
    }
    const km = laender.kmOutside(pos, p.bundesland);
    if (km <= LAND_TOLERANCE_KM) return;
    const actual = laender.at(pos);
    issues.push({
      code: 'outside-land',
      file: FILES.projects,
      feature: p.id,
      row: i,
      field: 'geometry.coordinates',
      message: {
        de: `Punkt ${fmt(pos)} liegt ${km.toFixed(1)} km außerhalb von ${p.bundesland}${actual ? ` (in ${actual})` : ''}.`,
        en: `Point ${fmt(pos)} lies ${km.toFixed(1)} km outside ${p.bundesland}${actual ? ` (in ${actual})` : ''}.`,
      },
      expected: `a point inside ${p.bundesland} (tolerance ${LAND_TOLERANCE_KM} km)`,
    });
  });

  actors.forEach((f, i) => checkPosition(FILES.actors, f.properties.id, i, f.geometry.coordinates));

  return issues;
}
