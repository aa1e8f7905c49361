/**
 * The app's own data package as one JSON file: projects, actors, relations, documents and
 * networks together, as exported from the app ("Datensatz exportieren") and re-imported.
 * Export followed by import gives back identical data: records keep their order and fields,
 * and nothing is added.
 */
import type { RawDataPackage } from '../data/load';
import type { Dataset } from '../data/dataset';
import type { DataPackage } from '../data/types';

export const BUNDLE_FORMAT = 'kooperationsatlas/data-package';
export const BUNDLE_VERSION = 1;

export interface Bundle extends DataPackage {
  format: typeof BUNDLE_FORMAT;
  version: number;
  /** The dataset's name as shown in the dataset list. */
  name?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a parsed JSON value is (meant to be) a bundle. */
export function looksLikeBundle(value: unknown): boolean {
  return (
    isObject(value) &&
    (value.format === BUNDLE_FORMAT || ('projects' in value && 'actors' in value))
  );
}

/** The raw collections of a bundle, for `parseDataPackage` (via `to-package.ts#settle`). */
export function bundleToRaw(value: Record<string, unknown>): RawDataPackage {
  return {
    projects: value.projects,
    actors: value.actors,
    relations: value.relations ?? [],
    documents: value.documents ?? [],
    networks: value.networks ?? [],
    solutions: value.solutions ?? [],
  };
}

export function bundleName(value: unknown): string | undefined {
  return isObject(value) && typeof value.name === 'string' ? value.name.slice(0, 200) : undefined;
}

/** Serialise a package as a bundle (pretty-printed, stable key order from the records). */
export function exportBundle(data: DataPackage, name: string): string {
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    name,
    projects: data.projects,
    actors: data.actors,
    relations: data.relations,
    documents: data.documents,
    networks: data.networks ?? [],
    ...(data.solutions?.length ? { solutions: data.solutions } : {}),
  };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/**
 * Rebuild the package of an indexed dataset (for exporting the built-in dataset, whose files
 * the app does not keep): projects and actors in the dataset's order, relations, documents and
 * networks as they are.
 */
export function packageOfDataset(ds: Dataset): DataPackage {
  const point = (c: readonly [number, number]) => ({
    type: 'Point' as const,
    coordinates: [c[0], c[1]] as [number, number],
  });
  return {
    projects: {
      type: 'FeatureCollection',
      features: ds.nodes
        .filter((n) => n.project)
        .map((n) => ({
          type: 'Feature' as const,
          geometry: point(n.coordinates),
          properties: n.project!,
        })),
    },
    actors: {
      type: 'FeatureCollection',
      features: ds.nodes
        .filter((n) => n.actor)
        .map((n) => ({
          type: 'Feature' as const,
          geometry: point(n.coordinates),
          properties: n.actor!,
        })),
    },
    relations: [...ds.relations],
    documents: [...ds.documents],
    networks: [...(ds.networks ?? [])],
    solutions: [...ds.solutions],
  };
}
