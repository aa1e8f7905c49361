/**
 * The main thread's side of the dataset store worker (`dataset-store.worker.ts`): saves a
 * record by sending its package in chunks, one macrotask each, and opens a stored record by
 * assembling the chunks the worker sends back. Each chunk (de)serialises in well under 50 ms,
 * so no step is a long task however large the dataset.
 */
import type { DataPackage } from '../data/types';
import { macrotask } from '../util/time-slice';
import {
  addChunk,
  packageChunks,
  packageEnvelope,
  type DamagedRecord,
  type NodeOrder,
  type StoredDataset,
} from './dataset-records';
import type { StoreReply, StoreRequest } from './dataset-store-messages';
import { StorageError } from './storage-errors';

export type Opened =
  | { kind: 'ok'; data: DataPackage; order: NodeOrder }
  | { kind: 'missing' }
  | { kind: 'damaged'; damaged: DamagedRecord };

export class DatasetStoreClient {
  #worker: Worker;
  #next = 1;
  #handlers = new Map<number, (m: StoreReply) => void>();

  constructor(worker: Worker) {
    this.#worker = worker;
    worker.onmessage = (e: MessageEvent<StoreReply>) => this.#handlers.get(e.data.id)?.(e.data);
  }

  #post(m: StoreRequest): void {
    this.#worker.postMessage(m);
  }

  /**
   * Stores a record (durability strict) and returns the order of its nodes.
   * @throws {StorageError} when the browser refuses (quota, unavailable, blocked)
   */
  async save(record: StoredDataset): Promise<NodeOrder> {
    const id = this.#next++;
    const done = new Promise<NodeOrder>((resolve, reject) =>
      this.#handlers.set(id, (m) => {
        if (m.type === 'saved') resolve(m.order);
        else if (m.type === 'failed') reject(new StorageError(m.problem, m.detail));
        else return;
        this.#handlers.delete(id);
      }),
    );
    this.#post({ type: 'begin', id, record: { ...record, data: packageEnvelope(record.data) } });
    for (const chunk of packageChunks(record.data)) {
      await macrotask();
      this.#post({ type: 'chunk', id, chunk });
    }
    this.#post({ type: 'commit', id });
    return done;
  }

  /**
   * Reads and checks a stored record in the worker.
   * @throws {StorageError} when it cannot be read
   */
  open(key: string): Promise<Opened> {
    const id = this.#next++;
    let data: DataPackage | null = null;
    return new Promise<Opened>((resolve, reject) => {
      const end = (r: Opened | StorageError) => {
        this.#handlers.delete(id);
        if (r instanceof StorageError) reject(r);
        else resolve(r);
      };
      this.#handlers.set(id, (m) => {
        if (m.type === 'envelope') data = m.data;
        else if (m.type === 'chunk' && data) addChunk(data, m.chunk);
        else if (m.type === 'opened' && data) end({ kind: 'ok', data, order: m.order });
        else if (m.type === 'missing') end({ kind: 'missing' });
        else if (m.type === 'damaged') end({ kind: 'damaged', damaged: m.damaged });
        else if (m.type === 'failed') end(new StorageError(m.problem, m.detail));
      });
      this.#post({ type: 'open', id, key });
    });
  }

  dispose(): void {
    this.#worker.terminate();
  }
}
