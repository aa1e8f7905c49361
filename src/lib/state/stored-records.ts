/**
 * Checks for what the app reads back from IndexedDB. Stored records outlive the code that
 * wrote them and can be damaged (a crash mid-write, another version of the app, a user's
 * devtools), so nothing read is trusted: every record is checked before use, and a record
 * that fails is set aside as damaged (listed, exportable as raw JSON, deletable), never
 * allowed to stop the app. Pure: valibot schemas and a JSON writer that cannot throw.
 *
 * @see https://valibot.dev/guides/parse-data/
 */
import * as v from 'valibot';

/** The summary of a stored dataset, as listed (no data). */
export const DatasetSummarySchema = v.object({
  id: v.string(),
  name: v.string(),
  files: v.array(v.string()),
  createdAt: v.string(),
  updatedAt: v.string(),
  /** The data is the built-in MPSC dataset extended by imported records. */
  extendsBuiltin: v.optional(v.boolean()),
  counts: v.object({
    projects: v.pipe(v.number(), v.integer(), v.minValue(0)),
    actors: v.pipe(v.number(), v.integer(), v.minValue(0)),
    relations: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
});
export type DatasetSummary = v.InferOutput<typeof DatasetSummarySchema>;

const Collection = v.object({ features: v.array(v.unknown()) });

/**
 * The envelope of a stored dataset: its fields and the shape of its data, enough to list it.
 * The data itself is validated in full by `parseDataPackage` when the dataset is opened.
 */
export const StoredDatasetShapeSchema = v.object({
  id: v.string(),
  name: v.string(),
  files: v.array(v.string()),
  createdAt: v.string(),
  updatedAt: v.string(),
  extendsBuiltin: v.optional(v.boolean()),
  data: v.object({
    projects: Collection,
    actors: Collection,
    relations: v.array(v.unknown()),
    documents: v.array(v.unknown()),
  }),
});

/** A short description of the first problems valibot found, for the damaged list. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], max = 2): string {
  return issues
    .slice(0, max)
    .map((i) => {
      const path = (i.path ?? []).map((p) => String(p.key)).join('.');
      return `${path || '(record)'}: ${i.message}`;
    })
    .join('; ');
}

/**
 * Summarise a stored dataset record, or say why it cannot be listed.
 * @param key the record's IndexedDB key (a record whose id differs from its key is damaged)
 */
export function summarizeStored(
  key: string,
  value: unknown,
): { ok: true; summary: DatasetSummary } | { ok: false; detail: string } {
  const r = v.safeParse(StoredDatasetShapeSchema, value);
  if (!r.success) return { ok: false, detail: describeIssues(r.issues) };
  const d = r.output;
  if (d.id !== key) return { ok: false, detail: `id ${JSON.stringify(d.id)} ≠ key` };
  return {
    ok: true,
    summary: {
      id: d.id,
      name: d.name,
      files: d.files,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      ...(d.extendsBuiltin ? { extendsBuiltin: true } : {}),
      counts: {
        projects: d.data.projects.features.length,
        actors: d.data.actors.features.length,
        relations: d.data.relations.length,
      },
    },
  };
}

/**
 * Write any value IndexedDB can hold as JSON, never throwing: a value seen before on the same
 * path (a cycle) becomes `"[circular]"`, BigInts become strings, Maps and Sets lists, Dates
 * ISO strings, binary data arrays of numbers; `undefined` members are left out as JSON does.
 */
export function rawJson(value: unknown): string {
  const stack: unknown[] = [];
  const walk = (x: unknown): unknown => {
    if (typeof x === 'bigint') return x.toString();
    if (x === null || typeof x !== 'object') return typeof x === 'function' ? undefined : x;
    if (stack.includes(x)) return '[circular]';
    stack.push(x);
    try {
      if (x instanceof Date) return Number.isNaN(x.getTime()) ? null : x.toISOString();
      if (x instanceof Map) return [...x].map(([k, val]) => [walk(k), walk(val)]);
      if (x instanceof Set) return [...x].map(walk);
      if (ArrayBuffer.isView(x)) return Array.from(x as unknown as ArrayLike<number>);
      if (x instanceof ArrayBuffer) return Array.from(new Uint8Array(x));
      if (Array.isArray(x)) return x.map((e) => walk(e) ?? null);
      const out: Record<string, unknown> = {};
      for (const [k, val] of Object.entries(x)) {
        const w = walk(val);
        if (w !== undefined) out[k] = w;
      }
      return out;
    } finally {
      stack.pop();
    }
  };
  return `${JSON.stringify(walk(value), null, 2) ?? 'null'}\n`;
}
