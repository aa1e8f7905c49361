/**
 * The one set of valibot schemas for the dataset in `data/`, used by the build and check
 * scripts (`scripts/`) and by the app's loader (`load.ts`).
 *
 * The schemas check the shape of each record. Cross-record rules (unique ids, references,
 * counts, geography) live in `validate.ts`, which reports every problem at once.
 *
 * @see https://valibot.dev/guides/schemas/
 * @see docs/data-format.md
 */
import * as v from 'valibot';
import { LAENDER } from './laender';
import {
  ACTOR_TYPES,
  CATEGORIES,
  CONFIDENCES,
  DOCUMENT_KINDS,
  LOCATED,
  RELATION_KINDS,
  SOLUTION_ROLES,
  STAFFELN,
} from './vocab';
import { HTTP_URL_PATTERN, isHttpUrl, normalizeHttpUrl } from './url';
import { MAX_MAP_LATITUDE, isMapPosition } from './geometry';

/** Record ids: lower-case ASCII, digits and hyphens (kebab-case). */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id (a-z, 0-9, -)'),
);

/** Relation ids: kebab-case parts joined by `:` (`partner:bamberg:org-…`). */
export const RelationIdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z]+(?::[a-z0-9]+(?:-[a-z0-9]+)*)+$/, 'a relation id like kind:part:part'),
);

/**
 * An http(s) URL by the one link rule (`url.ts`: scheme and host case-insensitive, written in
 * lower case).
 */
export const UrlSchema = v.pipe(
  v.string(),
  v.regex(HTTP_URL_PATTERN, 'an http(s) URL'),
  v.check(isHttpUrl, 'an http(s) URL with a host, no user name and no invisible characters'),
  v.transform((s) => normalizeHttpUrl(s) ?? s),
);

/** A source: an http(s) URL ({@link UrlSchema}) or `seed` for the 2022 workshop slide deck. */
export const SourceSchema = v.union([v.literal('seed'), UrlSchema]);

/** Date a record's sources were last checked, `YYYY-MM-DD`. */
export const CheckedSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'),
);

/** ISO 3166-2 code of a Land (`DE-BY`). */
export const LandIdSchema = v.picklist(LAENDER.map((l) => l.id));

/**
 * [lon, lat] in WGS 84, on the map: lon −180…180, lat ±85.051129 (`geometry.ts`, the same
 * check the CSV and GeoJSON readers apply).
 */
export const PositionSchema = v.pipe(
  v.tuple([v.number(), v.number()]),
  v.check(
    ([lon, lat]) => isMapPosition(lon, lat),
    `a position [lon, lat] with lon −180…180 and lat −${MAX_MAP_LATITUDE}…${MAX_MAP_LATITUDE}`,
  ),
);

export const PointSchema = v.object({
  type: v.literal('Point'),
  coordinates: PositionSchema,
});

/**
 * A project of any funding programme: an id and a name are all it needs. The call year
 * (`staffel`), the programme's category and the Land are kept when known; the shipped MPSC
 * data has all three ({@link MpscProjectPropertiesSchema}, checked by `npm run data:check`),
 * a user's own programme may have other years, its own categories, or none.
 */
export const ProjectPropertiesSchema = v.object({
  id: IdSchema,
  name: v.string(),
  altNames: v.array(v.string()),
  /** Call year (MPSC: the Staffel 2019, 2020 or 2021). */
  staffel: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
  /** The programme's category (MPSC: one of {@link CATEGORIES}). */
  category: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  bundesland: v.optional(LandIdSchema),
  /** How the point was placed when not at a known place (imported data). */
  located: v.optional(v.picklist(LOCATED)),
  /** Actor id of the lead member, or null where the facts name no single lead. */
  lead: v.nullable(IdSchema),
  /** The lead as worded in the facts. */
  leadName: v.string(),
  members: v.array(IdSchema),
  title: v.nullable(v.string()),
  orgForms: v.array(v.string()),
  sources: v.array(SourceSchema),
  confidence: v.picklist(CONFIDENCES),
  notes: v.string(),
  /** The project's short portrait on the programme's portal (smart-city-dialog.de), where sourced. */
  portrait: v.optional(UrlSchema),
  /** When the record's sources were last checked. */
  checked: v.optional(CheckedSchema),
});

/** A Smart Cities model project: the three programme fields are required and from the MPSC lists. */
export const MpscProjectPropertiesSchema = v.object({
  ...ProjectPropertiesSchema.entries,
  staffel: v.picklist(STAFFELN),
  category: v.picklist(CATEGORIES),
  bundesland: LandIdSchema,
});

export const ActorPropertiesSchema = v.object({
  id: IdSchema,
  name: v.string(),
  type: v.picklist(ACTOR_TYPES),
  seedLabel: v.optional(v.picklist(ACTOR_TYPES)),
  altNames: v.optional(v.array(v.string())),
  ags: v.optional(v.pipe(v.string(), v.regex(/^\d{5}(?:\d{3})?$/, 'a 5- or 8-digit AGS'))),
  ars: v.optional(
    v.pipe(v.string(), v.regex(/^\d{9}(?:\d{3})?$/, 'a 9-digit Verband or 12-digit ARS')),
  ),
  seat: v.optional(v.string()),
  /** ISO 3166-1 alpha-2 country of a seat outside Germany (`CH`). */
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'))),
  located: v.optional(v.picklist(LOCATED)),
  /** Pages that give the seat; absent where no public source gives it (see `seatNote`). */
  seatSources: v.optional(v.array(SourceSchema)),
  /** How the seat was found, or why it is not placed. */
  seatNote: v.optional(v.string()),
  sources: v.array(SourceSchema),
  checked: v.optional(CheckedSchema),
});

