/**
 * Stored dataset records in IndexedDB, as both threads see them: the database's shape, the
 * summary kept beside each record, the full check of a record read back, the order the
 * dataset's nodes are shown in, and the chunks a package travels in between the main thread
 * and the dataset store worker (`dataset-store.worker.ts`). Pure: no Svelte, no DOM.
 */
import type { DBSchema } from 'idb';
import type { DataPackage } from '../data/types';
import type { DatasetSummary } from './stored-records';

export const DB_NAME = 'kooperationsatlas';
/** 2: summaries kept apart from the data, so listing never loads a dataset. */
export const DB_VERSION = 2;

export interface StoredDataset {
  id: string;
  name: string;
  /** Files it was imported from. */
  files: string[];
  createdAt: string;
  updatedAt: string;
  /** The data is the built-in MPSC dataset extended by imported records (shown as such). */
  extendsBuiltin?: boolean;
  data: DataPackage;
}

/** A stored record that cannot be used: set aside, listed, exportable and deletable. */
export interface DamagedRecord {
  /** Its IndexedDB key. */
  key: string;
  /** Its name where one could be read. */
  name?: string;
  /** What is wrong: the record is incomplete (`shape`) or its data fails the rules (`invalid`). */
  problem: 'shape' | 'invalid';
  detail: string;
}

export interface AtlasDB extends DBSchema {
  datasets: { key: string; value: StoredDataset };
  summaries: { key: string; value: DatasetSummary };
  meta: { key: string; value: string };
}

export function summaryOf(d: StoredDataset): DatasetSummary {
  const { data, ...rest } = d;
  return {
    ...rest,
    counts: {
      projects: data.projects.features.length,
      actors: data.actors.features.length,
      relations: data.relations.length,
    },
  };
}

export const nameOf = (value: unknown): string | undefined => {
  const n = (value as { name?: unknown } | null)?.name;
  return typeof n === 'string' ? n.slice(0, 200) : undefined;
};

export { nodeOrder, type NodeOrder } from '../data/node-order';

/** The long arrays of a package, sent between threads in chunks. */
export type PackagePart = 'projects' | 'actors' | 'relations' | 'documents';

/** Items per chunk: one chunk (de)serialises in well under 50 ms. */
export const CHUNK = 4000;

/** A package without its long arrays (they follow as {@link PackageChunk}s). */
export function packageEnvelope(pkg: DataPackage): DataPackage {
  return {
    ...pkg,
    projects: { ...pkg.projects, features: [] },
    actors: { ...pkg.actors, features: [] },
    relations: [],
    documents: [],
  };
}

export interface PackageChunk {
  part: PackagePart;
  items: unknown[];
}

function partOf(pkg: DataPackage, part: PackagePart): unknown[] {
  if (part === 'projects' || part === 'actors') return pkg[part].features;
  return pkg[part];
}

/** The chunks of a package's long arrays, in order. */
export function* packageChunks(pkg: DataPackage, size = CHUNK): Generator<PackageChunk> {
  for (const part of ['projects', 'actors', 'relations', 'documents'] as const) {
    const list = partOf(pkg, part);
    for (let i = 0; i < list.length; i += size) yield { part, items: list.slice(i, i + size) };
  }
}

/** Appends a chunk to a package being assembled from its envelope (mutates `into`). */
export function addChunk(into: DataPackage, chunk: PackageChunk): void {
  const list = partOf(into, chunk.part);
  for (const item of chunk.items) list.push(item);
}
