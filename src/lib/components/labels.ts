/** Display labels for dataset values in the UI language (pure). */
import type { DatasetNode } from '../data/dataset';
import { landById } from '../data/laender';
import { ACTOR_TYPE_LABELS, CATEGORY_LABELS, type ActorType, type Category } from '../data/vocab';
import type { Lang } from '../i18n/translate';

export function typeLabel(n: DatasetNode, lang: Lang): string {
  if (n.kind === 'project') return CATEGORY_LABELS[n.type as Category]?.[lang] ?? n.type;
  return ACTOR_TYPE_LABELS[n.type as ActorType]?.[lang] ?? n.type;
}

export function landLabel(id: string | undefined, lang: Lang): string {
  if (!id) return '–';
  return landById(id)?.[lang] ?? id;
}
