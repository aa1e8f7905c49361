/**
 * The intermediate form the mapping stage produces from sheets: node and edge records with
 * their origin, before coordinates are resolved and ids assigned (`build/`).
 */
import type { SourceRef } from './issues';
import type { DeclaredCrs } from './sheet';

export interface NodeRecord {
  ref: SourceRef;
  /** Prefix for field names in issues: '' for tables, `properties.` for GeoJSON. */
  fieldPrefix: string;
  /** Canonical column → the header the user wrote (tables), for naming fields in issues. */
  headers?: Readonly<Record<string, string>>;
  id?: string;
  name?: string;
  /** Raw `kind` column (project or actor). */
  kind?: string;
  /** Raw `type` column (actor type or, for projects, category). */
  type?: string;
  /** Raw coordinate pair in (lon|x, lat|y) order, with the field names it came from. */
  pair?: { x: number; y: number; fields: [string, string]; raw: [string, string] };
  /** The coordinate system the file declares for its coordinates. */
  crs?: DeclaredCrs;
  place?: string;
  land?: string;
  /** Official key as written (AGS, ARS, Kreis), or composed from Destatis' key columns. */
  key?: string;
  url?: string;
  notes?: string;
  altNames?: string[];
  staffel?: string;
  category?: string;
  /** A project (id or name) this node belongs to: creates a relation. */
  project?: string;
  /** Names or ids of nodes this one is connected to (the atlas' CSV export, `verbunden_mit`). */
  linked?: string[];
  relation?: string;
  role?: string;
  /** GeoJSON properties as given, for records that are already in the app's own format. */
  properties?: Record<string, unknown>;
}

/** The plain text columns every node reader copies as they are. */
export const NODE_TEXT_FIELDS = [
  'name',
  'kind',
  'type',
  'place',
  'land',
  'key',
  'url',
  'notes',
  'staffel',
  'category',
  'project',
  'relation',
  'role',
] as const satisfies readonly (keyof NodeRecord)[];

/** Read the plain text columns of a node through a reader's own `get`. */
export function nodeTextFields(
  get: (column: string) => string | undefined,
): Pick<NodeRecord, (typeof NODE_TEXT_FIELDS)[number]> {
  return Object.fromEntries(NODE_TEXT_FIELDS.map((f) => [f, get(f)])) as Pick<
    NodeRecord,
    (typeof NODE_TEXT_FIELDS)[number]
  >;
}

export interface EdgeRecord {
  ref: SourceRef;
  fieldPrefix: string;
  /** Field → the header the user wrote, for naming fields in issues. */
  headers?: Readonly<Record<string, string>>;
  /** A line's first and last position, to find its ends among the nodes (GeoJSON, KML). */
  line?: { from: [number, number]; to: [number, number] };
  /** The relation's own id, kept when it is one in the atlas' form (`partner:a:b`). */
  id?: string;
  source?: string;
  target?: string;
  kind?: string;
  role?: string;
  url?: string;
}
