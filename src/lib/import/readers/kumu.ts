/**
 * Kumu's JSON („blueprint“, the file its JSON import takes and its project backups write) →
 * a node sheet and a connection sheet: `{"elements": [{"label": "A", "type": …}],
 * "connections": [{"from": "A", "to": "B", "type": …}]}`. Fields of an element or connection
 * become columns (a nested `attributes` object's too, as backups nest them); the mapping stage
 * reads `label` as the name and `from`/`to` as the ends, as for Kumu's workbooks.
 *
 * Locations are `elements[i]` and `connections[i]`.
 *
 * @see https://docs.kumu.io/guides/import/blueprints
 */
import { issue, type ImportIssue } from '../issues';
import { MAX_FEATURES } from '../limits';
import { cellText, columnsOf, type Sheet } from '../sheet';
import { own } from '../../util/lookup';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a parsed JSON value is a Kumu blueprint (elements, and connections if any). */
export function looksLikeKumu(value: unknown): boolean {
  return (
    isObject(value) &&
    value.type === undefined &&
    Array.isArray(value.elements) &&
    (value.connections === undefined || Array.isArray(value.connections))
  );
}

/** An element's or connection's fields, `attributes` flattened in (its own fields win). */
function fieldsOf(rec: unknown): Record<string, unknown> {
  if (!isObject(rec)) return {};
  const out: Record<string, unknown> = {};
  const attrs = isObject(rec.attributes) ? rec.attributes : {};
  for (const [k, v] of Object.entries(attrs)) out[k] = v;
  for (const [k, v] of Object.entries(rec)) if (k !== 'attributes') out[k] = v;
  return out;
}

/** Read a Kumu blueprint. Never throws. */
export function readKumu(
  file: string,
  value: Record<string, unknown>,
): { sheets: Sheet[]; issues: ImportIssue[]; count: number } {
  const elements = value.elements as unknown[];
  const connections = Array.isArray(value.connections) ? value.connections : [];
  const count = elements.length + connections.length;
  if (count > MAX_FEATURES)
    return {
      sheets: [],
      issues: [
        issue(
          'too-many-features',
          { file },
          'elements, connections',
          { key: 'issue.limit.features', params: { count, max: MAX_FEATURES } },
          { key: 'hint.limit.split' },
        ),
      ],
      count,
    };
  const sheet = (
    name: 'elements' | 'connections',
    list: readonly unknown[],
    role: 'nodes' | 'edges',
  ): Sheet => {
    const recs = list.map(fieldsOf);
    const columns = columnsOf(recs, new Set(['_id', 'id']));
    return {
      file,
      format: 'kumu',
      sheet: name,
      role,
      columns,
      rows: recs.map((r, i) => ({
        ref: { file, feature: `${name}[${i}]` },
        cells: columns.map((c) => cellText(own(r, c.label))),
      })),
    };
  };
  const issues: ImportIssue[] = [];
  if (elements.length === 0)
    issues.push(
      issue(
        'empty',
        { file },
        'elements',
        { key: 'issue.xml.empty', params: { element: 'elements' } },
        { key: 'hint.xml.empty' },
      ),
    );
  return {
    sheets: [
      sheet('elements', elements, 'nodes'),
      ...(connections.length ? [sheet('connections', connections, 'edges')] : []),
    ],
    issues,
    count,
  };
}