export const ProjectFeatureSchema = v.object({
  type: v.literal('Feature'),
  id: v.optional(v.string()),
  geometry: PointSchema,
  properties: ProjectPropertiesSchema,
});

export const ActorFeatureSchema = v.object({
  type: v.literal('Feature'),
  id: v.optional(v.string()),
  geometry: PointSchema,
  properties: ActorPropertiesSchema,
});

export const ProjectCollectionSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(ProjectFeatureSchema),
});

export const ActorCollectionSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(ActorFeatureSchema),
});

export const RelationSchema = v.object({
  id: RelationIdSchema,
  source: IdSchema,
  target: IdSchema,
  kind: v.picklist(RELATION_KINDS),
  role: v.optional(v.string()),
  /** The partner's name as the facts give it for this project, when it differs. */
  asNamed: v.optional(v.string()),
  /** The partner is also named in the 2022 slide deck for this project. */
  inSeed: v.optional(v.boolean()),
  /** For `network` edges: the network id in `networks.json`. */
  network: v.optional(IdSchema),
  /** For `solution` edges: the solution id in `solutions.json`. */
  solution: v.optional(IdSchema),
  sources: v.array(SourceSchema),
  checked: v.optional(CheckedSchema),
});

export const RelationsSchema = v.array(RelationSchema);

export const DocumentRecordSchema = v.object({
  id: IdSchema,
  title: v.string(),
  kind: v.picklist(DOCUMENT_KINDS),
  project: v.optional(IdSchema),
  relation: v.optional(RelationIdSchema),
  network: v.optional(IdSchema),
  with: v.optional(v.string()),
  by: v.optional(v.string()),
  /** For a solution's founding document: the solution id in `solutions.json`. */
  solution: v.optional(IdSchema),
  /** Year of signing, where a source gives it. */
  year: v.optional(v.pipe(v.number(), v.integer())),
  /** Another record that may describe the same instrument under another name. */
  alsoKnownAs: v.optional(IdSchema),
  notes: v.optional(v.string()),
  sources: v.array(SourceSchema),
  checked: v.optional(CheckedSchema),
});

export const DocumentsSchema = v.array(DocumentRecordSchema);

export const NetworkSchema = v.object({
  id: IdSchema,
  name: v.string(),
  kind: v.string(),
  projects: v.array(IdSchema),
  otherMembers: v.array(v.string()),
  sources: v.array(SourceSchema),
  confidence: v.picklist(CONFIDENCES),
  notes: v.string(),
  checked: v.optional(CheckedSchema),
});

export const NetworksSchema = v.array(NetworkSchema);

/** One project's part in a shared solution. */
export const SolutionProjectSchema = v.object({
  project: IdSchema,
  role: v.picklist(SOLUTION_ROLES),
  /** Year the project started to develop, adopt or pilot it, where a source gives it. */
  year: v.optional(v.pipe(v.number(), v.integer())),
  /** For `adopts`: the project whose solution it takes over. */
  from: v.optional(IdSchema),
  /** The project that leads the development. */
  lead: v.optional(v.boolean()),
  sources: v.array(SourceSchema),
});

/**
 * A solution that several model projects develop together or take over from one another
 * (a platform, an app, a data standard, a digital twin, a procurement).
 */
export const SolutionSchema = v.object({
  id: IdSchema,
  name: v.string(),
  /** Free vocabulary: App, Datenplattform, Digitaler Zwilling, Beteiligungsplattform … */
  kind: v.string(),
  description: v.string(),
  projects: v.array(SolutionProjectSchema),
  /** Non-MPSC members, as worded in the sources. */
  otherMembers: v.array(v.string()),
  /** The network record in `networks.json` that describes the same community. */
  network: v.optional(IdSchema),
  /** The transfer office's page on this solution (smart-city-dialog.de), where one exists. */
  factSheet: v.optional(UrlSchema),
  sources: v.array(SourceSchema),
  confidence: v.picklist(CONFIDENCES),
  notes: v.string(),
  checked: v.optional(CheckedSchema),
});

export const SolutionsSchema = v.array(SolutionSchema);

/**
 * The whole dataset as the app loads it. `networks` and `solutions` are optional for older
 * bundles and imported packages.
 */
export const DataPackageSchema = v.object({
  projects: ProjectCollectionSchema,
  actors: ActorCollectionSchema,
  relations: RelationsSchema,
  documents: DocumentsSchema,
  networks: v.optional(NetworksSchema, []),
  solutions: v.optional(SolutionsSchema),
});

/** The Länder polygons from `data/basemap/laender.geojson` (only what the check needs). */
export const LaenderCollectionSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(
    v.object({
      type: v.literal('Feature'),
      properties: v.looseObject({ id: v.string() }),
      geometry: v.variant('type', [
        v.object({ type: v.literal('Polygon'), coordinates: v.array(v.array(PositionSchema)) }),
        v.object({
          type: v.literal('MultiPolygon'),
          coordinates: v.array(v.array(v.array(PositionSchema))),
        }),
      ]),
    }),
  ),
});
