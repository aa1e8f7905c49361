/**
 * The last stage of an import: check a build with the app's own schemas and validator
 * (`parseDataPackage`, the path the shipped data goes through), leaving out what cannot be
 * used, until the package parses. Nothing is dropped without an issue.
 */
import * as v from 'valibot';
import {
  BLOCKING_CODES,
  DATA_KEYS,
  parseDataPackage,
  type DataKey,
  type RawDataPackage,
} from '../../data/load';
import {
  ActorFeatureSchema,
  DocumentRecordSchema,
  NetworkSchema,
  SolutionSchema,
  ProjectFeatureSchema,
  RelationSchema,
} from '../../data/schemas';
import type { DataPackage, Issue } from '../../data/types';
import { FILES } from '../../data/validate';
import { issue, type ImportIssue, type ImportIssueKey, type SourceRef } from '../issues';
import { cleanDeep } from '../text';

export type Key = DataKey;
export const KEYS = DATA_KEYS;
const FILE_KEY: Record<string, Key> = {
  [FILES.projects]: 'projects',
  [FILES.actors]: 'actors',
  [FILES.relations]: 'relations',
  [FILES.documents]: 'documents',
  [FILES.networks]: 'networks',
  [FILES.solutions]: 'solutions',
};

/** A package under construction: raw records with the origin of each. */
export interface Built {
  records: Record<Key, readonly unknown[]>;
  prov: Record<Key, readonly SourceRef[]>;
}

export function emptyBuilt(): Built {
  return {
    records: {
      projects: [],
      actors: [],
      relations: [],
      documents: [],
      networks: [],
      solutions: [],
    },
    prov: { projects: [], actors: [], relations: [], documents: [], networks: [], solutions: [] },
  };
}

/** Two builds as one (records of `b` after those of `a`). */
export function concatBuilt(a: Built, b: Built): Built {
  const out = emptyBuilt();
  for (const k of KEYS) {
    out.records[k] = [...a.records[k], ...b.records[k]];
    out.prov[k] = [...a.prov[k], ...b.prov[k]];
  }
  return out;
}

/**
 * A bundle's raw collections → a build, every record with its origin. With `issues`, every
 * text of a record goes through the one text normaliser (a user's file; warnings there); the
 * built-in package the import extends is taken as it is.
 */
export function builtFromBundle(file: string, raw: RawDataPackage, issues?: ImportIssue[]): Built {
  const lists: Record<Key, unknown> = {
    projects: (raw.projects as { features?: unknown })?.features,
    actors: (raw.actors as { features?: unknown })?.features,
    relations: raw.relations,
    documents: raw.documents,
    networks: raw.networks ?? [],
    solutions: raw.solutions ?? [],
  };
  const out = emptyBuilt();
  for (const key of KEYS) {
    const list = Array.isArray(lists[key]) ? (lists[key] as unknown[]) : [];
    out.prov[key] = list.map((rec, i) => {
      const id =
        (rec as { properties?: { id?: unknown }; id?: unknown })?.properties?.id ??
        (rec as { id?: unknown })?.id;
      return {
        file,
        feature: `${key}[${i}]${typeof id === 'string' ? ` (${id.slice(0, 80)})` : ''}`,
      };
    });
    // The one text normaliser (text.ts), as for every other reader.
    out.records[key] = issues
      ? list.map((rec, i) => cleanDeep(rec, out.prov[key][i], '', issues))
      : list;
  }
  return out;
}

const ELEMENT_SCHEMAS: Record<Key, v.GenericSchema> = {
  projects: ProjectFeatureSchema,
  actors: ActorFeatureSchema,
  relations: RelationSchema,
  documents: DocumentRecordSchema,
  networks: NetworkSchema,
  solutions: SolutionSchema,
};

const HIDDEN_VALIDATOR_CODES = new Set(['round-count', 'missing-source']);

function fromValidator(
  i: Issue,
  ref: SourceRef | undefined,
  severity: 'error' | 'warning',
): ImportIssue {
  const code: ImportIssue['code'] =
    i.code === 'schema' ||
    i.code === 'duplicate-id' ||
    i.code === 'unknown-ref' ||
    i.code === 'outside-germany'
      ? i.code
      : i.code === 'swapped-coords'
        ? 'coords-swapped'
        : 'invalid-value';
  const known: Record<string, ImportIssueKey> = {
    'duplicate-id': 'issue.check.duplicate-id',
    'unknown-ref': 'issue.check.unknown-ref',
    'outside-germany': 'issue.check.outside-germany',
    'outside-land': 'issue.check.outside-land',
    'swapped-coords': 'issue.check.swapped-coords',
    'lead-not-member': 'issue.check.lead-not-member',
    'unknown-land': 'issue.check.unknown-land',
  };
  return issue(
    code,
    ref ?? { file: i.file, ...(i.feature ? { feature: i.feature } : {}) },
    i.field,
    {
      key: known[i.code] ?? 'issue.check.other',
      params: {
        feature: i.feature ?? '',
        field: i.field,
        expected: i.expected ?? '',
        code: i.code,
      },
    },
    i.expected
      ? { key: 'hint.check.expected', params: { expected: i.expected } }
      : { key: 'hint.check.format' },
    severity,
  );
}

