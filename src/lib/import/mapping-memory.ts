/**
 * The column mappings a user confirmed, remembered in localStorage by header signature, so
 * the next export from the same tool (the same headers) is read the same way without asking.
 * At most {@link MAX_REMEMBERED} header sets are kept (the newest). Values read back are
 * checked: a damaged entry is ignored, never trusted.
 */
import { EDGE_FIELDS, NODE_FIELDS, type Field } from './mapping/fields';
import type { Mapping } from './mapping/guess';
import type { Remembered } from './pipeline';

export const STORAGE_KEY = 'kooperationsatlas.import.mappings';
export const MAX_REMEMBERED = 50;

const FIELDS = new Set<string>([...NODE_FIELDS, ...EDGE_FIELDS]);

function isMapping(v: unknown): v is Mapping {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as { role?: unknown; fields?: unknown };
  return (
    (m.role === 'nodes' || m.role === 'edges') &&
    Array.isArray(m.fields) &&
    m.fields.length <= 1000 &&
    m.fields.every((f) => f === null || (typeof f === 'string' && FIELDS.has(f)))
  );
}

/** The remembered mappings (an empty record when there are none, or storage is unavailable). */
export function loadRemembered(storage: Storage | undefined): Remembered {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return {};
    const out: Record<string, Mapping> = Object.create(null);
    for (const entry of parsed)
      if (Array.isArray(entry) && typeof entry[0] === 'string' && isMapping(entry[1]))
        out[entry[0]] = { role: entry[1].role, fields: entry[1].fields as (Field | null)[] };
    return out;
  } catch {
    return {};
  }
}

/** Remember mappings (newest first); storage errors (quota, private mode) are ignored. */
export function remember(
  storage: Storage | undefined,
  entries: readonly [string, Mapping][],
): void {
  if (!storage) return;
  try {
    const old = Object.entries(loadRemembered(storage));
    const keys = new Set(entries.map(([k]) => k));
    const next = [...entries, ...old.filter(([k]) => !keys.has(k))].slice(0, MAX_REMEMBERED);
    storage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Not remembering is not worth an error: the guess still works next time.
  }
}
