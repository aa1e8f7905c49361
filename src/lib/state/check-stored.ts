/**
 * The full check of a stored dataset record, apart from the rest of `dataset-records.ts` so
 * that the schemas (valibot) it needs stay out of the start-up JavaScript: the dataset store
 * worker imports it, the main thread only where it has no worker (a lazy chunk).
 */
import { parseDataPackage } from '../data/load';
import type { DataPackage } from '../data/types';
import { nameOf, type DamagedRecord, type StoredDataset } from './dataset-records';
import { summarizeStored } from './stored-records';

/**
 * The full check of a stored dataset record: its envelope, then its data through the same
 * `parseDataPackage` as every import (the data may be damaged, or the rules may have changed
 * since it was stored).
 */
export function checkStored(
  key: string,
  raw: unknown,
): { ok: true; data: DataPackage } | { ok: false; damaged: DamagedRecord } {
  const name = nameOf(raw);
  const shape = summarizeStored(key, raw);
  if (!shape.ok)
    return {
      ok: false,
      damaged: { key, ...(name ? { name } : {}), problem: 'shape', detail: shape.detail },
    };
  const parsed = parseDataPackage((raw as StoredDataset).data);
  if (parsed.ok) return { ok: true, data: parsed.data };
  const detail = parsed.issues
    .slice(0, 2)
    .map((i) => `${i.feature ?? i.file} ${i.field}: ${i.message.en}`)
    .join('; ');
  return { ok: false, damaged: { key, ...(name ? { name } : {}), problem: 'invalid', detail } };
}