export interface Settled {
  /** The package, or null when nothing usable is left. */
  data: DataPackage | null;
  issues: ImportIssue[];
  /** Records per collection that made it in. */
  counts: Record<Key, number>;
  /** Where each imported project and actor came from. */
  importedRefs: SourceRef[];
}

/**
 * Check a build with the app's schemas and validator, leaving out what cannot be used, until
 * `parseDataPackage()` accepts it.
 * - Each record is checked with its schema on its own; failing records are left out (error).
 * - Blocking validator findings remove the offending record (duplicate id, a relation or
 *   document pointing nowhere) or just the bad reference inside a project or network (warning).
 * - Non-blocking findings come back as warnings (except the MPSC round count and missing
 *   sources, which do not apply to a user's own data).
 */
export function settle(built: Built): Settled {
  const issues: ImportIssue[] = [];
  // Working copies: records are cloned, since a bad reference inside one is removed below.
  const rec = Object.fromEntries(KEYS.map((k) => [k, [...built.records[k]]])) as Record<
    Key,
    unknown[]
  >;
  const prov = Object.fromEntries(KEYS.map((k) => [k, [...built.prov[k]]])) as Record<
    Key,
    SourceRef[]
  >;
  for (const key of KEYS) {
    const keepR: unknown[] = [];
    const keepP: SourceRef[] = [];
    rec[key].forEach((r, i) => {
      const res = v.safeParse(ELEMENT_SCHEMAS[key], r);
      if (res.success) {
        keepR.push(res.output);
        keepP.push(prov[key][i]);
      } else {
        for (const vi of res.issues.slice(0, 5)) {
          const field = (vi.path ?? []).map((p) => String(p.key)).join('.') || '(record)';
          issues.push(
            issue(
              'schema',
              prov[key][i],
              field,
              { key: 'issue.check.schema', params: { received: vi.received, detail: vi.message } },
              { key: 'hint.check.expected', params: { expected: vi.expected ?? vi.message } },
            ),
          );
        }
      }
    });
    rec[key] = keepR;
    prov[key] = keepP;
  }

  for (let round = 0; round < 20; round++) {
    const raw: RawDataPackage = {
      projects: { type: 'FeatureCollection', features: rec.projects },
      actors: { type: 'FeatureCollection', features: rec.actors },
      relations: rec.relations,
      documents: rec.documents,
      networks: rec.networks,
      solutions: rec.solutions,
    };
    const parsed = parseDataPackage(raw);
    const blocking = parsed.issues.filter((i) => BLOCKING_CODES.has(i.code));
    if (parsed.ok || blocking.length === 0) {
      if (!parsed.ok) break; // cannot happen: ok is false only with blocking issues
      for (const i of parsed.issues) {
        if (HIDDEN_VALIDATOR_CODES.has(i.code)) continue;
        const key = FILE_KEY[i.file];
        issues.push(
          fromValidator(i, key && i.row !== undefined ? prov[key][i.row] : undefined, 'warning'),
        );
      }
      const counts = Object.fromEntries(KEYS.map((k) => [k, rec[k].length])) as Record<Key, number>;
      const empty = counts.projects + counts.actors === 0;
      return {
        data: empty ? null : parsed.data,
        issues,
        counts,
        importedRefs: [...prov.projects, ...prov.actors],
      };
    }
    const drop = new Map<Key, Set<number>>(KEYS.map((k) => [k, new Set<number>()]));
    for (const i of blocking) {
      const key = FILE_KEY[i.file];
      if (!key || i.row === undefined) continue;
      const ref = prov[key][i.row];
      const record = structuredClone(rec[key][i.row]) as Record<string, unknown>;
      rec[key][i.row] = record;
      // A bad reference inside a project (members, lead) or a network (projects): drop the reference.
      const inner = /^(properties\.members|projects)\[(\d+)\]$/.exec(i.field);
      if (i.code === 'unknown-ref' && (inner || i.field === 'properties.lead')) {
        const holder = (key === 'projects' ? record.properties : record) as Record<string, unknown>;
        if (i.field === 'properties.lead') holder.lead = null;
        else {
          const listKey = key === 'projects' ? 'members' : 'projects';
          const list = holder[listKey] as string[];
          const bad = list[Number(inner![2])];
          holder[listKey] = list.filter((x) => x !== bad);
        }
        issues.push(fromValidator(i, ref, 'warning'));
        continue;
      }
      if (
        i.code === 'unknown-ref' &&
        (i.field === 'network' || i.field === 'relation' || i.field === 'project') &&
        key === 'documents'
      ) {
        // A document stays usable without the link to a missing record.
        delete record[i.field];
        issues.push(fromValidator(i, ref, 'warning'));
        continue;
      }
      drop.get(key)!.add(i.row);
      issues.push(fromValidator(i, ref, 'error'));
    }
    for (const key of KEYS) {
      const d = drop.get(key)!;
      if (d.size === 0) continue;
      rec[key] = rec[key].filter((_, i) => !d.has(i));
      prov[key] = prov[key].filter((_, i) => !d.has(i));
    }
  }
  return {
    data: null,
    issues,
    counts: { projects: 0, actors: 0, relations: 0, documents: 0, networks: 0, solutions: 0 },
    importedRefs: [],
  };
}
