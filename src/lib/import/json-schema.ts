/**
 * The JSON Schema of the data package bundle, derived from the app's valibot schemas with
 * @valibot/to-json-schema, so the documented format and the validation cannot drift apart.
 * Used by `scripts/build-json-schema.ts` (never by the app bundle).
 *
 * @see https://valibot.dev/guides/json-schema/
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { DataPackageSchema } from '../data/schemas';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './package';

export const BundleSchema = v.object({
  /** Written by every export; the importer also accepts files without it. */
  format: v.optional(v.literal(BUNDLE_FORMAT)),
  version: v.optional(v.literal(BUNDLE_VERSION)),
  name: v.optional(v.string()),
  ...DataPackageSchema.entries,
});

export function dataPackageJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(BundleSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'Smart City Kooperationsatlas – data package',
    description:
      'Projects, actors, relations, documents and networks in one JSON file, as exported and imported by the app. Generated from src/lib/data/schemas.ts by scripts/build-json-schema.ts; see docs/data-format.md. Cross-record rules (unique ids, references) are checked by the validator and are not expressible here.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
