/**
 * TypeScript types of the dataset, inferred from the valibot schemas in `schemas.ts` so the
 * two can never drift apart. See `docs/data-format.md` for the full contract.
 */
import type * as v from 'valibot';
import type {
  ActorCollectionSchema,
  ActorFeatureSchema,
  ActorPropertiesSchema,
  DataPackageSchema,
  DocumentRecordSchema,
  LaenderCollectionSchema,
  NetworkSchema,
  ProjectCollectionSchema,
  ProjectFeatureSchema,
  ProjectPropertiesSchema,
  RelationSchema,
  SolutionProjectSchema,
  SolutionSchema,
} from './schemas';

/** One of the 73 model projects (properties of a feature in `data/projects.geojson`). */
export type ProjectProperties = v.InferOutput<typeof ProjectPropertiesSchema>;
/** A project as a GeoJSON Point feature, placed at the lead municipality (or district seat). */
export type ProjectFeature = v.InferOutput<typeof ProjectFeatureSchema>;
/** `data/projects.geojson`. */
export type ProjectCollection = v.InferOutput<typeof ProjectCollectionSchema>;

/** A member municipality/district or a partner organisation (`data/actors.geojson`). */
export type ActorProperties = v.InferOutput<typeof ActorPropertiesSchema>;
/** An actor as a GeoJSON Point feature, placed at its seat (see `located`). */
export type ActorFeature = v.InferOutput<typeof ActorFeatureSchema>;
/** `data/actors.geojson`. */
export type ActorCollection = v.InferOutput<typeof ActorCollectionSchema>;

/** An edge in `data/relations.json`: project→member, project→partner or project→project. */
export type Relation = v.InferOutput<typeof RelationSchema>;

/** A cooperation document or template in `data/documents.json`. */
export type DocumentRecord = v.InferOutput<typeof DocumentRecordSchema>;

/** A documented cooperation between model projects in `data/networks.json`. */
export type Network = v.InferOutput<typeof NetworkSchema>;

/** A solution shared between model projects in `data/solutions.json`. */
export type Solution = v.InferOutput<typeof SolutionSchema>;
/** One project's part in a shared solution. */
export type SolutionProject = v.InferOutput<typeof SolutionProjectSchema>;

/** The whole dataset as loaded by the app. */
export type DataPackage = v.InferOutput<typeof DataPackageSchema>;

/** `data/basemap/laender.geojson`, as far as the validator reads it. */
export type LaenderCollection = v.InferOutput<typeof LaenderCollectionSchema>;

/** A problem found by the validator or the loader. Every problem names where it is. */
export interface Issue {
  /** Machine-readable kind, e.g. `duplicate-id`, `unknown-ref`, `outside-land`, `schema`. */
  code: string;
  /** Data file, e.g. `data/projects.geojson`. */
  file: string;
  /** Feature or record id, or `#<index>` where the id itself is missing or broken. */
  feature?: string;
  /** Zero-based index of the feature or row in its file. */
  row?: number;
  /** Field path within the record, e.g. `properties.sources` or `target`. */
  field: string;
  /** Human-readable description in both UI languages. */
  message: { de: string; en: string };
  /** What was expected instead. */
  expected?: string;
}
