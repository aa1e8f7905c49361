/**
 * Words for the scene's legend rows (`scene.ts` → `LegendEntry.label`), one
 * function for the on-screen legend and every export, so they say the same.
 */
import type { MessageKey } from '../i18n/messages';
import type { Params } from '../i18n/translate';
import { CATEGORY_LABELS, type Category } from '../data/vocab';
import type { LegendEntry } from './scene';
import type { SizeMetric } from './metrics';

type T = (key: MessageKey, params?: Params) => string;

/** The message key naming a measure. */
export const metricKey = (m: SizeMetric): MessageKey => `network.metric.${m}`;

/** The text of a legend row in the language of `t`. */
export function legendText(entry: LegendEntry, t: T, lang: 'de' | 'en'): string {
  const label = entry.label;
  if (entry.kind === 'size')
    return t('network.sizeBy.legend', { metric: t(metricKey(entry.metric)) });
  if (label.startsWith('category:')) {
    const c = label.slice('category:'.length) as Category;
    return CATEGORY_LABELS[c]?.[lang] ?? c;
  }
  if (label.startsWith('group:'))
    return t(`legend.group.${label.slice('group:'.length)}` as MessageKey);
  if (label.startsWith('type:')) return t('network.legend.other', { type: label.slice(5) });
  return t(label as MessageKey, entry.kind === 'swatch' ? entry.params : undefined);
}
