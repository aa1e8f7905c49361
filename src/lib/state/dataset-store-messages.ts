/**
 * Messages between the main thread and the dataset store worker (`dataset-store.worker.ts`),
 * as a `{ name: request }` / reply map in the spirit of MapLibre's `actor_messages.ts`. Large
 * packages travel as an envelope plus chunks ({@link PackageChunk}), each its own message, so
 * neither thread (de)serialises 100,000 features in one task.
 */
import type { DataPackage } from '../data/types';
import type { StorageProblem } from './storage-errors';
import type { DamagedRecord, NodeOrder, PackageChunk, StoredDataset } from './dataset-records';

/** Main → worker. `id` ties the replies to a request. */
export type StoreRequest =
  /** Starts storing a record; its data follows as chunks, then `commit`. */
  | { type: 'begin'; id: number; record: StoredDataset }
  | { type: 'chunk'; id: number; chunk: PackageChunk }
  /** Stores the assembled record (durability strict) and replies `saved`. */
  | { type: 'commit'; id: number }
  /** Reads, checks and orders a stored record; replies `envelope`, `chunk`s, then `opened`. */
  | { type: 'open'; id: number; key: string };

/** Worker → main. */
export type StoreReply =
  | { type: 'saved'; id: number; order: NodeOrder }
  | { type: 'envelope'; id: number; data: DataPackage }
  | { type: 'chunk'; id: number; chunk: PackageChunk }
  | { type: 'opened'; id: number; order: NodeOrder }
  /** The record is not there. */
  | { type: 'missing'; id: number }
  | { type: 'damaged'; id: number; damaged: DamagedRecord }
  | { type: 'failed'; id: number; problem: StorageProblem; detail: string };
