import type { LoadError } from '../data/result';
import { toStorageError } from '../state/storage-errors';
import { translate, type Lang } from './translate';

/** One sentence for the reason of a load error, in `lang`. */
export function describeLoadError(lang: Lang, e: LoadError): string {
  switch (e.code) {
    case 'http':
      return translate(lang, 'error.http', { status: e.detail });
    case 'json':
      return translate(lang, 'error.json', { detail: e.detail });
    case 'network':
      return translate(lang, 'error.network', { detail: e.detail });
    case 'shape':
      return translate(lang, 'error.shape', {
        feature: e.feature ?? '–',
        field: e.field ?? '–',
        expected: e.expected ?? e.detail,
      });
  }
}

/**
 * What went wrong when the browser refused to store something, and what to do, in `lang`
 * (quota full, storage unavailable, blocked by another tab, or the browser's own words).
 */
export function describeStorageError(lang: Lang, e: unknown): string {
  const err = toStorageError(e);
  return translate(lang, `storage.${err.problem}`, { detail: err.detail });
}
